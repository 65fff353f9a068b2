import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/check.ts';
import { formatReport } from '../../src/formats/index.ts';
import { FORMATS } from '../../src/formats/names.ts';
import { describeSiteFinding, scanBuiltSite } from '../../src/sensitive/scan-site.ts';
import { scanText } from '../../src/sensitive/scan.ts';
import { runCli } from '../support/cli.ts';
import { BASE, check, edit, findings, SOP, TODAY, writeHandbook } from '../support/handbook.ts';

/** BASE's SOP with `line` added to the end of its body. */
const withLine = (line: string) => ({ [SOP]: `${BASE[SOP]!}\n${line}\n` });

describe('sensitive rules', () => {
	it('pass masked values and the base handbook', () => {
		expect(
			check(
				withLine(
					'Pay to the account ending 4821 (****4821); routing ending 0021; SSN XXX-XX-1234.',
				),
			).diagnostics,
		).toEqual([]);
	});

	it.each([
		['sensitive/routing-number', 'Wire to routing number 021000021 at First Harbor Bank.'],
		['sensitive/account-number', 'Deposit refunds into checking account 483920175533.'],
		['sensitive/card-number', 'Pay the renewal with card 4539 1488 0343 6467.'],
		['sensitive/ssn', "The contractor's SSN is 219-09-9999."],
		['sensitive/tax-id', 'Their EIN: 12-3456789.'],
		['sensitive/secret', 'Use token ghp_abcdefghijklmnopqrstuvwxyz0123456789 for the export.'],
	])('%s errors on the line of the value and shows at most its last four digits', (rule, line) => {
		const found = findings(check(withLine(line)), rule);
		expect(found).toHaveLength(1);
		expect(found[0]).toContain(`${SOP}:30:`);
		const digits = line.match(/\d[\d -]{5,}\d/)?.[0].replace(/\D/g, '');
		if (digits) expect(found[0]!.replace(/\D/g, '')).not.toContain(digits);
	});

	it('words the finding and the fix', () => {
		expect(
			findings(
				check(withLine('Wire to routing number 021000021 at First Harbor Bank.')),
				'sensitive/routing-number',
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:30:24 error: contains what looks like a bank routing number (ending 0021). The handbook is read by everyone and indexed by search.
			hint: Keep only the last four digits, e.g. "ending 0021" or ****0021. If it is truly safe (a published test number), mark the line before it:
			{/* handbook-allow sensitive/routing-number: <why this is safe> */}",
			]
		`);
	});

	it('scans the frontmatter too, with a YAML marker in the hint', () => {
		const changes = {
			[SOP]: edit(
				BASE[SOP]!,
				'client: acme',
				'client: acme\nsummary: "Refunds go to acct 483920175533."',
			),
		};
		expect(findings(check(changes), 'sensitive/account-number')[0]).toContain(
			'# handbook-allow sensitive/account-number: <why this is safe>',
		);
	});

	it('allows a value marked safe with a reason, and reports the marker and its reason', () => {
		const report = check(
			withLine(
				'{/* handbook-allow sensitive/card-number: the card network publishes this test number */}\nIn the sandbox, pay with 4111 1111 1111 1111.',
			),
		);
		expect(report.diagnostics).toEqual([]);
		expect(report.allowed).toEqual([
			{
				rule: 'sensitive/card-number',
				file: SOP,
				line: 31,
				value: 'a payment card number (ending 1111)',
				reason: 'the card network publishes this test number',
			},
		]);
	});

	it('does not accept a marker without a reason', () => {
		const found = findings(
			check(
				withLine('{/* handbook-allow sensitive/card-number */}\nPay with 4111 1111 1111 1111.'),
			),
			'sensitive/card-number',
		);
		expect(found[0]).toContain('Its handbook-allow marker gives no reason, so it does not count.');
	});
});

describe('no output repeats a full value', () => {
	const secrets = ['021000021', '483920175533', '4539148803436467', '219099999', '123456789'];
	const root = () =>
		writeHandbook({
			...withLine(
				'Wire to routing 021000021, account 483920175533. Card 4539 1488 0343 6467. SSN 219-09-9999. EIN 12-3456789.',
			),
			// A broken YAML line that holds a number: the syntax error quotes the line, masked.
			'src/content/people/dev-rao.yaml': 'name: "Dev Rao acct 483920175533\nroles: [bpa]\n',
		});
	it.each(['pretty', 'json', 'github', 'junit', 'markdown'])('in %s format', (format) => {
		const { stdout, stderr } = runCli([
			'check',
			'--root',
			root(),
			'--today',
			TODAY,
			'--format',
			format,
		]);
		const digitsOnly = (stdout + stderr).replace(/[^\d]/g, ' ');
		for (const value of secrets) expect(digitsOnly.replace(/ /g, '')).not.toContain(value);
		expect(stdout).toContain('ending 6467');
	});
});

describe('the published site scan', () => {
	function site(files: Record<string, string | Buffer>): string {
		const dir = mkdtempSync(join(tmpdir(), 'handbook-dist-'));
		for (const [path, content] of Object.entries(files)) {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), content);
		}
		return dir;
	}

	it('finds values in the HTML pages and in the search index, and lets allowed ones pass', () => {
		const card = '4539 1488 0343 6467';
		const dir = site({
			'sops/x/index.html': `<main><p>Routing number <strong>021000021</strong></p></main>`,
			'pagefind/fragment/en_1.pf_fragment': gzipSync(
				`pagefind_dcd{"content":"Pay with card ${card} today"}`,
			),
			'index.html': '<p>Nothing here: invoice 4471923.</p>',
		});
		expect(
			scanBuiltSite(dir, new Set())
				.map((f) => `${f.file} ${f.match.rule}`)
				.sort(),
		).toEqual([
			'pagefind/fragment/en_1.pf_fragment sensitive/card-number',
			'sops/x/index.html sensitive/routing-number',
		]);
		const allowed = new Set(scanText(`card ${card}`).map((m) => m.fingerprint));
		expect(scanBuiltSite(dir, allowed).map((f) => f.match.rule)).toEqual([
			'sensitive/routing-number',
		]);
		// The search index alone, as npm run build scans it once the index is written.
		expect(
			scanBuiltSite(dir, new Set(), 'pagefind').map((f) => `${f.file} ${f.match.rule}`),
		).toEqual(['pagefind/fragment/en_1.pf_fragment sensitive/card-number']);
	});
});

/** The rules a check reports for the SOP with `line` added, sorted. */
const rulesFor = (line: string) =>
	[...new Set(check(withLine(line)).diagnostics.map((d) => d.rule))].sort();

/** A built site with one page holding `html`. */
function sitePage(html: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'handbook-dist-'));
	mkdirSync(join(dir, 'sops', 'x'), { recursive: true });
	writeFileSync(join(dir, 'sops', 'x', 'index.html'), `<main><p>${html}</p></main>`);
	return dir;
}
const siteRules = (html: string) =>
	[...new Set(scanBuiltSite(sitePage(html), new Set()).map((f) => f.match.rule))].sort();

describe('the forms people write', () => {
	const card = ['sensitive/card-number'];
	it.each([
		[
			'Routing #021000021, Acct #123456789012',
			['sensitive/account-number', 'sensitive/routing-number'],
		],
		['RTN#026009593', ['sensitive/routing-number']],
		['Visa #4111111111111111', card],
		['5555.5555.5555.4444', card],
		['Checking 1234 5678 9012 3456', ['sensitive/account-number']],
		['Card ４１１１ １１１１ １１１１ １１１１', card],
		['Routing ０２１００００２１ at First Harbor Bank', ['sensitive/routing-number']],
		['Routing ٠٢١٠٠٠٠٢١', ['sensitive/routing-number']],
		['Card 4111\u200B1111\u200B1111\u200B1111', card],
		['Card 4111\u00A01111\u00A01111\u00A01111', card],
		['Card 4111\u20131111\u20131111\u20131111', card],
		['EIN 12 3456789', ['sensitive/tax-id']],
		['pass: Summer2024!x', ['sensitive/secret']],
		['Employee 219-09-9999', ['sensitive/ssn']],
		['Employee: 219-09-9999 starts Monday.', ['sensitive/ssn']],
		['Invoice 4111 1111 1111 1111', card],
		['Check 4111 1111 1111 1111 was declined.', card],
		['Invoice 10234 4111 1111 1111 1111', card],
		['Card 1234 5678 9012 3452', card],
	])('finds %s in a page and in the built site', (line, rules) => {
		expect(rulesFor(line)).toEqual(rules);
		expect(siteRules(line)).toEqual(rules);
	});

	it('reads digits written as character references or split by inline tags in the built site', () => {
		expect(siteRules('Card &#52;111&#8203;1111&#x2009;1111 1111')).toEqual([
			'sensitive/card-number',
		]);
		expect(siteRules('Routing 021<strong>000</strong>021')).toEqual(['sensitive/routing-number']);
	});

	it('errors on a card number in a file name, which is published in the address, and never prints it', () => {
		const name = 'src/content/docs/reference/4111111111111111.mdx';
		const report = check({ [name]: '---\ntitle: Test page\n---\n\nNothing sensitive here.\n' });
		const pretty = formatReport(
			{ ...report, diagnostics: report.diagnostics.filter((d) => d.rule.startsWith('sensitive/')) },
			'pretty',
			{ color: false },
		);
		expect(pretty.split('\n').slice(0, 3).join('\n')).toMatchInlineSnapshot(`
			"src/content/docs/reference/****1111.mdx
			  1:1     error    has what looks like a payment card number (ending 1111) in its file name, which is published in the page's address, in handbook.json and in search.  [sensitive/card-number]
			          hint: Rename the file so its name holds no such value; the name is its address and its entry in handbook.json, so no marker can allow it."
		`);
		for (const format of FORMATS)
			expect(formatReport(report, format, { color: false })).not.toMatch(/4111111111111111/);
	});

	it('finds a card number in the name of a built page', () => {
		const dir = sitePage('Nothing here.');
		mkdirSync(join(dir, 'reference', '4111111111111111'), { recursive: true });
		writeFileSync(
			join(dir, 'reference', '4111111111111111', 'index.html'),
			'<p>Nothing here either.</p>',
		);
		const found = scanBuiltSite(dir, new Set());
		expect(found.map((f) => f.match.rule)).toEqual(['sensitive/card-number']);
		expect(describeSiteFinding(found[0]!)).toBe(
			'reference/****1111/index.html (in its name): a payment card number (ending 1111) [sensitive/card-number]',
		);
	});
});

describe('no false alarms on real pages', () => {
	it.each([
		'Open the vendor list at https://docs.google.com/spreadsheets/d/1kQ3vX9bT2mYh7LrP0sWcA5eZ8uN4dJ6fG1iK3oM2qRs/edit#gid=710529923 for bank details.',
		'See https://helpx.adobe.com/acrobat/using/password-protect-a-pdf.html before emailing statements.',
		'Read https://docs.github.com/en/code-security/secret-scanning/about-secret-scanning first.',
		'![The scan settings](./images/secret-scan.png)',
		'The screenshot secret-scan.png shows where to click.',
		'Transaction 021000021 was returned by the bank.',
		'Invoice 021000021 was paid from the bank account on Friday.',
	])('%s gives no finding, in a page or in the built site', (line) => {
		expect(rulesFor(line)).toEqual([]);
		expect(siteRules(line)).toEqual([]);
	});
});

describe('never printing a full value', () => {
	// Markdown escapes the stars of a mask (they would be emphasis); the text is read as rendered, escapes removed.
	const formats = (root: string) =>
		FORMATS.map((format) => {
			const { stdout } = runCli(['check', '--root', root, '--today', TODAY, '--format', format]);
			return {
				stdout: format === 'markdown' ? stdout.replace(/\\([\\`*_{}[\]()<>#+!|~])/g, '$1') : stdout,
			};
		});
	const CARD = /4111[ .-]?1111[ .-]?1111/;

	it('masks the line a YAML syntax error quotes, before cutting it to length', () => {
		// Cut at 57 characters, this line keeps exactly 12 digits of the card.
		const line = 'name: "Dev Rao, the company card number is 4111 1111 1111 1111 on file';
		expect(line.slice(0, 57)).toMatch(/4111 1111 1111$/);
		const root = writeHandbook({ 'src/content/people/dev-rao.yaml': `${line}\nroles: [bpa]\n` });
		for (const { stdout } of formats(root)) {
			expect(stdout).toContain('****1111');
			expect(stdout).not.toMatch(CARD);
		}
	});

	it('does not let a marker allow a value written in its own reason, and masks reasons', () => {
		const report = check(
			withLine('{/* handbook-allow sensitive/card-number: real card is 4111 1111 1111 1111 */}'),
		);
		expect(findings(report, 'sensitive/card-number')).toHaveLength(1);
		expect(report.allowed).toBeUndefined();
		const root = writeHandbook(
			withLine(
				'{/* handbook-allow sensitive/card-number: test number; the real 5555 5555 5555 4444 is in the vault */}\nIn the sandbox, pay with 4111 1111 1111 1111.',
			),
		);
		for (const [i, { stdout }] of formats(root).entries()) {
			// JUnit lists failures only; every other format shows what a marker allowed, and why.
			if (FORMATS[i] !== 'junit') expect(stdout).toContain('the real ****4444 is in the vault');
			expect(stdout).not.toMatch(/5555[ .-]?5555[ .-]?5555/);
		}
		const { stdout } = runCli(['check', '--root', root, '--today', TODAY, '--format', 'json']);
		const json = JSON.parse(stdout) as Report;
		expect(json.diagnostics.map((d) => `${d.rule} ${d.line}`)).toEqual([
			'sensitive/card-number 30',
		]);
		expect(json.allowed?.map((a) => `${a.line} ${a.value}: ${a.reason}`)).toEqual([
			'31 a payment card number (ending 1111): test number; the real ****4444 is in the vault',
		]);
	});

	it('masks what review prints when a file cannot be read or an id is a number', () => {
		const root = writeHandbook({
			[SOP]: edit(
				BASE[SOP]!,
				'client: acme',
				'client: acme\nsummary: "Card 4111 1111 1111 1111 is the',
			),
		});
		const broken = runCli([
			'review',
			'clients/acme/bill-run',
			'--by',
			'ana-silva',
			'--root',
			root,
			'--today',
			TODAY,
		]);
		expect(broken.code).toBe(2);
		expect(broken.stderr).toContain('****1111');
		expect(broken.stderr).not.toMatch(CARD);
		const id = runCli([
			'review',
			'clients/acme/4111111111111111',
			'--by',
			'ana-silva',
			'--root',
			writeHandbook(),
			'--today',
			TODAY,
		]);
		expect(id.code).toBe(2);
		expect(id.stderr).toContain('****1111');
		expect(id.stderr).not.toMatch(CARD);
	});
});
