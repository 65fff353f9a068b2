import { z } from 'astro/zod';
import { documentId, entityId } from './id.ts';
import { defOf } from './schema-def.ts';

/**
 * What a reference field names: an entry of a content kind (by its id), or one of the
 * roles the handbook config lists. Adding a kind that can be referred to starts here:
 * every rule, scope and page that follows references is derived from these declarations.
 */
export const REFERENCE_TARGETS = [
	'person',
	'pod',
	'client',
	'kpi',
	'sop',
	'principle',
	'training',
	'role',
] as const;
export type ReferenceTarget = (typeof REFERENCE_TARGETS)[number];

/** Kinds whose ids are paths (`clients/acme/bill-run`); the others are single words. */
const PATH_IDS: ReadonlySet<ReferenceTarget> = new Set(['sop', 'training']);

/** What a field that refers to something declares about it. */
export interface ReferenceMeta {
	/** The kind of entry it names. */
	target: ReferenceTarget;
	/** For a person: the role they must hold to be named here (`csa` for a client's CSA). */
	holds?: string;
}

/** The reference declarations, keyed by the id schema each field uses. */
export const referenceRegistry = z.registry<ReferenceMeta>();

/**
 * An id field that names an entry of `target`. `holds` names the role a person named here
 * must hold. The schema is the id's own (kebab-case, or a path for SOPs and training),
 * registered so that `referenceFields` finds it.
 */
export function ref(target: ReferenceTarget, options: { holds?: string } = {}) {
	const schema = (PATH_IDS.has(target) ? documentId : entityId).clone();
	schema.register(
		referenceRegistry,
		options.holds === undefined ? { target } : { target, holds: options.holds },
	);
	return schema;
}

/** Where a reference sits in a kind's data: field names, `*` for each item of a list. */
export type ReferencePath = readonly string[];

/** One reference field of a kind, found in its schema. */
export interface ReferenceField extends ReferenceMeta {
	path: ReferencePath;
}

/**
 * Every reference field of a schema, walking objects, lists, optional and defaulted
 * fields. A kind's references are read from its schema, never listed by hand.
 */
export function referenceFields(schema: z.ZodType, path: ReferencePath = []): ReferenceField[] {
	const meta = referenceRegistry.get(schema);
	if (meta) return [{ ...meta, path }];
	const def = defOf(schema);
	if (def.shape)
		return Object.entries(def.shape).flatMap(([key, field]) =>
			referenceFields(field, [...path, key]),
		);
	if (def.element) return referenceFields(def.element, [...path, '*']);
	const inner = def.innerType ?? def.in;
	return inner ? referenceFields(inner, path) : [];
}

/** One id written in an entry's data, with where it is. */
export interface ReferenceValue extends ReferenceMeta {
	/** Field names and list positions: `['trained', 2, 'person']`. */
	path: (string | number)[];
	value: string;
}

/** The ids an entry's data names, along the reference fields of its kind, in field order. */
export function referencesIn(fields: readonly ReferenceField[], data: unknown): ReferenceValue[] {
	const found: ReferenceValue[] = [];
	const at: (string | number)[] = [];
	for (const field of fields) follow(field, data, at, found);
	return found;
}

// A plain walk over one path that appends to one list, copying the path only for an id it
// finds: it runs over every entry of a large handbook.
function follow(
	field: ReferenceField,
	value: unknown,
	at: (string | number)[],
	found: ReferenceValue[],
): void {
	const depth = at.length;
	if (depth === field.path.length) {
		if (typeof value === 'string')
			found.push(
				field.holds === undefined
					? { target: field.target, path: [...at], value }
					: { target: field.target, holds: field.holds, path: [...at], value },
			);
		return;
	}
	const step = field.path[depth]!;
	if (step === '*') {
		if (!Array.isArray(value)) return;
		for (let index = 0; index < value.length; index++) {
			at.push(index);
			follow(field, value[index] as unknown, at, found);
			at.pop();
		}
		return;
	}
	if (typeof value !== 'object' || value === null || !(step in value)) return;
	at.push(step);
	follow(field, (value as Record<string, unknown>)[step], at, found);
	at.pop();
}
