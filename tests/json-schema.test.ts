import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '../scripts/schemas.ts';
import { configSchema } from '../src/schemas/config.ts';
import { KINDS } from '../src/model/kinds.ts';

const DIR = join(import.meta.dirname, '..', 'json-schema');

describe('the JSON Schemas for editors', () => {
	it.each(KINDS.filter((k) => k.kind !== 'doc').map((k) => [k.kind, k] as const))('match the zod schema for %s (run npm run schemas after changing one)', (kind, spec) => {
		const committed = JSON.parse(readFileSync(join(DIR, `${kind}.schema.json`), 'utf8'));
		expect(committed).toEqual(toJsonSchema(spec.schema, `Handbook ${spec.noun}`));
	});

	it('match the config schema', () => {
		expect(JSON.parse(readFileSync(join(DIR, 'config.schema.json'), 'utf8'))).toEqual(toJsonSchema(configSchema, 'Handbook config'));
	});

	it('refuse unknown fields and describe dates as YYYY-MM-DD', () => {
		const sop = JSON.parse(readFileSync(join(DIR, 'sop.schema.json'), 'utf8'));
		expect(sop.additionalProperties).toBe(false);
		expect(sop.required).toEqual(['title', 'owner', 'last_reviewed']);
		expect(sop.properties.last_reviewed).toMatchObject({ type: 'string', format: 'date' });
		expect(sop.properties.backup.properties.trained_on).toMatchObject({ type: 'string', format: 'date' });
	});
});
