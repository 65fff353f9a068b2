/**
 * `npm run generate -- --sops 10000 --out DIR`: writes a large synthetic handbook
 * (`src/bench/generate-handbook.ts`), valid as of --today.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateHandbook } from '../src/bench/generate-handbook.ts';
import { plainDate } from '../src/schemas/date.ts';

const { values } = parseArgs({
	options: {
		sops: { type: 'string', default: '10000' },
		out: { type: 'string', default: '.bench/handbook' },
		today: { type: 'string', default: '2026-11-22' },
	},
});
const { files } = generateHandbook({
	sops: Number(values.sops),
	out: resolve(values.out),
	today: plainDate(values.today),
});
process.stdout.write(
	`Wrote ${files} files (${values.sops} SOPs) to ${values.out}; valid as of ${values.today}.\n`,
);
