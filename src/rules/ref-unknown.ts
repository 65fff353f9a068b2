import type { Handbook } from '../model/handbook.ts';
import { kindSpec, type Kind } from '../model/kinds.ts';
import { at, type Rule } from '../engine/rule.ts';
import { fieldName } from '../model/schema-messages.ts';
import type { SourceFile } from '../model/source-file.ts';
import { closest } from '../text/suggest.ts';
import type { FieldPath } from '../model/yaml-source.ts';
import { publishedDocuments } from './active-documents.ts';

/** One id written in a file that must name an existing entry. */
interface Reference {
	file: SourceFile;
	path: FieldPath;
	value: string;
}

type Collect = (handbook: Handbook) => Iterable<Reference>;

function referenceRule(target: Exclude<Kind, 'doc'>, noun: string, collect: Collect): Rule {
	return {
		id: `ref/unknown-${target === 'training' ? 'training' : target}`,
		severity: 'error',
		description: `A ${noun} id that does not exist.`,
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
	}
	for (const client of handbook.clients.values()) {
		yield { file: client.file, path: ['csa'], value: client.data.csa };
		if (client.data.backup_csa) yield { file: client.file, path: ['backup_csa'], value: client.data.backup_csa };
		yield* each(client.file, 'bpas', client.data.bpas);
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

function* trainingRefs(handbook: Handbook): Iterable<Reference> {
	for (const doc of publishedDocuments(handbook)) {
		if (doc.kind === 'training') yield* each(doc.file, 'prerequisites', doc.data.prerequisites);
	}
}

export const refUnknownPerson = referenceRule('person', 'person', personRefs);
export const refUnknownPod = referenceRule('pod', 'pod', podRefs);
export const refUnknownClient = referenceRule('client', 'client', clientRefs);
export const refUnknownSop = referenceRule('sop', 'SOP', sopRefs);
export const refUnknownPrinciple = referenceRule('principle', 'principle', principleRefs);
export const refUnknownTraining = referenceRule('training', 'training module', trainingRefs);

export const refUnknownRole: Rule = {
	id: 'ref/unknown-role',
	severity: 'error',
	description: 'A person holds a role that the handbook config does not list.',
	*check({ handbook }) {
		const roles = handbook.config.roles;
		for (const person of handbook.people.values()) {
			for (const [index, role] of person.data.roles.entries()) {
				if (roles.includes(role)) continue;
				const suggestion = closest(role, roles);
				yield at(
					person.file,
					['roles', index],
					`roles[${index}] is "${role}", which is not one of the configured roles (${roles.join(', ')}).${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
					suggestion ? `  - ${suggestion}` : `Use one of ${roles.join(', ')}, or add "${role}" under roles in handbook.config.yaml.`,
				);
			}
		}
	},
};
