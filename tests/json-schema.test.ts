import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../src/docs/json-schemas.ts';
import { configSchema } from '../src/schemas/config.ts';
import { fieldDocs, itemOf, objectShapeAt } from '../src/schemas/field-docs.ts';
import { KINDS } from '../src/model/kinds.ts';

const ROOT = join(import.meta.dirname, '..');
const DIR = join(ROOT, 'json-schema');
const files = [...jsonSchemaFiles()];

type JsonSchema = {
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
	anyOf?: JsonSchema[];
	additionalProperties?: JsonSchema | boolean;
	description?: string;
};

/** Every property of a JSON Schema, at any depth, by its dotted path (`[]` for a list's items). */
function properties(schema: JsonSchema, path = ''): [string, JsonSchema][] {
	const found: [string, JsonSchema][] = [];
	for (const [key, property] of Object.entries(schema.properties ?? {})) {
		found.push([`${path}${key}`, property], ...properties(property, `${path}${key}.`));
	}
	if (schema.items) found.push(...properties(schema.items, `${path.slice(0, -1)}[].`));
	for (const option of schema.anyOf ?? []) found.push(...properties(option, path));
	if (typeof schema.additionalProperties === 'object')
		found.push(...properties(schema.additionalProperties, `${path}*.`));
	return found;
}

/** Every field of a zod schema with examples, at any depth: its path, schema and examples. */
function documentedFields(schema: z.ZodType, path = ''): [string, z.ZodType, readonly unknown[]][] {
	const found: [string, z.ZodType, readonly unknown[]][] = [];
	for (const [key, field] of Object.entries(objectShapeAt(schema, []) ?? {})) {
		const { examples } = fieldDocs(field);
		if (examples) found.push([`${path}${key}`, field, examples]);
		found.push(...documentedFields(itemOf(field) ?? field, `${path}${key}.`));
	}
	return found;
}

describe('the JSON Schemas for editors', () => {
	it.each(files)(
		'%s is as npm run schemas writes it (run it after changing a schema)',
		(path, text) => {
			expect(readFileSync(join(ROOT, path), 'utf8')).toBe(text);
		},
	);

	it('are written for every kind with a YAML or frontmatter schema, and the config', () => {
		expect(files.map(([path]) => path).sort()).toEqual(
			[
				...KINDS.filter((k) => k.kind !== 'doc').map((k) => `json-schema/${k.kind}.schema.json`),
				'json-schema/config.schema.json',
			].sort(),
		);
	});

	it.each(files)('%s describes every field, at every depth, for the editor to show', (_, text) => {
		const undescribed = properties(JSON.parse(text) as JsonSchema)
			.filter(([, property]) => !property.description?.trim())
			.map(([path]) => path);
		expect(undescribed).toEqual([]);
	});

	it('carry the examples and titles written on the schemas', () => {
		const sop = JSON.parse(readFileSync(join(DIR, 'sop.schema.json'), 'utf8'));
		expect(sop.properties.owner).toMatchObject({
			title: 'Owner',
			examples: ['maria-lopez'],
			description: expect.stringContaining('accountable'),
		});
		// A field that holds dates keeps its examples, which zod leaves out by itself.
		expect(sop.properties.trained.examples).toEqual([
			[{ person: 'leo-fischer', on: '2026-05-04' }],
		]);
	});

	it('refuse unknown fields and describe dates as YYYY-MM-DD', () => {
		const sop = JSON.parse(readFileSync(join(DIR, 'sop.schema.json'), 'utf8'));
		expect(sop.additionalProperties).toBe(false);
		expect(sop.required).toEqual(['title', 'owner', 'last_reviewed']);
		expect(sop.properties.last_reviewed).toMatchObject({
			type: 'string',
			format: 'date',
			description: expect.stringContaining('YYYY-MM-DD'),
		});
		expect(sop.properties.backup.properties.trained_on).toMatchObject({
			type: 'string',
			format: 'date',
		});
	});
});

describe('the examples written on the schemas', () => {
	const schemas = [
		...KINDS.map((k) => [k.kind, k.schema] as const),
		['config', configSchema] as const,
	];

	it.each(schemas)('of %s are each accepted by their own field', (_, schema) => {
		const fields = documentedFields(schema);
		expect(fields.length).toBeGreaterThan(0);
		const refused = fields.flatMap(([path, field, examples]) =>
			examples
				.filter((example) => !field.safeParse(example).success)
				.map((example) => `${path}: ${JSON.stringify(example)}`),
		);
		expect(refused).toEqual([]);
	});
});
