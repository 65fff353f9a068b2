import { at, type Rule } from '../engine/rule.ts';
import { fieldName } from '../model/schema-messages.ts';
import { handbookReferences } from '../model/references.ts';
import { roleLabel } from '../model/roles.ts';
import { edited } from './utils/base-handbook.ts';
import { REFERENCES_NOWHERE } from './utils/next-steps.ts';

const CLIENT = 'src/content/clients/acme.yaml';

export const refWrongRole: Rule = {
	id: 'ref/wrong-role',
	severity: 'error',
	description:
		"A person is named in a field that asks for a role they do not hold: a client's csa and backup_csa must be CSAs, its bpas and backup_bpas BPAs (the schemas say which field asks for which role).",
	why: 'Coverage counts a client\'s CSA, backup CSA, BPAs and backup BPAs as able to run its work. Someone named there without the role cannot do it, and would hide a real gap: a "backup BPA" who enters no bills covers nothing.',
	fix: 'Name someone who holds the role, or, if the person does that work, add the role to their `roles`.',
	next: REFERENCES_NOWHERE,
	examples: {
		fails: [
			{
				title: 'a CSA named as backup BPA',
				files: edited(CLIENT, ['bpas: [dev-rao]', 'bpas: [dev-rao]\nbackup_bpas: [ben-ode]']),
				message:
					'backup_bpas[0] names "ben-ode" (Ben Ode), who does not hold the BPA role (their roles: CSA).',
			},
		],
		passes: [
			{
				title: 'a BPA as backup BPA',
				files: {
					'src/content/people/eve-li.yaml': 'name: Eve Li\nroles: [bpa]\npod: east\n',
					...edited(CLIENT, ['bpas: [dev-rao]', 'bpas: [dev-rao]\nbackup_bpas: [eve-li]']),
				},
			},
		],
	},
	*check({ handbook }) {
		for (const ref of handbookReferences(handbook, { target: 'person' })) {
			const role = ref.holds;
			if (role === undefined || !handbook.config.roles.includes(role)) continue;
			const person = handbook.people.get(ref.value);
			// An id that names nobody is ref/unknown-person's finding.
			if (!person || person.data.roles.includes(role)) continue;
			const label = roleLabel(handbook.config, role);
			yield at(
				ref.file,
				ref.path,
				`${fieldName(ref.path)} names "${ref.value}" (${person.data.name}), who does not hold the ${label} role (their roles: ${person.data.roles.map((r) => roleLabel(handbook.config, r)).join(', ')}).`,
				`Name a ${label}, or, if ${person.data.name} does this work, add the role to src/content/people/${ref.value}.yaml:\nroles: [${[...person.data.roles, role].join(', ')}]`,
			);
		}
	},
};
