import { at, type Rule } from '../engine/rule.ts';
import { activeDocuments } from './active-documents.ts';

export const ownerInactive: Rule = {
	id: 'owner/inactive',
	severity: 'warning',
	description: 'The owner of a document in use is marked inactive, so only the backup can run it.',
	*check({ handbook }) {
		for (const doc of activeDocuments(handbook)) {
			const owner = handbook.people.get(doc.data.owner);
			if (!owner || owner.data.active) continue;
			const backup = doc.kind === 'sop' ? doc.data.backup?.person : undefined;
			yield at(
				doc.file,
				['owner'],
				`owner "${doc.data.owner}" (${owner.data.name}) is marked inactive${backup ? `, so only the backup (${backup}) can run it` : ''}.`,
				`Hand it to an active colleague${backup ? `, for example the backup, and cross-train a new backup` : ''}:\nowner: <their id>`,
			);
		}
	},
};
