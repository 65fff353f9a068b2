import { controlledDocuments, type ControlledEntry, type Handbook } from '../../model/handbook.ts';

/** Controlled documents in use: policy rules skip drafts and retired documents. */
export function activeDocuments(handbook: Handbook): ControlledEntry[] {
	return controlledDocuments(handbook).filter((doc) => doc.data.status === 'active');
}

/** Documents whose references must resolve: everything but drafts. */
export function publishedDocuments(handbook: Handbook): ControlledEntry[] {
	return controlledDocuments(handbook).filter((doc) => doc.data.status !== 'draft');
}
