import { at, type Rule } from '../engine/rule.ts';
import { activeDocuments } from './utils/active-documents.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { APPROVAL_PROBLEMS } from './utils/next-steps.ts';

export const approvalNotApprover: Rule = {
	id: 'approval/not-approver',
	severity: 'error',
	description: 'An approver lacks the approver role.',
	why: 'Only people the firm has authorised to approve may sign off a procedure that moves client money.',
	fix: 'Name someone with the approver role, or, if the person is authorised, add `approver` to their `roles`.',
	next: APPROVAL_PROBLEMS,
	examples: {
		fails: [
			{
				title: 'an approver without the approver role',
				files: edited(EXAMPLE_SOP, ['approvers: [cara-wu]', 'approvers: [dev-rao]']),
				message: 'approver "dev-rao" (Dev Rao) does not hold the approver role (roles: bpa).',
			},
		],
		passes: [
			{
				title: 'the approver role given to the person first',
				files: {
					...edited('src/content/people/dev-rao.yaml', ['roles: [bpa]', 'roles: [bpa, approver]']),
					...edited(EXAMPLE_SOP, ['approvers: [cara-wu]', 'approvers: [dev-rao]']),
				},
			},
		],
	},
	*check({ handbook }) {
		for (const doc of activeDocuments(handbook)) {
			for (const [index, id] of doc.data.approvers.entries()) {
				const person = handbook.people.get(id);
				if (!person || person.data.roles.includes('approver')) continue;
				yield at(
					doc.file,
					['approvers', index],
					`approver "${id}" (${person.data.name}) does not hold the approver role (roles: ${person.data.roles.join(', ')}).`,
					`Name someone with the approver role, or, if ${person.data.name} is authorised, add it in src/content/people/${id}.yaml:\nroles: [${[...person.data.roles, 'approver'].join(', ')}]`,
				);
			}
		}
	},
};
