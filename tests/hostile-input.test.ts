import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../src/check.ts';
import { runCli } from './support/cli.ts';
import { BASE, check, edit, findings, SOP, TODAY, writeHandbook } from './support/handbook.ts';

/** Nine levels of nine aliases: 600 bytes that expand to nearly 400 million values. */
const BOMB = [
	'a: &a ["x","x","x","x","x","x","x","x","x"]',
	...'bcdefghi'
		.split('')
		.map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

describe('input made to exhaust time or memory', () => {
	it('refuses a YAML alias bomb in a people file, quickly, naming the first alias', () => {
		const report = check({
			'src/content/people/ana-silva.yaml': `name: Ana Silva\nroles: [csa, approver]\n${BOMB}\n`,
		});
		expect(findings(report, 'yaml/syntax')).toMatchInlineSnapshot(`
			[
			  "src/content/people/ana-silva.yaml:4:1 error: the frontmatter is not valid YAML: its aliases (*name) expand to more than 100,000 values, which no handbook file needs.
			hint: Write the values out instead of repeating them with & and * aliases.",
			]
		`);
	});

	it('refuses the same bomb in a page, so the build never starts on it', () => {
		const report = check({
			'src/content/docs/notes.mdx': `---\ntitle: Notes\n${BOMB}\n---\n\nText.\n`,
		});
		expect(
			report.diagnostics.filter((d) => d.rule === 'yaml/syntax').map((d) => `${d.file}:${d.line}`),
		).toEqual(['src/content/docs/notes.mdx:4']);
	});

	it('still reads honest aliases', () => {
		const report = check({
			'src/content/people/ana-silva.yaml':
				'name: Ana Silva\nroles: &r [csa, approver]\npod: east\n',
		});
		expect(findings(report, 'yaml/syntax')).toEqual([]);
	});
});

describe('text that is not what it seems', () => {
	it('refuses a file that is not UTF-8, naming the line of the first bad byte', () => {
		const root = writeHandbook();
		// "Caf\xe9" as Windows-1252 writes it: not UTF-8.
		writeFileSync(
			join(root, 'src/content/docs/notes.mdx'),
			Buffer.concat([
				Buffer.from('---\ntitle: Notes\n---\n\nFine line.\n'),
				Buffer.from([0x43, 0x61, 0x66, 0xe9]),
				Buffer.from(' au lait.\n'),
			]),
		);
		const report = checkHandbook({ root, today: TODAY }).report;
		expect(findings(report, 'file/encoding')).toMatchInlineSnapshot(`
			[
			  "src/content/docs/notes.mdx:6:1 error: is not UTF-8 text: line 6 holds bytes in another encoding, which the site would show as �.
			hint: Save the file as UTF-8 (in most editors: File, Save with encoding, UTF-8) and check the characters on that line.",
			]
		`);
	});
});

describe('nesting made to overflow the stack', () => {
	it.each([
		['4,000 nested quotes', `${'>'.repeat(4000)} deep\n`],
		[
			'a 3,000-level list',
			`${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n')}\n`,
		],
		['5,000 nested spans', `${'<span>'.repeat(5000)}x${'</span>'.repeat(5000)}\n`],
	])('reports %s as one finding, never a stack overflow', (_, body) => {
		const report = check({ 'src/content/docs/deep.mdx': `---\ntitle: Deep\n---\n\n${body}` });
		const deep = report.diagnostics.filter((d) => d.file === 'src/content/docs/deep.mdx');
		// One finding, on the line where the nesting passes the limit.
		expect(deep.map((d) => d.rule)).toEqual(['mdx/too-deep']);
		expect(deep[0]!.line).toBeGreaterThanOrEqual(5);
	});
});

describe('content text in what the tools print', () => {
	it('makes titles inert in the weekly report: no mention, link, image or table break', () => {
		const root = writeHandbook({
			[SOP]: edit(
				BASE[SOP]!,
				'title: Acme weekly bill run',
				'title: "Run @acme/finance-team [click](https://evil.example) ![x](https://evil.example/t.png) | #12"',
			).replace('last_reviewed: 2026-10-01', 'last_reviewed: 2026-08-25'),
		});
		const { code, stdout } = runCli(['report', '--root', root, '--today', TODAY]);
		expect(code).toBe(0);
		const line = stdout.split('\n').find((l) => l.includes('Run '))!;
		expect(line).toBe(
			'| Run @\u2060acme/finance-team \\[click\\]\\(https:\u2060//evil.example\\) \\!\\[x\\]\\(https:\u2060//evil.example/t.png\\) \\| \\#\u206012 (`src/content/sops/clients/acme/bill-run.mdx`) | 2026-11-25 | in 3 days |',
		);
	});
});

describe('control characters from content in what the tools print', () => {
	const forged =
		'src/content/sops/clients/acme/x\n::error file=forged.mdx::forged\n\u001b[31mred.mdx';

	it('writes out a line break and an escape sequence in a file name, so it neither forges a finding nor recolours the terminal', () => {
		const root = writeHandbook({ [forged]: BASE[SOP]! });
		for (const format of ['pretty', 'github', 'markdown', 'junit']) {
			const { code, stdout } = runCli([
				'check',
				'--root',
				root,
				'--today',
				TODAY,
				'--format',
				format,
			]);
			expect(code, format).toBe(1);
			expect(stdout, format).not.toContain('\u001b');
			expect(
				stdout.split('\n').filter((l) => l.startsWith('::error file=forged')),
				format,
			).toEqual([]);
			// Markdown escapes the backslashes and the bracket it writes them out with, so they show as written too.
			expect(stdout, format).toContain(
				format === 'markdown'
					? 'x\\\\n::error file=forged.mdx::forged\\\\n\\\\u001b\\[31mred'
					: 'x\\n::error file=forged.mdx::forged\\n\\u001b[31mred',
			);
		}
		const pretty = runCli(['check', '--root', root, '--today', TODAY]).stdout.split('\n');
		expect(pretty.filter((l) => l.startsWith('src/'))).toEqual([
			'src/content/sops/clients/acme/x\\n::error file=forged.mdx::forged\\n\\u001b[31mred.mdx',
		]);
	});

	it('keeps the real name in JSON, where the format escapes it', () => {
		const root = writeHandbook({ [forged]: BASE[SOP]! });
		const { stdout } = runCli(['check', '--root', root, '--today', TODAY, '--format', 'json']);
		const files = (JSON.parse(stdout) as { diagnostics: { file: string }[] }).diagnostics.map(
			(d) => d.file,
		);
		expect(files).toContain(forged);
	});

	it('writes a title that starts like a formula so a spreadsheet shows it instead of running it', () => {
		const root = writeHandbook({
			[SOP]: edit(
				BASE[SOP]!,
				'title: Acme weekly bill run',
				`title: '=HYPERLINK("https://evil.example","Open")'`,
			).replace('last_reviewed: 2026-10-01', 'last_reviewed: 2026-08-25'),
		});
		const { code, stdout } = runCli([
			'report',
			'--root',
			root,
			'--today',
			TODAY,
			'--format',
			'csv',
		]);
		expect(code).toBe(0);
		expect(stdout.split('\n').find((l) => l.includes('HYPERLINK'))).toBe(
			`review,clients/acme/bill-run,"'=HYPERLINK(""https://evil.example"",""Open"")",ana-silva,2026-11-25,3,due-soon,,,,,,`,
		);
	});
});

describe('files the check cannot reach', () => {
	it('reports a folder it cannot read, instead of silently leaving out every file in it', () => {
		// A path longer than the system allows cannot be listed, whoever runs the check (root reads folders chmod 000).
		const root = writeHandbook();
		const level = 'd'.repeat(200);
		const made = spawnSync('bash', [
			'-c',
			`mkdir -p "${join(root, 'src/content/docs')}" && cd "${join(root, 'src/content/docs')}" && for i in $(seq 24); do mkdir ${level} && cd ${level} || exit 1; done`,
		]);
		expect(made.stderr.toString()).toBe('');
		expect(made.status).toBe(0);
		const { code, stdout } = runCli(['check', '--root', root, '--today', TODAY]);
		expect(code).toBe(1);
		const lines = stdout.split('\n');
		const at = lines.findIndex((l) => l.startsWith('src/content/docs/ddd'));
		expect(lines.slice(at + 1, at + 3)).toEqual([
			'  1:1     error    is a folder the check cannot read (ENAMETOOLONG), so it is not read and may not be published.  [file/not-regular]',
			'          hint: Let the user who runs the check read it (chmod a+rX), or remove it.',
		]);
		expect(stdout).not.toContain('id/format');
	});
});
