import { at, type Rule } from '../engine/rule.ts';
import { activeDocuments } from './active-documents.ts';

export const approvalMissing: Rule = {
	id: 'approval/missing',
	severity: 'error',
	description: 'A document in use has no approvers.',
	*check({ handbook }) {
		for (const doc of activeDocuments(handbook)) {
			if (doc.data.approvers.length > 0) continue;
			yield at(
				doc.file,
				['approvers'],
				'has no approvers. A document in use needs approval by someone other than its owner.',
				'Name at least one person with the approver role:\napprovers:\n  - <approver id>',
			);
		}
	},
};
