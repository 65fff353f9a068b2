import { at, type Rule } from '../engine/rule.ts';
import { activeDocuments } from './utils/active-documents.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { APPROVAL_PROBLEMS } from './utils/next-steps.ts';

export const approvalSelfApproval: Rule = {
	id: 'approval/self-approval',
	severity: 'error',
	description: 'The owner is among the approvers.',
	why: 'Maker-checker: the person who wrote a procedure does not sign it off, just as nobody approves their own payment.',
	fix: 'Remove the owner from `approvers` and name another approver.',
	next: APPROVAL_PROBLEMS,
	examples: {
		fails: [
			{
				title: 'the owner among the approvers',
				files: edited(EXAMPLE_SOP, ['approvers: [cara-wu]', 'approvers: [cara-wu, ana-silva]']),
				message:
					'the owner ("ana-silva") is also an approver; maker and checker must be different people.',
			},
		],
		passes: [
			{
				title: 'owner and approver are two different people',
				files: edited(
					EXAMPLE_SOP,
					['owner: ana-silva', 'owner: ben-ode'],
					['person: ben-ode', 'person: ana-silva'],
				),
			},
		],
	},
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
