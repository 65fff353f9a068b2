import { at, type Rule } from '../engine/rule.ts';
import { handbookReferences } from '../model/references.ts';
import { fieldName } from '../model/schema-messages.ts';
import { closest } from '../text/suggest.ts';
import { edited } from './utils/base-handbook.ts';
import { REFERENCES_NOWHERE } from './utils/next-steps.ts';

export const refUnknownRole: Rule = {
	id: 'ref/unknown-role',
	severity: 'error',
	description:
		'A person holds, or an SOP or a KPI names, a role that the handbook config does not list.',
	why: 'Roles decide who may approve and who runs which steps; a role the firm does not use (a typo such as `aprover`) gives nobody the authority it seems to.',
	fix: 'Use one of the roles listed under `roles` in `handbook.config.yaml`, or add the role there.',
	next: REFERENCES_NOWHERE,
	examples: {
		fails: [
			{
				title: 'a misspelt role',
				files: edited('src/content/people/ben-ode.yaml', ['roles: [csa]', 'roles: [csa, aprover]']),
				message:
					'roles[1] is "aprover", which is not one of the configured roles (csa, bpa, approver, supervisor, reconciliation, billing-specialist). Did you mean "approver"?',
			},
		],
		passes: [
			{
				title: 'a configured role',
				files: edited('src/content/people/ben-ode.yaml', [
					'roles: [csa]',
					'roles: [csa, approver]',
				]),
			},
		],
	},
	*check({ handbook }) {
		const roles = handbook.config.roles;
		for (const { file, path, value: role } of handbookReferences(handbook, { target: 'role' })) {
			if (roles.includes(role)) continue;
			const suggestion = closest(role, roles);
			const field = fieldName(path);
			yield at(
				file,
				path,
				`${field} is "${role}", which is not one of the configured roles (${roles.join(', ')}).${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
				suggestion
					? typeof path.at(-1) === 'number'
						? `  - ${suggestion}`
						: `role: ${suggestion}`
					: `Use one of ${roles.join(', ')}, or add "${role}" under roles in handbook.config.yaml.`,
			);
		}
	},
};
