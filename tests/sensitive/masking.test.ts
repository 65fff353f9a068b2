import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/check.ts';
import { formatReport } from '../../src/formats/index.ts';
import { FORMATS } from '../../src/formats/names.ts';
import { normalise } from '../../src/sensitive/normalise.ts';
import { redact, scanText } from '../../src/sensitive/scan.ts';
import { plainDate } from '../../src/schemas/date.ts';

const PROJECT = join(import.meta.dirname, '..', '..');

/** Values no output may show in full, and the digits that would give each away. */
const VALUES = [
	['4111 1111 1111 1111', /4111[^\d]?1111[^\d]?1111/],
	['021000021', /021000021/],
	['123-45-6789', /123[^\d]?45[^\d]?6789/],
	['12-3456789', /12[^\d]?3456789/],
	['483920175533', /48392017/],
] as const;

describe('one masking function for everything printed', () => {
	it('masks every text a report carries, in every format', () => {
		const value = (i: number) => VALUES[i % VALUES.length]![0];
		const report: Report = {
			today: plainDate('2026-11-22'),
			summary: { files: 1, errors: 1, warnings: 1 },
			diagnostics: [
				{
					rule: 'yaml/syntax',
					severity: 'error',
					file: `src/content/docs/${value(0).replace(/ /g, '')}.mdx`,
					line: 1,
					column: 1,
					message: `quotes ${value(1)} and ${value(2)}`,
					hint: `try ${value(3)}`,
				},
				{
					rule: 'links/broken',
					severity: 'warning',
					file: 'src/content/docs/x.mdx',
					line: 2,
					column: 1,
					message: `account ${value(4)}`,
					hint: `card ${value(0)}`,
				},
			],
			allowed: [
				{
					rule: 'sensitive/card-number',
					file: `src/content/${value(1)}.mdx`,
					line: 3,
					value: `a number ${value(2)}`,
					reason: `the real one is ${value(0)}`,
				},
			],
		};
		for (const format of FORMATS) {
			const out = formatReport(report, format, { color: format === 'pretty' });
			for (const [, shows] of VALUES) expect(out, format).not.toMatch(shows);
			expect(out, format).toContain('****1111');
		}
	});

	it('is the only way a report reaches a format', () => {
		const sources = (dir: string): string[] =>
			readdirSync(join(PROJECT, dir), { recursive: true, encoding: 'utf8' })
				.filter((f) => /\.(ts|mjs|astro)$/.test(f))
				.map((f) => join(dir, f));
		const bypass = [...sources('src'), ...sources('scripts')].filter((file) => {
			if (file.replace(/\\/g, '/') === 'src/formats/index.ts') return false;
			// A format module is reached through its folder (`../formats/pretty.ts`); other modules may share its name (`import/markdown.ts`).
			return (
				/from\s+['"][./]*formats\/(pretty|json|github|junit|markdown)\.ts['"]/.test(
					readFileSync(join(PROJECT, file), 'utf8'),
				) && !file.includes('formats/')
			);
		});
		expect(bypass.map((f) => relative(PROJECT, join(PROJECT, f)))).toEqual([]);
		const formats = readFileSync(join(PROJECT, 'src/formats/index.ts'), 'utf8');
		expect(formats).toMatch(
			/const masked = maskedReport\(unmasked\);\n\tif \(format === 'json'\) return formatJson\(masked\);\n\tconst report = printableReport\(masked\);/,
		);
	});

	it('is how every command error reaches the terminal', () => {
		const cli = readFileSync(join(PROJECT, 'scripts/handbook.ts'), 'utf8');
		expect(cli.match(/process\.stderr\.write\(/g)).toHaveLength(1);
		expect(cli).toMatch(
			/async function printError\(text: string\): Promise<void> \{\n[\s\S]*?\]\);\n\tprocess\.stderr\.write\(printableLines\(redact\(text\)\)\);\n\}/,
		);
	});

	it.each([
		'Routing #021000021, Acct #123456789012',
		'RTN#026009593',
		'Visa #4111111111111111',
		'5555.5555.5555.4444',
		'Checking 1234 5678 9012 3456',
		'Card ４１１１ １１１１ １１１１ １１１１',
		'EIN 12 3456789',
		'Employee 219-09-9999',
		'Invoice 4111 1111 1111 1111',
		'Card 1234 5678 9012 3452',
		'the value 4111 1111 1111 1111 cut short and named by nothing',
		'src/content/sops/4111111111111111.mdx',
		'https://example.com/wire?routing=021000021',
	])('masks %s, keeping only the last four digits, and masking twice changes nothing', (text) => {
		const once = redact(text);
		expect(once).toMatch(/\*\*\*\*\d{4}/);
		expect(normalise(once).text.replace(/\*\*\*\*\d{4}/g, '')).not.toMatch(/\d{5}|\d{4}[ .-]\d{4}/);
		expect(redact(once)).toBe(once);
	});

	it('masks secrets as [secret]', () => {
		expect(redact('pass: Summer2024!x, token ghp_abcdefghijklmnopqrstuvwxyz0123456789')).toBe(
			'pass: [secret], token [secret]',
		);
	});
});

describe('normalising before matching', () => {
	it("reads full-width and other scripts' digits, invisible characters and unusual separators as ASCII", () => {
		expect(normalise('４１１１\u200B１１١١\u00A0\u00A01111\u20131111\u00AD').text).toBe(
			'41111111 1111-1111',
		);
	});

	it('places a match on the text as written', () => {
		const text = 'Pay with ４１１１\u2009１１１１\u2009１１１１\u2009１１１１ today.';
		const [match] = scanText(text);
		expect(text.slice(match!.index, match!.index + match!.length)).toBe(
			'４１１１\u2009１１１１\u2009１１１１\u2009１１１１',
		);
		expect(redact(text)).toBe('Pay with ****1111 today.');
	});

	it('leaves plain text alone', () => {
		const text = 'Invoice 4471923 is due on 2026-11-22; call 555-0142.';
		expect(normalise(text).text).toBe(text);
		expect(redact(text)).toBe(text);
	});
});
