import { at, type Rule } from '../engine/rule.ts';
import { activeDocuments } from './active-documents.ts';

export const approvalSelfApproval: Rule = {
	id: 'approval/self-approval',
	severity: 'error',
	description: 'The owner is among the approvers.',
	*check({ handbook }) {
		for (const doc of activeDocuments(handbook)) {
			const index = doc.data.approvers.indexOf(doc.data.owner);
			if (index === -1) continue;
			yield at(
				doc.file,
				['approvers', index],
				`the owner ("${doc.data.owner}") is also an approver; maker and checker must be different people.`,
				`Remove "${doc.data.owner}" from approvers and name another approver:\napprovers:\n  - <approver id>`,
			);
		}
	},
};
