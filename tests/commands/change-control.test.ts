import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { BASE, edit, SOP, TODAY, writeHandbook } from '../support/handbook.ts';

/**
 * Ways a branch could change an SOP's steps, or its review log, and still pass
 * `check --changed`: each is tried on a real repository, through the real command.
 */

const git = (root: string, ...args: string[]) =>
	execFileSync(
		'git',
		['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args],
		{ stdio: 'pipe' },
	).toString();

/** A repository with the example handbook (the SOP as `sop`) on main, and a branch `change` checked out. */
function repository(sop = BASE[SOP]!): string {
	const root = writeHandbook({ [SOP]: sop });
	git(root, 'init', '-q', '-b', 'main');
	git(root, 'add', '-A');
	git(root, 'commit', '-q', '-m', 'start');
	git(root, 'checkout', '-q', '-b', 'change');
	return root;
}

/** Replaces text in a file of the checkout, and commits it. */
function change(root: string, path: string, from: string, to: string): void {
	writeFileSync(join(root, path), edit(readFileSync(join(root, path), 'utf8'), from, to));
	git(root, 'commit', '-q', '-am', 'edit');
}

const RULES = ['review/unmarked-change', 'review/history-rewritten'];

/** The findings of the change-control rules, as `rule file:line message`. */
function changeControl(root: string): { code: number | null; lines: string[] } {
	const { code, stdout, stderr } = runCli([
		'check',
		'--changed',
		'--base',
		'main',
		'--format',
		'json',
		'--root',
		root,
		'--today',
		TODAY,
	]);
	if (stdout === '') return { code, lines: [stderr] };
	const report = JSON.parse(stdout) as {
		diagnostics: { rule: string; file: string; line: number; message: string }[];
	};
	return {
		code,
		lines: report.diagnostics
			.filter((d) => RULES.includes(d.rule))
			.map((d) => `${d.rule} ${d.file}:${d.line} ${d.message}`),
	};
}

const STEPS = ['2. Release the run.', '2. Release the run before 2 pm.'] as const;
const STEPS_CHANGED =
	'the text of "## Steps" changed on this branch, and no new review entry says whether the change is material or editorial.';

describe('check --changed finds the Steps section as the lint does', () => {
	it.each([
		['a setext heading', 'Steps\n-----', 21],
		['a heading indented one space', ' ## Steps', 21],
		['a heading in bold', '## **Steps**', 21],
	])('errors when a branch changes the steps under %s', (_, heading, line) => {
		const root = repository(edit(BASE[SOP]!, '## Steps', heading));
		expect(runCli(['check', '--root', root, '--today', TODAY]).code).toBe(0);
		change(root, SOP, ...STEPS);
		expect(changeControl(root)).toEqual({
			code: 1,
			lines: [`review/unmarked-change ${SOP}:${line} ${STEPS_CHANGED}`],
		});
	});

	it('does not count a heading rewritten from ATX to setext as a change of the steps', () => {
		const root = repository();
		change(root, SOP, '## Steps', 'Steps\n-----');
		expect(changeControl(root)).toEqual({ code: 0, lines: [] });
	});
});

describe('check --changed follows a moved SOP to its text on the base branch', () => {
	function move(root: string, to: string, how: 'git mv' | 'mv'): void {
		mkdirSync(dirname(join(root, to)), { recursive: true });
		if (how === 'git mv') git(root, 'mv', SOP, to);
		else renameSync(join(root, SOP), join(root, to));
		writeFileSync(join(root, to), edit(readFileSync(join(root, to), 'utf8'), ...STEPS));
		if (how === 'git mv') git(root, 'commit', '-q', '-am', 'move');
	}

	it('errors when the SOP moved to another folder with git mv and its steps changed', () => {
		const root = repository();
		const to = 'src/content/sops/firm/bill-run.mdx';
		move(root, to, 'git mv');
		expect(changeControl(root).lines).toEqual([`review/unmarked-change ${to}:21 ${STEPS_CHANGED}`]);
	});

	it('errors when the SOP was renamed from .mdx to .md and its steps changed', () => {
		const root = repository();
		const to = SOP.replace(/\.mdx$/, '.md');
		move(root, to, 'git mv');
		expect(changeControl(root)).toEqual({
			code: 1,
			lines: [`review/unmarked-change ${to}:21 ${STEPS_CHANGED}`],
		});
	});

	it('matches by id when the rename is not yet known to git (moved, not added)', () => {
		const root = repository();
		const to = SOP.replace(/\.mdx$/, '.md');
		move(root, to, 'mv');
		expect(changeControl(root)).toEqual({
			code: 1,
			lines: [`review/unmarked-change ${to}:21 ${STEPS_CHANGED}`],
		});
	});
});

/** The example SOP with a review log of two entries: a material change, then an editorial one. */
const WITH_LOG = edit(
	BASE[SOP]!,
	'last_reviewed: 2026-10-01\n',
	`last_reviewed: 2026-10-01
reviews:
  - date: 2026-01-05
    by: cara-wu
    change: material
    note: First approved version.
  - date: 2026-10-01
    by: ana-silva
    note: Checked the approval step.
`,
);
// The lines of WITH_LOG: `reviews:` on 10, the entries on 11 and 15; `## Steps` on 29.

describe('check --changed keeps the review log append-only', () => {
	it('passes a new entry appended after the old ones, on or after the last date', () => {
		const root = repository(WITH_LOG);
		change(root, SOP, ...STEPS);
		change(root, SOP, 'last_reviewed: 2026-10-01\n', 'last_reviewed: 2026-11-20\n');
		change(
			root,
			SOP,
			'    note: Checked the approval step.\n',
			'    note: Checked the approval step.\n  - date: 2026-11-20\n    by: ana-silva\n    change: editorial\n    note: Clearer wording.\n',
		);
		expect(changeControl(root)).toEqual({ code: 0, lines: [] });
	});

	it('errors when an old entry is edited to say change: editorial instead of a new one being added', () => {
		const root = repository(WITH_LOG);
		change(root, SOP, ...STEPS);
		change(
			root,
			SOP,
			'    by: ana-silva\n    note: Checked',
			'    by: ana-silva\n    change: editorial\n    note: Checked',
		);
		expect(changeControl(root)).toMatchInlineSnapshot(`
			{
			  "code": 1,
			  "lines": [
			    "review/history-rewritten src/content/sops/clients/acme/bill-run.mdx:15 the review entry of 2026-10-01 by ana-silva is changed on this branch (change: "editorial" added); past entries of the review log stay as they were.",
			    "review/unmarked-change src/content/sops/clients/acme/bill-run.mdx:30 the text of "## Steps" changed on this branch, and no new review entry says whether the change is material or editorial.",
			  ],
			}
		`);
	});

	it('errors when a past material change is rewritten as editorial', () => {
		const root = repository(WITH_LOG);
		change(root, SOP, '    change: material\n', '    change: editorial\n');
		expect(changeControl(root)).toMatchInlineSnapshot(`
			{
			  "code": 1,
			  "lines": [
			    "review/history-rewritten src/content/sops/clients/acme/bill-run.mdx:11 the review entry of 2026-01-05 by cara-wu is changed on this branch (change "material" → "editorial"); past entries of the review log stay as they were.",
			  ],
			}
		`);
	});

	it('errors when a past entry is deleted', () => {
		const root = repository(WITH_LOG);
		change(
			root,
			SOP,
			'  - date: 2026-01-05\n    by: cara-wu\n    change: material\n    note: First approved version.\n',
			'',
		);
		expect(changeControl(root)).toMatchInlineSnapshot(`
			{
			  "code": 1,
			  "lines": [
			    "review/history-rewritten src/content/sops/clients/acme/bill-run.mdx:11 the review entry of 2026-01-05 by cara-wu is gone on this branch; past entries of the review log stay as they were.",
			  ],
			}
		`);
	});

	it('errors when the last past entry is deleted, on the reviews line', () => {
		const root = repository(WITH_LOG);
		change(root, SOP, 'last_reviewed: 2026-10-01\n', 'last_reviewed: 2026-01-05\n');
		change(
			root,
			SOP,
			'  - date: 2026-10-01\n    by: ana-silva\n    note: Checked the approval step.\n',
			'',
		);
		expect(changeControl(root)).toMatchInlineSnapshot(`
			{
			  "code": 1,
			  "lines": [
			    "review/history-rewritten src/content/sops/clients/acme/bill-run.mdx:10 the review entry of 2026-10-01 by ana-silva is gone on this branch; past entries of the review log stay as they were.",
			  ],
			}
		`);
	});

	it('errors when a past entry is re-dated', () => {
		const root = repository(WITH_LOG);
		change(root, SOP, '  - date: 2026-01-05\n', '  - date: 2026-02-05\n');
		expect(changeControl(root)).toMatchInlineSnapshot(`
			{
			  "code": 1,
			  "lines": [
			    "review/history-rewritten src/content/sops/clients/acme/bill-run.mdx:11 the review entry of 2026-01-05 by cara-wu is changed on this branch (date "2026-01-05" → "2026-02-05"); past entries of the review log stay as they were.",
			  ],
			}
		`);
	});

	it('errors when a new entry is dated before the last one, and does not count it as saying which change it is', () => {
		const root = repository(WITH_LOG);
		change(root, SOP, ...STEPS);
		change(
			root,
			SOP,
			'    note: Checked the approval step.\n',
			'    note: Checked the approval step.\n  - date: 2026-09-20\n    by: ana-silva\n    change: editorial\n    note: Clearer wording.\n',
		);
		expect(changeControl(root)).toMatchInlineSnapshot(`
			{
			  "code": 1,
			  "lines": [
			    "review/history-rewritten src/content/sops/clients/acme/bill-run.mdx:18 the review entry of 2026-09-20 by ana-silva is new on this branch but dated before the last entry (2026-10-01); a new entry is dated on or after it.",
			    "review/unmarked-change src/content/sops/clients/acme/bill-run.mdx:33 the text of "## Steps" changed on this branch, and no new review entry says whether the change is material or editorial.",
			  ],
			}
		`);
	});

	it('errors when a new entry is put before the old ones', () => {
		const root = repository(WITH_LOG);
		change(
			root,
			SOP,
			'reviews:\n',
			'reviews:\n  - date: 2026-11-20\n    by: ana-silva\n    change: editorial\n    note: Clearer wording.\n',
		);
		expect(changeControl(root).lines).toEqual([
			`review/history-rewritten ${SOP}:11 the review entry of 2026-11-20 by ana-silva is new on this branch but stands before entries of the base branch; new entries go at the end of reviews.`,
		]);
	});

	it('errors when a renamed SOP rewrites its past', () => {
		const root = repository(WITH_LOG);
		const to = SOP.replace(/\.mdx$/, '.md');
		git(root, 'mv', SOP, to);
		change(root, to, '    change: material\n', '    change: editorial\n');
		expect(changeControl(root).lines).toEqual([
			expect.stringMatching(
				new RegExp(`^review/history-rewritten ${to.replace(/\./g, '\\.')}:11 `),
			),
		]);
	});
});
