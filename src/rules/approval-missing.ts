import { at, type Rule } from '../engine/rule.ts';
import { activeDocuments } from './utils/active-documents.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { APPROVAL_PROBLEMS } from './utils/next-steps.ts';

export const approvalMissing: Rule = {
	id: 'approval/missing',
	severity: 'error',
	description: 'A document in use has no approvers.',
	why: 'Maker-checker: every document in use is approved by someone other than the person who wrote it, as every payment is.',
	fix: 'Name at least one person with the approver role under `approvers`.',
	next: APPROVAL_PROBLEMS,
	examples: {
		fails: [
			{
				title: 'an empty list of approvers',
				files: edited(EXAMPLE_SOP, ['approvers: [cara-wu]', 'approvers: []']),
				message:
					'has no approvers. A document in use needs approval by someone other than its owner.',
			},
			{
				title: 'no approvers at all',
				files: edited(EXAMPLE_SOP, ['approvers: [cara-wu]\n', '']),
				message:
					'has no approvers. A document in use needs approval by someone other than its owner.',
			},
		],
		passes: [
			{
				title: 'one approver other than the owner',
				files: edited(EXAMPLE_SOP, ['approvers: [cara-wu]', 'approvers:\n  - cara-wu']),
			},
		],
	},
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
