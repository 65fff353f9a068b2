/**
 * The JSON Schemas `npm run schemas` writes into json-schema/, one per frontmatter kind and
 * one for the config, from the same zod schemas the check uses, so editors can complete and
 * validate while you type.
 */
import { z } from 'astro/zod';
import { configSchema } from '../schemas/config.ts';
import { KINDS } from '../model/kinds.ts';

/**
 * JSON Schema for one zod schema, as an author writes it (dates as YYYY-MM-DD text). Each
 * field's `.meta()` (title, description, examples) comes along from zod's global registry.
 */
export function toJsonSchema(schema: z.ZodType, title: string): Record<string, unknown> {
	const json = z.toJSONSchema(schema, {
		io: 'input',
		unrepresentable: 'any',
		override: ({ zodSchema, jsonSchema }) => {
			// A calendar date: text in YYYY-MM-DD form, or a date Astro's YAML parser made of it,
			// which JSON Schema cannot say. The field's own description stays.
			if (isStringOrAnything(jsonSchema.anyOf)) {
				delete jsonSchema.anyOf;
				Object.assign(jsonSchema, {
					type: 'string',
					format: 'date',
					pattern: '^\\d{4}-\\d{2}-\\d{2}$',
				});
			}
			// zod leaves out the examples of a field that holds a date, as they might not be what
			// an author writes; the handbook's examples are written as the author writes them.
			const examples = z.globalRegistry.get(zodSchema)?.examples;
			if (Array.isArray(examples) && jsonSchema.examples === undefined)
				jsonSchema.examples = examples;
		},
	}) as Record<string, unknown>;
	return { $schema: 'https://json-schema.org/draft/2020-12/schema', title, ...json };
}

const isStringOrAnything = (anyOf: unknown): boolean =>
	JSON.stringify(anyOf) === '[{"type":"string"},{}]';

/** Every JSON Schema file, by its path under the project root, with the text `npm run schemas` writes. */
export function jsonSchemaFiles(): Map<string, string> {
	const files = new Map<string, string>();
	const add = (name: string, schema: z.ZodType, title: string) =>
		files.set(
			`json-schema/${name}.schema.json`,
			`${JSON.stringify(toJsonSchema(schema, title), null, 2)}\n`,
		);
	for (const spec of KINDS)
		if (spec.kind !== 'doc') add(spec.kind, spec.schema, `Handbook ${spec.noun}`);
	add('config', configSchema, 'Handbook config');
	return files;
}
