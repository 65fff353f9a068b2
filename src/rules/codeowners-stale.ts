import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCodeowners, CODEOWNERS_PATH } from '../reports/codeowners.ts';
import type { Rule } from '../engine/rule.ts';

export const codeownersStale: Rule = {
	id: 'codeowners/stale',
	severity: 'error',
	description: '.github/CODEOWNERS no longer matches the owners and approvers in the handbook.',
	*check({ handbook }) {
		let current: string;
		try {
			current = readFileSync(join(handbook.root, CODEOWNERS_PATH), 'utf8');
		} catch {
			return; // No CODEOWNERS file: the handbook does not use one.
		}
		const expected = buildCodeowners(handbook).text;
		if (current.replace(/\r\n/g, '\n') === expected) return;
		const have = current.split(/\r?\n/);
		const want = expected.split('\n');
		const line = want.findIndex((l, i) => have[i] !== l);
		yield {
			file: CODEOWNERS_PATH,
			line: line === -1 ? 1 : line + 1,
			column: 1,
			message: `is out of date: ${line === -1 ? 'it has extra lines' : `line ${line + 1} should read "${want[line]}"`}, so a pull request would not ask the right reviewers.`,
			hint: 'Write it again from the handbook:\nnpm run handbook -- codeowners',
		};
	},
};
