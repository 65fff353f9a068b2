import type { Handbook } from '../model/handbook.ts';
import { kindSpec, type Kind } from '../model/kinds.ts';
import { at, type Rule } from '../engine/rule.ts';
import { fieldName } from '../model/schema-messages.ts';
import type { SourceFile } from '../model/source-file.ts';
import { closest } from '../text/suggest.ts';
import type { FieldPath } from '../model/yaml-source.ts';
import { publishedDocuments } from './active-documents.ts';
import { EXAMPLE_SOP, edited } from './examples/base-handbook.ts';
import { REFERENCES_NOWHERE } from './next-steps.ts';

/** One id written in a file that must name an existing entry. */
interface Reference {
	file: SourceFile;
	path: FieldPath;
	value: string;
}

type Collect = (handbook: Handbook) => Iterable<Reference>;

function referenceRule(target: Exclude<Kind, 'doc'>, noun: string, collect: Collect, about: Pick<Rule, 'why' | 'examples'>): Rule {
	return {
		id: `ref/unknown-${target === 'training' ? 'training' : target}`,
		severity: 'error',
		description: `A ${noun} id that does not exist.`,
		...about,
		fix: `Use the file name (without extension) of a ${noun} in \`src/content/${kindSpec(target).folder}/\`, or add that file; the message suggests the closest id when there is one.`,
		next: REFERENCES_NOWHERE,
		*check({ handbook }) {
			const known = handbook.ids[target];
			for (const ref of collect(handbook)) {
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

function* each(file: SourceFile, field: string, values: readonly string[]): Iterable<Reference> {
	for (const [index, value] of values.entries()) yield { file, path: [field, index], value };
}

function* personRefs(handbook: Handbook): Iterable<Reference> {
	for (const doc of publishedDocuments(handbook)) {
		yield { file: doc.file, path: ['owner'], value: doc.data.owner };
		yield* each(doc.file, 'approvers', doc.data.approvers);
		for (const [index, review] of doc.data.reviews.entries()) yield { file: doc.file, path: ['reviews', index, 'by'], value: review.by };
		if (doc.kind === 'sop' && doc.data.backup) yield { file: doc.file, path: ['backup', 'person'], value: doc.data.backup.person };
		if (doc.kind === 'sop') for (const [index, t] of doc.data.trained.entries()) yield { file: doc.file, path: ['trained', index, 'person'], value: t.person };
	}
	for (const client of handbook.clients.values()) {
		yield { file: client.file, path: ['csa'], value: client.data.csa };
		if (client.data.backup_csa) yield { file: client.file, path: ['backup_csa'], value: client.data.backup_csa };
		yield* each(client.file, 'bpas', client.data.bpas);
		yield* each(client.file, 'backup_bpas', client.data.backup_bpas);
	}
	for (const person of handbook.people.values()) {
		for (const [index, absence] of person.data.out_of_office.entries()) {
			if (absence.acting_lead) yield { file: person.file, path: ['out_of_office', index, 'acting_lead'], value: absence.acting_lead };
		}
	}
	for (const pod of handbook.pods.values()) {
		if (pod.data.lead) yield { file: pod.file, path: ['lead'], value: pod.data.lead };
	}
}

function* podRefs(handbook: Handbook): Iterable<Reference> {
	for (const person of handbook.people.values()) {
		if (person.data.pod) yield { file: person.file, path: ['pod'], value: person.data.pod };
	}
	for (const client of handbook.clients.values()) yield { file: client.file, path: ['pod'], value: client.data.pod };
}

function* clientRefs(handbook: Handbook): Iterable<Reference> {
	for (const doc of publishedDocuments(handbook)) {
		if (doc.kind === 'sop' && doc.data.client) yield { file: doc.file, path: ['client'], value: doc.data.client };
	}
}

function* sopRefs(handbook: Handbook): Iterable<Reference> {
	for (const doc of publishedDocuments(handbook)) {
		if (doc.kind === 'sop' && doc.data.superseded_by) yield { file: doc.file, path: ['superseded_by'], value: doc.data.superseded_by };
		if (doc.kind === 'training') yield* each(doc.file, 'sops', doc.data.sops);
	}
}

function* principleRefs(handbook: Handbook): Iterable<Reference> {
	for (const doc of publishedDocuments(handbook)) {
		if (doc.kind === 'sop' || doc.kind === 'training') yield* each(doc.file, 'principles', doc.data.principles);
	}
}

function* kpiRefs(handbook: Handbook): Iterable<Reference> {
	for (const doc of publishedDocuments(handbook)) {
		if (doc.kind === 'sop') yield* each(doc.file, 'kpis', doc.data.kpis);
	}
}

function* trainingRefs(handbook: Handbook): Iterable<Reference> {
	for (const doc of publishedDocuments(handbook)) {
		if (doc.kind === 'training') yield* each(doc.file, 'prerequisites', doc.data.prerequisites);
	}
}

export const refUnknownPerson = referenceRule('person', 'person', personRefs, {
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
export const refUnknownPod = referenceRule('pod', 'pod', podRefs, {
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
export const refUnknownClient = referenceRule('client', 'client', clientRefs, {
	why: "An SOP tied to a client id that does not exist is missing from that client's page and from the coverage report.",
	examples: {
		fails: [{ title: 'the client named by its full name', files: edited(EXAMPLE_SOP, ['client: acme', 'client: acme-dental']) }],
		passes: [{ title: "the client's id, its file name", files: edited(EXAMPLE_SOP, ['client: acme', 'client: acme']) }],
	},
});
export const refUnknownSop = referenceRule('sop', 'SOP', sopRefs, {
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
export const refUnknownPrinciple = referenceRule('principle', 'principle', principleRefs, {
	why: 'Each SOP names the principles it puts into practice, and the site links the two both ways; an id that names nothing breaks the link.',
	examples: {
		fails: [{ title: 'a principle named by part of its id', files: edited(EXAMPLE_SOP, ['principles: [verify-first]', 'principles: [verify]']) }],
		passes: [{ title: 'two principles, by their ids', files: edited(EXAMPLE_SOP, ['principles: [verify-first]', 'principles: [verify-first, write-it-down]']) }],
	},
});
export const refUnknownKpi = referenceRule('kpi', 'KPI', kpiRefs, {
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
export const refUnknownTraining = referenceRule('training', 'training module', trainingRefs, {
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
		const named: Reference[] = [];
		for (const person of handbook.people.values()) named.push(...each(person.file, 'roles', person.data.roles));
		for (const sop of handbook.sops.values()) {
			named.push(...each(sop.file, 'roles', sop.data.roles ?? []));
			for (const [index, t] of sop.data.trained_roles.entries()) named.push({ file: sop.file, path: ['trained_roles', index, 'role'], value: t.role });
		}
		for (const kpi of handbook.kpis.values()) named.push({ file: kpi.file, path: ['role'], value: kpi.data.role });
		for (const { file, path, value: role } of named) {
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
