/**
 * Attacks on the secrets guard (issue 21, section 5): each plants a value where the site
 * publishes it and the guard once let it through. The check must find it on the right
 * line, and the scan of the built site must find it in what the site renders.
 */
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanBuiltSite } from '../../src/sensitive/scan-site.ts';
import { scanText } from '../../src/sensitive/scan.ts';
import { runCli } from '../support/cli.ts';
import { BASE, check, edit, SOP, TODAY, writeHandbook } from '../support/handbook.ts';

/** BASE's SOP with `line` added to the end of its body (line 30 of the file). */
const withLine = (line: string) => ({ [SOP]: `${BASE[SOP]!}\n${line}\n` });
/** BASE's SOP with `yaml` added to its frontmatter after `client: acme` (line 9). */
const withField = (yaml: string) => ({
	[SOP]: edit(BASE[SOP]!, 'client: acme', `client: acme\n${yaml}`),
});

/** `rule file:line` of every sensitive finding. */
const sensitive = (changes: Record<string, string>) =>
	check(changes)
		.diagnostics.filter((d) => d.rule.startsWith('sensitive/'))
		.map((d) => `${d.rule} ${d.file}:${d.line}`);

/** A built site with `files` in it. */
function site(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'handbook-dist-'));
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), content);
	}
	return dir;
}
const siteRules = (files: Record<string, string>) =>
	[
		...new Set(scanBuiltSite(site(files), new Set()).map((f) => `${f.match.rule} ${f.file}`)),
	].sort();
const page = (body: string, head = '') => ({
	'sops/x/index.html': `<!doctype html><html><head>${head}</head><body><main>${body}</main></body></html>`,
});

describe('frontmatter is judged as the site renders it', () => {
	it('finds a card in a summary written with a YAML escape', () => {
		expect(sensitive(withField(String.raw`summary: "Amex \x33782 822463 10005"`))).toEqual([
			`sensitive/card-number ${SOP}:9`,
		]);
	});

	it('finds a card in a summary written as a folded block that splits it over two lines', () => {
		expect(
			sensitive(
				withField('summary: >\n  Pay the renewal with Amex 3782 822463\n  10005 this week.'),
			),
		).toEqual([`sensitive/card-number ${SOP}:9`]);
	});

	it('finds a card in a tag written with YAML escapes', () => {
		expect(sensitive(withField(String.raw`tags: ["\x34111 1111 1111 1111"]`))).toEqual([
			`sensitive/card-number ${SOP}:9`,
		]);
	});

	it('scans the config, whose edit_url reaches every page', () => {
		const config = `${BASE['handbook.config.yaml']!}repository:\n  edit_url: "https://pay.example.com/{path}?routing=021000021&acct=483920175533"\n`;
		expect(sensitive({ 'handbook.config.yaml': config })).toEqual([
			'sensitive/account-number handbook.config.yaml:5',
			'sensitive/routing-number handbook.config.yaml:5',
		]);
	});

	it('finds a value in a person file field written with an escape', () => {
		expect(
			sensitive({
				'src/content/people/dev-rao.yaml':
					String.raw`name: "Dev Rao, acct \x34839 2017 5533"` + '\nroles: [bpa]\npod: east\n',
			}),
		).toEqual(['sensitive/account-number src/content/people/dev-rao.yaml:1']);
	});
});

describe('bodies are judged as a reader sees them', () => {
	it.each([
		['a character reference', 'Pay with &#52;111 1111 1111 1111.'],
		['a comment inside the number', 'Pay with 4111{/* x */}111111111111.'],
		['inline markup inside the number', 'Pay with 4111 **1111** 1111 1111.'],
		['a soft line break inside the number', 'Pay with 4111 1111\n1111 1111.'],
		[
			'a character reference in an allowed attribute',
			'Pay with the <abbr title="Card &#51;78282246310005">company card</abbr>.',
		],
		['its label in bold, glued to it', 'Pay with **Card**4111 1111 1111 1111.'],
	])('finds a card written with %s', (_, line) => {
		expect(sensitive(withLine(line))).toEqual([`sensitive/card-number ${SOP}:30`]);
	});

	it('reads raw HTML in a Markdown page as the browser shows it: inline tags joined, attributes read', () => {
		const page =
			'---\ntitle: Paying vendors\n---\n\nPay with 4111 <b>1111</b> 1111 1111 or card 4111<b>1111</b>11111111.\n\nOr the <abbr title="Card &#53;555 5555 5555 4444">other card</abbr>.\n';
		expect(sensitive({ 'src/content/docs/paying.md': page })).toEqual([
			'sensitive/card-number src/content/docs/paying.md:5',
			'sensitive/card-number src/content/docs/paying.md:7',
		]);
	});

	it('reads a right-to-left override as the reader sees it: 510000110 shows as the routing number 011000015', () => {
		expect(sensitive(withLine('Wire to \u202E510000110\u202C at First Harbor Bank.'))).toEqual([
			`sensitive/routing-number ${SOP}:30`,
		]);
	});

	it.each([
		['U+034F', '\u034F'],
		['U+3164', '\u3164'],
		['U+2800', '\u2800'],
	])('finds a card whose groups are split by %s', (_, char) => {
		expect(sensitive(withLine(`Pay with card 4111${char}1111${char}1111${char}1111.`))).toEqual([
			`sensitive/card-number ${SOP}:30`,
		]);
	});
});

describe('values the guard never looked for', () => {
	it.each([
		['an IBAN', 'Refunds go to DE89370400440532013000.', 'sensitive/account-number'],
		['a grouped IBAN', 'Refunds go to DE89 3704 0044 0532 0130 00.', 'sensitive/account-number'],
		[
			'an account number glued to its label',
			'Refunds go to acct987654321012.',
			'sensitive/account-number',
		],
		[
			'an account number in a file name',
			'Attach ACCT_987654321012_2026.pdf to the ticket.',
			'sensitive/account-number',
		],
		[
			'a password named a few words before its value',
			'Password for the Chase portal: Summer2024!x',
			'sensitive/secret',
		],
		['a PGP private key block', '-----BEGIN PGP PRIVATE KEY BLOCK-----', 'sensitive/secret'],
		[
			'an OpenAI project key',
			'Use sk-proj-4fT9kQ2mZx7LpR3vN8bW1cY6hJ0dS5gA for the export.',
			'sensitive/secret',
		],
		[
			'a Slack webhook',
			'Post to https://hooks.slack.com/services/T01ABCDEF/B02GHIJKL/aBcDeFgHiJkLmNoPqRsTuVwX.',
			'sensitive/secret',
		],
		[
			'an account number in the path of a link',
			'See [the statement](https://bank.example.com/accounts/987654321012/statements).',
			'sensitive/account-number',
		],
	])('finds %s', (_, line, rule) => {
		expect(sensitive(withLine(line))).toEqual([`${rule} ${SOP}:30`]);
	});

	it('finds two IBANs in one sentence, one written whole and one in groups', () => {
		const line = 'Refunds go to DE89370400440532013000 or GB82 WEST 1234 5698 7654 32 this week.';
		expect(sensitive(withLine(line))).toEqual([
			`sensitive/account-number ${SOP}:30`,
			`sensitive/account-number ${SOP}:30`,
		]);
	});

	it('never shows more than the last four characters of an IBAN', () => {
		const [found] = scanText('IBAN DE89370400440532013000');
		expect(found?.tail).toBe('3000');
	});
});

describe('the handbook-allow marker', () => {
	const CARD = 'Pay with 4111 1111 1111 1111.';
	it('counts only inside a comment', () => {
		expect(
			sensitive(
				withLine(
					`handbook-allow sensitive/card-number: the card networks publish this test number\n${CARD}`,
				),
			),
		).toEqual([`sensitive/card-number ${SOP}:31`]);
	});

	it('counts only inside a YAML comment, not inside a value', () => {
		const fields =
			'summary: "handbook-allow sensitive/card-number: the card networks publish it"\ntags: ["4111 1111 1111 1111"]';
		expect(sensitive(withField(fields))).toEqual([`sensitive/card-number ${SOP}:10`]);
	});

	it('needs a reason of a few words', () => {
		expect(
			sensitive(withLine(`{/* handbook-allow sensitive/card-number: test */}\n${CARD}`)),
		).toEqual([`sensitive/card-number ${SOP}:31`]);
	});

	it('allows the one value on its line or the next, not a second one there', () => {
		const report = check(
			withLine(
				`{/* handbook-allow sensitive/card-number: the card networks publish this test number */}\n${CARD} Or with 5555 5555 5555 4444.`,
			),
		);
		expect(report.diagnostics.map((d) => `${d.rule} ${d.line}`)).toEqual([
			'sensitive/card-number 31',
		]);
		expect(report.allowed?.map((a) => a.value)).toEqual(['a payment card number (ending 1111)']);
	});

	it('allows nothing two lines on', () => {
		expect(
			sensitive(
				withLine(
					`{/* handbook-allow sensitive/card-number: the card networks publish this test number */}\n\n${CARD}`,
				),
			),
		).toEqual([`sensitive/card-number ${SOP}:32`]);
	});
});

describe('check --cache', () => {
	it('keeps reporting a value hidden in a file that has not changed, when another file has', () => {
		const root = writeHandbook({ [SOP]: `${BASE[SOP]!}\nPay with 4111 **1111** 1111 1111.\n` });
		const location = mkdtempSync(join(tmpdir(), 'handbook-cache-'));
		const cached = () =>
			runCli(['check', '--root', root, '--today', TODAY, '--cache', '--cache-location', location]);
		expect(cached().stdout).toContain('(ending 1111)');
		appendFileSync(join(root, 'src/content/docs/index.mdx'), '\nAnd welcome again.\n');
		const again = cached();
		expect(again.code).toBe(1);
		expect(again.stdout).toContain('(ending 1111)');
	});
});

describe('the scan of the built site reads everything published', () => {
	it('reads <meta> content and og:description', () => {
		expect(
			siteRules(
				page(
					'<p>Nothing here.</p>',
					'<meta name="description" content="Amex 3782 822463 10005"><meta property="og:description" content="Amex 3782 822463 10005">',
				),
			),
		).toEqual(['sensitive/card-number sops/x/index.html']);
	});

	it('reads attribute values, character references decoded', () => {
		expect(siteRules(page('<p><abbr title="Card &#51;78282246310005">card</abbr></p>'))).toEqual([
			'sensitive/card-number sops/x/index.html',
		]);
	});

	it('reads a number split by a line break in a page that search does not index (a retired SOP)', () => {
		expect(siteRules(page('<p data-pagefind-ignore>Pay with 4111 1111\n1111 1111.</p>'))).toEqual([
			'sensitive/card-number sops/x/index.html',
		]);
	});

	it('reads a number in an inline element glued to the word before it, as search indexes a tag', () => {
		expect(
			siteRules(
				page('<p><span hidden>supplier · payee</span><span hidden>3530 1113 3330 0000</span></p>'),
			),
		).toEqual(['sensitive/card-number sops/x/index.html']);
	});

	it('reads every text asset', () => {
		expect(
			siteRules({
				'_astro/page.js': 'const routing = "021000021";',
				'_astro/page.css': '.x::after { content: "Card 4111 1111 1111 1111"; }',
				'feed.xml': '<item><description>Card 4111 1111 1111 1111</description></item>',
				'icon.svg': '<svg><title>Card 4111 1111 1111 1111</title></svg>',
				'robots.txt': 'Card 4111 1111 1111 1111',
			}),
		).toEqual([
			'sensitive/card-number _astro/page.css',
			'sensitive/card-number feed.xml',
			'sensitive/card-number icon.svg',
			'sensitive/card-number robots.txt',
			'sensitive/routing-number _astro/page.js',
		]);
	});

	it('reads bidi controls and ignorable characters as the browser shows them', () => {
		expect(
			siteRules(
				page(
					'<p>Wire to \u202E510000110\u202C and pay 4111\u2800\u034F1111\u2800\u31641111\u28001111.</p>',
				),
			),
		).toEqual([
			'sensitive/card-number sops/x/index.html',
			'sensitive/routing-number sops/x/index.html',
		]);
	});
});
