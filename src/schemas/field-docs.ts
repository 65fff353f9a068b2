import { z } from 'astro/zod';
import { calendarDate } from './date.ts';
import { documentId, entityId } from './id.ts';
import { defOf } from './schema-def.ts';

/**
 * What a field says about itself, written once with `.meta()` on the field in its kind's
 * schema: the `description` editors show, `examples` (the first is the one error hints
 * show), and for a field `new` asks for, the short `title` it asks by. The JSON Schemas
 * carry all three; nothing else keeps a copy.
 */
export interface FieldDocs {
	title?: string;
	description?: string;
	examples?: readonly unknown[];
}

/** Where a field sits in a kind's data: field names, and list positions as numbers. */
export type FieldPath = readonly (string | number)[];

const WRAPPERS: ReadonlySet<string> = new Set([
	'optional',
	'default',
	'prefault',
	'nullable',
	'readonly',
]);

/** The schema a wrapper holds: an optional or defaulted field's own, a transform's input. */
function unwrapped(schema: z.ZodType): z.ZodType | undefined {
	const def = defOf(schema);
	if (WRAPPERS.has(def.type)) return def.innerType;
	return def.type === 'pipe' ? def.in : undefined;
}

/** A field's schema without its wrappers: the object, list, text or number it holds. */
export function bare(schema: z.ZodType): z.ZodType {
	let current = schema;
	for (let inner = unwrapped(current); inner; inner = unwrapped(current)) current = inner;
	return current;
}

/** The schema of the field at `path` in `schema`, as declared (wrappers and all), if there is one. */
export function fieldAt(schema: z.ZodType, path: FieldPath): z.ZodType | undefined {
	let current: z.ZodType | undefined = schema;
	for (const step of path) {
		if (!current) return undefined;
		const def = defOf(bare(current));
		if (def.type === 'object' && typeof step === 'string')
			current = Object.hasOwn(def.shape ?? {}, step) ? def.shape![step] : undefined;
		else if (def.type === 'array' && typeof step === 'number') current = def.element;
		else return undefined;
	}
	return current;
}

/** The fields of the object at `path`, by name, if an object is there. */
export function objectShapeAt(
	schema: z.ZodType,
	path: FieldPath,
): Record<string, z.ZodType> | undefined {
	const field = fieldAt(schema, path);
	const def = field && defOf(bare(field));
	return def?.type === 'object' ? def.shape : undefined;
}

/**
 * A field's docs: its own metadata and that of every schema it wraps, the outer winning, so
 * `.meta()` may sit before or after `.optional()` and `.default()`.
 */
export function fieldDocs(schema: z.ZodType): FieldDocs {
	const layers: z.ZodType[] = [];
	for (let current: z.ZodType | undefined = schema; current; current = unwrapped(current))
		layers.unshift(current);
	return Object.assign(
		{},
		...layers.map((layer) => z.globalRegistry.get(layer) ?? {}),
	) as FieldDocs;
}

/** Whether `schema`, or a schema it wraps, is `base` or was made from it (by `.meta()`, `.clone()`). */
function madeFrom(schema: z.ZodType, base: z.ZodType): boolean {
	for (let current: z.ZodType | undefined = schema; current; current = unwrapped(current)) {
		for (
			let made: z.ZodType | undefined = current;
			made;
			made = made._zod.parent as z.ZodType | undefined
		)
			if (made === base) return true;
	}
	return false;
}

/** Whether a field holds a calendar date. */
export const holdsDate = (schema: z.ZodType): boolean => madeFrom(schema, calendarDate);

/** Whether a field holds an id: kebab-case words, or a path of them. */
export const holdsId = (schema: z.ZodType): boolean =>
	madeFrom(schema, entityId) || madeFrom(schema, documentId);

/** The values a field allows when it is a fixed list (`platform: qbo`), else undefined. */
export function choicesOf(schema: z.ZodType): string[] | undefined {
	const def = defOf(bare(schema));
	return def.type === 'enum' && def.entries ? Object.values(def.entries).map(String) : undefined;
}

/** The item schema of a list field, or undefined when it holds one value. */
export function itemOf(schema: z.ZodType): z.ZodType | undefined {
	const def = defOf(bare(schema));
	return def.type === 'array' ? def.element : undefined;
}

/** Whether a field holds a number. */
export function holdsNumber(schema: z.ZodType): boolean {
	const type = defOf(bare(schema)).type;
	return type === 'number' || type === 'int';
}
