import { kindSpec } from '../model/kinds.ts';
import { handbookReferences, knownIds } from '../model/references.ts';
import type { ReferenceTarget } from '../schemas/reference.ts';
import { at, type Rule } from '../engine/rule.ts';
import { fieldName } from '../model/schema-messages.ts';
import { closest } from '../text/suggest.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { REFERENCES_NOWHERE } from './utils/next-steps.ts';

type Target = Exclude<ReferenceTarget, 'role'>;

/** An `ref/unknown-<kind>` rule: every id its kind's schemas declare as naming one, checked against the files there are. */
function referenceRule(target: Target, noun: string, about: Pick<Rule, 'why' | 'examples'>): Rule {
	return {
		id: `ref/unknown-${target}`,
		severity: 'error',
		description: `A ${noun} id that does not exist.`,
		...about,
		fix: `Use the file name (without extension) of a ${noun} in \`src/content/${kindSpec(target).folder}/\`, or add that file; the message suggests the closest id when there is one.`,
		next: REFERENCES_NOWHERE,
		*check({ handbook }) {
			const known = knownIds(handbook, target);
			for (const ref of handbookReferences(handbook, { target })) {
				if (known.has(ref.value)) continue;
				const field = fieldName(ref.path);
				const suggestion = closest(ref.value, known);
				const key = ref.path.filter((p) => typeof p === 'string').at(-1);
				const indexed = typeof ref.path.at(-1) === 'number';
				yield at(
					ref.file,
					ref.path,
					`${field} names ${noun} "${ref.value}", but there is no such ${noun}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
					suggestion
						? indexed
							? `  - ${suggestion}`
							: `${String(key)}: ${suggestion}`
						: `Use the file name (without extension) of an existing file in src/content/${kindSpec(target).folder}/, or add that file.`,
				);
			}
		},
	};
}

export const refUnknownPerson = referenceRule('person', 'person', {
	why: 'An owner, backup or approver who is not on the roster cannot be reached, cover or sign off; it is usually a typo, or someone never added.',
	examples: {
		fails: [{ title: 'a misspelt owner', files: edited(EXAMPLE_SOP, ['owner: ana-silva', 'owner: ana-silvia']) }],
		passes: [
			{
				title: 'a new colleague, added to the roster first',
				files: { 'src/content/people/eve-stone.yaml': 'name: Eve Stone\nroles: [csa]\npod: east\n', ...edited(EXAMPLE_SOP, ['person: ben-ode', 'person: eve-stone']) },
			},
		],
	},
});
export const refUnknownPod = referenceRule('pod', 'pod', {
	why: 'People and clients are grouped into pods who cover for each other; a pod that does not exist leaves them outside any cover.',
	examples: {
		fails: [{ title: 'a client in a pod that does not exist', files: edited('src/content/clients/acme.yaml', ['pod: east', 'pod: west']) }],
		passes: [
			{
				title: 'the pod added first',
				files: { 'src/content/pods/west.yaml': 'name: Pod West\nlead: cara-wu\n', ...edited('src/content/clients/acme.yaml', ['pod: east', 'pod: west']) },
			},
		],
	},
});
export const refUnknownClient = referenceRule('client', 'client', {
	why: "An SOP tied to a client id that does not exist is missing from that client's page and from the coverage report.",
	examples: {
		fails: [{ title: 'the client named by its full name', files: edited(EXAMPLE_SOP, ['client: acme', 'client: acme-dental']) }],
		passes: [{ title: "the client's id, its file name", files: edited(EXAMPLE_SOP, ['client: acme', 'client: acme']) }],
	},
});
export const refUnknownSop = referenceRule('sop', 'SOP', {
	why: 'A training module that teaches an SOP that is not there, or a retired SOP replaced by nothing, sends a new hire to a dead end.',
	examples: {
		fails: [
			{
				title: 'a training module that names an SOP without its folder',
				files: edited('src/content/training/csa/first-week.mdx', ['sops: [clients/acme/bill-run]', 'sops: [bill-run]']),
			},
		],
		passes: [
			{
				title: "the SOP's path under `sops/`, without extension",
				files: edited('src/content/training/csa/first-week.mdx', ['sops: [clients/acme/bill-run]', 'sops: [clients/acme/bill-run]']),
			},
		],
	},
});
export const refUnknownPrinciple = referenceRule('principle', 'principle', {
	why: 'Each SOP names the principles it puts into practice, and the site links the two both ways; an id that names nothing breaks the link.',
	examples: {
		fails: [{ title: 'a principle named by part of its id', files: edited(EXAMPLE_SOP, ['principles: [verify-first]', 'principles: [verify]']) }],
		passes: [{ title: 'two principles, by their ids', files: edited(EXAMPLE_SOP, ['principles: [verify-first]', 'principles: [verify-first, write-it-down]']) }],
	},
});
export const refUnknownKpi = referenceRule('kpi', 'KPI', {
	why: "An SOP names the KPIs its Targets serve, and each KPI's page lists the SOPs that serve it; an id that names nothing drops the SOP from that list, so the target looks unsupported.",
	examples: {
		fails: [
			{ title: 'a KPI named by another id than its file name', files: edited(EXAMPLE_SOP, ['principles: [verify-first]', 'principles: [verify-first]\nkpis: [response-time]']) },
		],
		passes: [
			{
				title: 'the KPI written first, then named by its file name',
				files: {
					'src/content/kpis/client-response.yaml':
						'name: Client response\nrole: csa\ntarget: Every client message answered within 24 business hours.\nmeasure: The supervisor samples ten client threads a month.\n',
					...edited(EXAMPLE_SOP, ['principles: [verify-first]', 'principles: [verify-first]\nkpis: [client-response]']),
				},
			},
		],
	},
});
export const refUnknownTraining = referenceRule('training', 'training module', {
	why: 'A prerequisite that does not exist leaves a new hire unsure whether they are ready for the module.',
	examples: {
		fails: [
			{ title: 'a prerequisite that was never written', files: edited('src/content/training/csa/first-week.mdx', ['order: 1\n', 'order: 1\nprerequisites: [csa/orientation]\n']) },
		],
		passes: [
			{
				title: 'the prerequisite module written first',
				files: {
					'src/content/training/csa/orientation.mdx':
						'---\ntitle: Orientation\nowner: ana-silva\napprovers: [cara-wu]\nlast_reviewed: 2026-09-01\ntrack: [csa]\norder: 1\nduration_minutes: 20\n---\n\nWho is who, and where the handbook is.\n',
					...edited('src/content/training/csa/first-week.mdx', ['order: 1\n', 'order: 2\nprerequisites: [csa/orientation]\n']),
				},
			},
		],
	},
});

export const refUnknownRole: Rule = {
	id: 'ref/unknown-role',
	severity: 'error',
	description: 'A person holds, or an SOP or a KPI names, a role that the handbook config does not list.',
	why: 'Roles decide who may approve and who runs which steps; a role the firm does not use (a typo such as `aprover`) gives nobody the authority it seems to.',
	fix: 'Use one of the roles listed under `roles` in `handbook.config.yaml`, or add the role there.',
	next: REFERENCES_NOWHERE,
	examples: {
		fails: [{ title: 'a misspelt role', files: edited('src/content/people/ben-ode.yaml', ['roles: [csa]', 'roles: [csa, aprover]']) }],
		passes: [{ title: 'a configured role', files: edited('src/content/people/ben-ode.yaml', ['roles: [csa]', 'roles: [csa, approver]']) }],
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
