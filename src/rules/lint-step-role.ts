import { rolesOf } from '../coverage/coverage.ts';
import { roleLabel } from '../model/roles.ts';
import type { Finding } from '../model/diagnostic.ts';
import { type Rule, workOn } from '../engine/rule.ts';
import { sopSteps } from './utils/file-work.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';

const TWO_ROLES = edited(EXAMPLE_SOP, ['client: acme\n', 'client: acme\nroles: [csa, bpa]\n']);

export const lintStepRole: Rule = {
	id: 'lint/step-role',
	severity: 'error',
	description:
		"An SOP run by more than one role has a step under Steps that does not start with its role in bold, or a step names a role the SOP's `roles` leave out (the client's side, `client_roles` in the config, may always act).",
	why: 'A bill pay associate offshore reads the SOP to find their part; a step that does not say who does it is done twice or not at all.',
	fix: 'Start every step with its role in bold, as the config labels it: `1. **BPA**: Enter the bill.`; add the role to `roles` if the SOP needs it.',
	examples: {
		fails: [
			{
				title: 'two roles and unlabelled steps',
				files: TWO_ROLES,
				message: [
					'step 1 does not say who does it; this SOP is run by CSA and BPA, so every step starts with its role in bold.',
					'step 2 does not say who does it; this SOP is run by CSA and BPA, so every step starts with its role in bold.',
				],
			},
			{
				title: 'a step for a role the SOP does not list',
				files: edited(EXAMPLE_SOP, [
					'1. Check the approvals.\n2. Release the run.',
					'1. Check the approvals.\n2. **BPA**: Release the run.',
				]),
				message: "step 2 is for the BPA role, which this SOP's roles (CSA) leave out.",
			},
		],
		passes: [
			{
				title: 'every step labelled',
				files: edited(
					EXAMPLE_SOP,
					['client: acme\n', 'client: acme\nroles: [csa, bpa]\n'],
					[
						'1. Check the approvals.\n2. Release the run.',
						'1. **CSA**: Check the approvals.\n2. **BPA**: Release the run.',
					],
				),
			},
			{
				title: 'one role: steps need no label',
				files: edited(EXAMPLE_SOP, [
					'1. Check the approvals.',
					'1. **Before 10 am**, check the approvals.',
				]),
			},
		],
	},
	reads: 'body',
	work: sopSteps,
	*check({ handbook, scope }): Iterable<Finding> {
		const config = handbook.config;
		const matches = (label: string, id: string, shown: string) =>
			label === shown.toLowerCase() || label === id.toLowerCase();
		const clientRoles = Object.entries(config.client_roles);
		for (const sop of handbook.sops.values()) {
			if (scope && !scope.has(sop.file.path)) continue;
			const steps = workOn(sopSteps, sop.file, handbook);
			if (steps.length === 0) continue;
			const roles = rolesOf(handbook, sop);
			const labels = roles.map((r) => roleLabel(config, r));
			const usable = [...labels, ...clientRoles.map(([, l]) => l)]
				.map((l) => `**${l}**`)
				.join(', ');
			/** The SOP's own roles first, then the client's side, then any other configured role (which the SOP leaves out). */
			const resolve = (label: string): { role: string; own: boolean } | undefined => {
				const l = label.toLowerCase();
				const own = roles.find((r) => matches(l, r, roleLabel(config, r)));
				if (own !== undefined) return { role: own, own: true };
				const client = clientRoles.find(([id, shown]) => matches(l, id, shown));
				if (client !== undefined) return { role: client[0], own: true };
				const other = config.roles.find((r) => matches(l, r, roleLabel(config, r)));
				return other === undefined ? undefined : { role: other, own: false };
			};
			for (const [index, step] of steps.entries()) {
				const line = step.line + sop.file.bodyLine - 1;
				const { column, label } = step;
				const resolved = label === undefined ? undefined : resolve(label);
				if (resolved?.own) continue;
				const role = resolved?.role;
				if (role !== undefined) {
					yield {
						file: sop.file.path,
						line,
						column,
						message: `step ${index + 1} is for the ${label!} role, which this SOP's roles (${labels.join(', ')}) leave out.`,
						hint: `Add the role to the frontmatter:\nroles: [${[...roles, role].join(', ')}]`,
					};
				} else if (roles.length > 1) {
					yield {
						file: sop.file.path,
						line,
						column,
						message:
							label === undefined
								? `step ${index + 1} does not say who does it; this SOP is run by ${labels.join(' and ')}, so every step starts with its role in bold.`
								: `step ${index + 1} starts with "${label}", which is not one of this SOP's roles (${labels.join(', ')}).`,
						hint: `Start the step with one of ${usable}, e.g.\n${index + 1}. **${labels[0]!}**: ...`,
					};
				}
			}
		}
	},
};
