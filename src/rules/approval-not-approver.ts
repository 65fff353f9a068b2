import { at, type Rule } from '../engine/rule.ts';
import { activeDocuments } from './active-documents.ts';

export const approvalNotApprover: Rule = {
	id: 'approval/not-approver',
	severity: 'error',
	description: 'An approver lacks the approver role.',
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
