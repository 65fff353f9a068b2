/**
 * `npm run docs:architecture`: draws the picture of the code's layers in
 * `docs/architecture.md` from `src/layers.ts`, the list `tests/architecture.test.ts`
 * enforces. Only the text between the picture's markers changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withLayerPicture } from '../src/layers.ts';

const doc = join(import.meta.dirname, '..', 'docs', 'architecture.md');
writeFileSync(doc, withLayerPicture(readFileSync(doc, 'utf8')));
process.stdout.write('Drew the layers in docs/architecture.md from src/layers.ts.\n');
