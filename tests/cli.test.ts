import { describe, expect, it } from 'vitest';
import { runCli as run } from './support/cli.ts';
import { BASE, edit, SOP, TODAY, writeHandbook } from './support/handbook.ts';

/** A handbook with an overdue SOP, a missing backup and a due-soon training module. */
function troubledHandbook(): string {
	const training = 'src/content/training/csa/first-week.mdx';
	return writeHandbook({
		[SOP]: edit(
			edit(BASE[SOP]!, 'last_reviewed: 2026-10-01', 'last_reviewed: 2026-06-01'),
			/backup:\n.*\n.*\n/,
			'',
		),
		[training]: edit(BASE[training]!, 'last_reviewed: 2026-09-01', 'last_reviewed: 2026-06-01'),
	});
}

describe('handbook check, as a command', () => {
	it('exits 0 and prints exactly one JSON document for a clean handbook', () => {
		const { code, stdout, stderr } = run([
			'check',
			'--root',
			writeHandbook(),
			'--today',
			TODAY,
			'--format',
			'json',
		]);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(JSON.parse(stdout)).toEqual({
			today: TODAY,
			summary: { files: 13, errors: 0, warnings: 0 },
			diagnostics: [],
		});
	});

	it('exits 1 with errors, sorted by file, line and rule, in the contract shape', () => {
		const { code, stdout } = run([
			'check',
			'--root',
			troubledHandbook(),
			'--today',
			TODAY,
			'--format',
			'json',
		]);
		expect(code).toBe(1);
		const report = JSON.parse(stdout);
		expect(Object.keys(report)).toEqual(['today', 'summary', 'diagnostics']);
		expect(report.summary).toEqual({ files: 13, errors: 2, warnings: 1 });
		expect(
			report.diagnostics.map(
				(d: { file: string; line: number; rule: string }) => `${d.file}:${d.line} ${d.rule}`,
			),
		).toEqual([
			`${SOP}:2 backup/missing`,
			`${SOP}:6 review/overdue`,
			'src/content/training/csa/first-week.mdx:5 review/due-soon',
		]);
		for (const d of report.diagnostics) {
			expect(Object.keys(d)).toEqual([
				'rule',
				'severity',
				'file',
				'line',
				'column',
				'message',
				'hint',
			]);
		}
	});

	it('judges the handbook on --today, else HANDBOOK_TODAY, with --today winning', () => {
		const root = writeHandbook();
		const json = (args: string[], env = {}) =>
			JSON.parse(run(['check', '--root', root, '--format', 'json', ...args], env).stdout);
		expect(json([], { HANDBOOK_TODAY: '2027-01-02' }).summary.errors).toBe(1);
		expect(json(['--today', '2026-11-22'], { HANDBOOK_TODAY: '2027-01-02' }).today).toBe(
			'2026-11-22',
		);
		expect(json(['--today', '2027-01-02']).diagnostics[0].rule).toBe('review/overdue');
	});

	it('widens the due-soon window with --warn-days', () => {
		const { stdout } = run([
			'check',
			'--root',
			writeHandbook(),
			'--today',
			TODAY,
			'--format',
			'json',
			'--warn-days',
			'60',
		]);
		expect(JSON.parse(stdout).summary.warnings).toBe(1);
	});

	it('prints a grouped report with a counted summary and the next step', () => {
		const { code, stdout } = run(['check', '--root', troubledHandbook(), '--today', TODAY]);
		expect(code).toBe(1);
		expect(stdout).not.toContain('\u001b[');
		expect(stdout).toContain(`${SOP}\n  2:1     error    has no backup.`);
		expect(stdout.split('\n').filter((l) => l.startsWith('✖') || l.startsWith('  Next:')))
			.toMatchInlineSnapshot(`
			[
			  "✖ 2 errors and 1 warning in 2 files; 13 files checked as of 2026-11-22.",
			  "  Next: 1 document is past review. Review each with its owner, then set last_reviewed and add an entry under reviews.",
			  "  Next: 1 SOP has no usable backup. Cross-train a colleague and record them under backup.",
			]
		`);
	});

	it('colours the report on FORCE_COLOR, never on FORCE_COLOR=0, NO_COLOR or a pipe, and NO_COLOR always wins', () => {
		const root = troubledHandbook();
		const check = (env: Record<string, string>) =>
			run(['check', '--root', root, '--today', TODAY], env);
		const forced = check({ FORCE_COLOR: '1' });
		expect(forced.stdout).toContain(`\u001b[4m${SOP}\u001b[24m`);
		expect(forced.stdout).toContain('\u001b[31merror  \u001b[39m');
		expect(forced.stdout).toContain('\u001b[33mwarning\u001b[39m');
		expect(forced.stdout).toContain('\u001b[1m\u001b[31m✖\u001b[39m 2 errors');
		for (const env of [
			{ FORCE_COLOR: '0' },
			{ NO_COLOR: '1' },
			{ FORCE_COLOR: '1', NO_COLOR: '1' },
			{},
		]) {
			const { stdout } = check(env);
			expect(stdout, JSON.stringify(env)).not.toContain('\u001b');
			expect(stdout, JSON.stringify(env)).toContain('✖ 2 errors and 1 warning in 2 files');
		}
	});

	it('writes GitHub annotations on the file and line', () => {
		const { stdout } = run([
			'check',
			'--root',
			troubledHandbook(),
			'--today',
			TODAY,
			'--format',
			'github',
		]);
		expect(stdout.split('\n')[1]).toMatch(
			/^::error file=src\/content\/sops\/clients\/acme\/bill-run\.mdx,line=6,col=1,title=review\/overdue::review is 82 days overdue/,
		);
		expect(stdout).toContain('::warning file=src/content/training/csa/first-week.mdx,line=5');
	});

	it('writes JUnit XML with a failure per error', () => {
		const { stdout } = run([
			'check',
			'--root',
			troubledHandbook(),
			'--today',
			TODAY,
			'--format',
			'junit',
		]);
		expect(stdout).toMatch(
			/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="handbook check" tests="3" failures="2"/,
		);
		expect(stdout.match(/<failure /g)).toHaveLength(2);
	});

	it('writes a Markdown summary for a pull request', () => {
		const { stdout } = run([
			'check',
			'--root',
			troubledHandbook(),
			'--today',
			TODAY,
			'--format',
			'markdown',
		]);
		expect(stdout).toContain('## ❌ Handbook check');
		expect(stdout).toContain(`| ❌ | \`${SOP}:6\` | review is 82 days overdue`);
	});

	it('reports broken files without a stack trace', () => {
		const root = writeHandbook({
			[SOP]: '---js\nmodule.exports = { title: "x" }\n---\n',
			'src/content/people/ben-ode.yaml': 'name: [unclosed\n',
			'src/content/principles/verify-first.mdx': 'No frontmatter at all.\n',
		});
		const { code, stdout, stderr } = run(['check', '--root', root, '--today', TODAY]);
		expect(code).toBe(1);
		expect(stderr).toBe('');
		expect(stdout).toContain('[frontmatter/unsafe]');
		expect(stdout).toContain('[yaml/syntax]');
		expect(stdout).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
	});

	it.each([
		[
			['check', '--root', '/nonexistent/handbook'],
			/is not a handbook root: it has no readable src\/content folder/,
		],
		[['check', '--frobnicate'], /Unknown option '--frobnicate'/],
		[
			['check', '--format', 'xml'],
			/--format is "xml"; use one of pretty, json, github, junit, markdown/,
		],
		[['check', '--today', '2026-02-30'], /--today is "2026-02-30", which is not a calendar date/],
		[['check', '--warn-days', 'soon'], /--warn-days is "soon"/],
		[['publish'], /unknown command "publish"/],
		[['check', '--today', ''], /--today is empty; give a date as YYYY-MM-DD/],
		// Every command reads the shared flags the same way.
		[
			['check', '--warn-days', '400'],
			/--warn-days is "400"; give a whole number of days from 0 to 366\./,
		],
		[
			['report', '--warn-days', '400'],
			/--warn-days is "400"; give a whole number of days from 0 to 366\./,
		],
		[
			['report', '--warn-days=-1'],
			/--warn-days is "-1"; give a whole number of days from 0 to 366\./,
		],
		[['report', '--today', ''], /--today is empty/],
		[['codeowners', '--today', 'tomorrow'], /--today is "tomorrow", which is not a calendar date/],
		[['report', '--format', 'xml'], /--format is "xml"; use one of markdown, json, csv/],
	])('exits 2 and says why when it cannot run: %j', (args, message) => {
		const { code, stdout, stderr } = run(args);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(message);
	});

	it('lists every rule with its severity', () => {
		const { code, stdout } = run(['rules']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^review\/overdue\s+error\s+Today is after the review due date\.$/m);
		expect(stdout).toMatch(/^review\/due-soon\s+warning\s+/m);
	});
});
