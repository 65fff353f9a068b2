import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODEOWNERS_PATH } from '../paths.ts';
import { buildCodeowners } from '../reports/codeowners.ts';
import type { Rule } from '../engine/rule.ts';
import { edited } from './utils/base-handbook.ts';

/** The example handbook with GitHub handles for the two approvers. */
const WITH_HANDLES = {
	...edited('src/content/people/ana-silva.yaml', [
		'pod: east\n',
		'pod: east\ngithub: ana-silva-gh\n',
	]),
	...edited('src/content/people/cara-wu.yaml', [
		'roles: [supervisor, approver]\n',
		'roles: [supervisor, approver]\ngithub: cara-wu-gh\n',
	]),
};

const CURRENT_CODEOWNERS = `# Written by \`npm run handbook -- codeowners\` from the owners and approvers in the
# handbook. Do not edit by hand: change the documents, then run the command again.

# Every path not named below: code, config, workflows, people, clients and pages.
* @cara-wu-gh

/src/content/principles/replaceable.mdx @cara-wu-gh @ana-silva-gh
/src/content/principles/verify-first.mdx @cara-wu-gh @ana-silva-gh
/src/content/principles/write-it-down.mdx @cara-wu-gh @ana-silva-gh
/src/content/sops/clients/acme/bill-run.mdx @ana-silva-gh @cara-wu-gh
/src/content/training/csa/first-week.mdx @ana-silva-gh @cara-wu-gh

# Who reviews changes to this file.
/.github/CODEOWNERS @cara-wu-gh
`;

export const codeownersStale: Rule = {
	id: 'codeowners/stale',
	severity: 'error',
	description: '.github/CODEOWNERS no longer matches the owners and approvers in the handbook.',
	why: 'GitHub asks the people in CODEOWNERS to review a pull request; an out-of-date file would ask someone who has left, or nobody, to approve a change to an SOP.',
	fix: 'Write it again from the handbook with `npm run handbook -- codeowners`.',
	examples: {
		fails: [
			{
				title: 'a CODEOWNERS file written by hand',
				files: { ...WITH_HANDLES, '.github/CODEOWNERS': '/src/content/ @ana-silva-gh\n' },
				message:
					'is out of date: line 1 should read "# Written by `npm run handbook -- codeowners` from the owners and approvers in the", so a pull request would not ask the right reviewers.',
			},
		],
		passes: [
			{
				title: 'a CODEOWNERS file the command wrote',
				files: { ...WITH_HANDLES, '.github/CODEOWNERS': CURRENT_CODEOWNERS },
			},
			{ title: 'no `CODEOWNERS` file: the handbook does not use one', files: WITH_HANDLES },
		],
	},
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
