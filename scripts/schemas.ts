/**
 * `npm run schemas`: writes a JSON Schema per frontmatter kind into json-schema/, from the
 * same zod schemas the check uses, so editors can complete and validate while you type.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { configSchema } from '../src/schemas/config.ts';
import { KINDS } from '../src/model/kinds.ts';

const OUT = resolve(import.meta.dirname, '..', 'json-schema');

/** JSON Schema for one zod schema, as an author writes it (dates as YYYY-MM-DD text). */
export function toJsonSchema(schema: z.ZodType, title: string): Record<string, unknown> {
	const json = z.toJSONSchema(schema, {
		io: 'input',
		unrepresentable: 'any',
		override: ({ zodSchema, jsonSchema }) => {
			const def = (zodSchema as unknown as { _zod: { def: { type: string } } })._zod.def;
			// A calendar date: text in YYYY-MM-DD form (Astro's parser may also hand it over as a date).
			if (def.type === 'union' && JSON.stringify(jsonSchema).includes('"type":"string"') && JSON.stringify(jsonSchema).includes('{}')) {
				for (const key of Object.keys(jsonSchema)) Reflect.deleteProperty(jsonSchema, key);
				Object.assign(jsonSchema, { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar date, YYYY-MM-DD.' });
			}
		},
	}) as Record<string, unknown>;
	return { $schema: 'https://json-schema.org/draft/2020-12/schema', title, ...json };
}

if (import.meta.main) {
	mkdirSync(OUT, { recursive: true });
	const written: string[] = [];
	for (const spec of KINDS) {
		if (spec.kind === 'doc') continue;
		const file = join(OUT, `${spec.kind}.schema.json`);
		writeFileSync(file, `${JSON.stringify(toJsonSchema(spec.schema, `Handbook ${spec.noun}`), null, 2)}\n`);
		written.push(`json-schema/${spec.kind}.schema.json`);
	}
	writeFileSync(join(OUT, 'config.schema.json'), `${JSON.stringify(toJsonSchema(configSchema, 'Handbook config'), null, 2)}\n`);
	written.push('json-schema/config.schema.json');
	process.stdout.write(`Wrote ${written.join(', ')}.\n`);
}
