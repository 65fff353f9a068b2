/**
 * `npm run schemas`: writes a JSON Schema per frontmatter kind into json-schema/
 * (`src/docs/json-schemas.ts`), so editors can complete and validate while you type.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { jsonSchemaFiles } from '../src/docs/json-schemas.ts';

const root = resolve(import.meta.dirname, '..');
const files = jsonSchemaFiles();
for (const [path, text] of files) {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), text);
}
process.stdout.write(`Wrote ${[...files.keys()].join(', ')}.\n`);
