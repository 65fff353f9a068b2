/**
 * Property test of the secrets guard: a sensitive value hidden in any carrier the site
 * renders (YAML escapes and block scalars, character references, inline markup, comments,
 * soft line breaks, attributes, bidi controls and invisible characters) is always found, by
 * the check and by the scan of the built site; an honest look-alike in the same carriers
 * never is.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../../src/check.ts';
import { luhn } from '../../src/sensitive/checksums.ts';
import { scanBuiltSite } from '../../src/sensitive/scan-site.ts';
import { buildSite } from '../support/build-site.ts';
import { BASE, SOP, TODAY, writeHandbook } from '../support/handbook.ts';

/** A Visa-shaped card number that passes the Luhn check, or (`valid` false) one that fails it. */
const cardNumber = (valid: boolean) =>
	fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 14, maxLength: 14 }).map((body) => {
		const stem = `4${body.join('')}`;
		const check = Array.from('0123456789').find((d) => luhn(stem + d) === valid)!;
		return stem + check;
	});

/** Invisible characters, by property: each is dropped by the scan and by the reader's eye. */
const INVISIBLE = [
	'\u200B',
	'\u200C',
	'\u2060',
	'\u034F',
	'\u3164',
	'\u115F',
	'\uFE0F',
	'\u00AD',
	'\u180E',
	'\uFEFF',
	'\u2061',
];

/** How each digit is written: as it is, or hidden in a way the page still shows as that digit. */
type Obfuscation = 'reference' | 'comment' | 'invisible' | 'markup';
/** Where the number stands. */
type Carrier =
	| 'summary-escape'
	| 'summary-folded'
	| 'summary-literal'
	| 'tags'
	| 'body'
	| 'soft-break'
	| 'attribute'
	| 'bidi';

interface Sample {
	carrier: Carrier;
	/** For each gap between digits (15 of them), how it is written. */
	gaps: (Obfuscation | 'none')[];
	invisible: string;
}

const sample = fc.record({
	carrier: fc.constantFrom<Carrier>(
		'summary-escape',
		'summary-folded',
		'summary-literal',
		'tags',
		'body',
		'soft-break',
		'attribute',
		'bidi',
	),
	gaps: fc.array(
		fc.constantFrom<Obfuscation | 'none'>(
			'none',
			'none',
			'reference',
			'comment',
			'invisible',
			'markup',
		),
		{ minLength: 15, maxLength: 15 },
	),
	invisible: fc.constantFrom(...INVISIBLE),
});

/** The number in groups of four, as people write a card. */
const grouped = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, '$1 ');

/** A YAML double-quoted string with some digits written as escapes. */
function yamlEscaped(text: string, s: Sample): string {
	let i = 0;
	return Array.from(text)
		.map((c) =>
			/\d/.test(c) && s.gaps[i++ % 15] !== 'none'
				? i % 2
					? `\\x${c.charCodeAt(0).toString(16)}`
					: `\\u00${c.charCodeAt(0).toString(16)}`
				: c,
		)
		.join('');
}

/** The body text of a number, each digit after the first written as the sample says; in MDX and as the site renders it. */
function bodyDigits(
	digits: string,
	s: Sample,
	inAttribute: boolean,
): { mdx: string; html: string } {
	let mdx = digits[0]!;
	let html = digits[0]!;
	for (let i = 1; i < digits.length; i++) {
		const gap = i % 4 === 0 ? ' ' : '';
		const d = digits[i]!;
		const how = s.gaps[i - 1]!;
		if (how === 'reference') {
			mdx += `${gap}&#${d.charCodeAt(0)};`;
			html += `${gap}&#${d.charCodeAt(0)};`;
		} else if (how === 'comment' && !inAttribute) {
			mdx += `${gap}{/* x */}${d}`;
			html += `${gap}${d}`;
		} else if (how === 'invisible') {
			mdx += `${gap}${s.invisible}${d}`;
			html += `${gap}${s.invisible}${d}`;
		} else if (how === 'markup' && !inAttribute && gap === '' && s.gaps[i - 2] !== 'markup') {
			mdx += `**${d}**`;
			html += `<strong>${d}</strong>`;
		} else {
			mdx += gap + d;
			html += gap + d;
		}
	}
	return { mdx, html };
}

/** An SOP carrying `digits` as the sample says, and the HTML the site renders from it. */
function plant(digits: string, s: Sample, label: string): { sop: string; html: string } {
	const card = grouped(digits);
	let field = '';
	let body = '';
	let head = '';
	let html = '';
	switch (s.carrier) {
		case 'summary-escape':
			field = `summary: "${label} ${yamlEscaped(card, s)}"`;
			head = `<meta name="description" content="${label} ${card}">`;
			break;
		case 'summary-folded':
		case 'summary-literal':
			field = `summary: ${s.carrier === 'summary-folded' ? '>' : '|'}\n  ${label} ${card.slice(0, 9)}\n  ${card.slice(10)}`;
			head = `<meta name="description" content="${label} ${card.slice(0, 9)}\n${card.slice(10)}">`;
			break;
		case 'tags':
			field = `tags: ["${yamlEscaped(card, s)}"]`;
			html = `<li>${card}</li>`;
			break;
		case 'body': {
			const written = bodyDigits(digits, s, false);
			body = `${label} ${written.mdx}.`;
			html = `<p>${label} ${written.html}.</p>`;
			break;
		}
		case 'soft-break':
			body = `${label} ${card.slice(0, 9)}\n${card.slice(10)}.`;
			html = `<p>${label} ${card.slice(0, 9)}\n${card.slice(10)}.</p>`;
			break;
		case 'attribute': {
			const written = bodyDigits(digits, s, true);
			body = `See the <abbr title="${label} ${written.mdx}">card</abbr>.`;
			html = `<p>See the <abbr title="${label} ${written.html}">card</abbr>.</p>`;
			break;
		}
		case 'bidi': {
			// Written backwards inside a right-to-left override: the reader sees it the right way round.
			const backwards = `\u202E${Array.from(card).reverse().join('')}\u202C`;
			body = `${label} ${backwards}.`;
			html = `<p>${label} ${backwards}.</p>`;
			break;
		}
	}
	const sop = BASE[SOP]!.replace(
		'client: acme',
		field ? `client: acme\n${field}` : 'client: acme',
	).replace(/\n$/, `\n\n${body}\n`);
	return {
		sop,
		html: `<!doctype html><html><head>${head}</head><body><main>${html}</main></body></html>`,
	};
}

/** Checks a handbook holding every SOP, and says which of them have a sensitive finding. */
function flagged(sops: string[]): boolean[] {
	const files = Object.fromEntries(
		sops.map((text, i) => [`src/content/sops/prop/s-${i}.mdx`, text]),
	);
	const { report } = checkHandbook({ root: writeHandbook(files), today: TODAY });
	const found = new Set(
		report.diagnostics.filter((d) => d.rule.startsWith('sensitive/')).map((d) => d.file),
	);
	return sops.map((_, i) => found.has(`src/content/sops/prop/s-${i}.mdx`));
}

/** Scans a built site holding every page, and says which of them have a finding. */
function flaggedInSite(pages: string[]): boolean[] {
	const dir = mkdtempSync(join(tmpdir(), 'handbook-dist-'));
	pages.forEach((html, i) => {
		mkdirSync(join(dir, 'sops', `s-${i}`), { recursive: true });
		writeFileSync(join(dir, 'sops', `s-${i}`, 'index.html'), html);
	});
	const found = new Set(scanBuiltSite(dir, new Set()).map((f) => f.file));
	return pages.map((_, i) => found.has(`sops/s-${i}/index.html`));
}

/** Honest numbers in card-like places: a card number that fails the Luhn check, an invoice or order number of 8 or 12 digits. */
const lookAlike = fc.oneof(
	cardNumber(false),
	fc
		.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 7 })
		.map((d) => `1${d.join('')}`),
	fc
		.array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 })
		.map((d) => `7${d.join('')}`),
);

const BATCH = 20;

describe('a sensitive value in any carrier the site renders', () => {
	it('is always found by the check and by the scan of the built site', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(cardNumber(true), sample, fc.constantFrom('Card', 'Pay with', 'Visa', 'Use')),
					{ minLength: BATCH, maxLength: BATCH },
				),
				(items) => {
					const planted = items.map(([digits, s, label]) => plant(digits, s, label));
					const inCheck = flagged(planted.map((p) => p.sop));
					const inSite = flaggedInSite(planted.map((p) => p.html));
					const missed = planted.flatMap((p, i) => [
						...(inCheck[i] ? [] : [`check: ${JSON.stringify(p.sop.split('---')[2])}`]),
						...(inSite[i] ? [] : [`site: ${JSON.stringify(p.html)}`]),
					]);
					expect(missed).toEqual([]);
				},
			),
			{ numRuns: 40 },
		);
	});

	it('is never found when it is an honest look-alike: a number that fails the card check, in the same carriers', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(lookAlike, sample, fc.constantFrom('Invoice', 'Order', 'Ticket', 'Batch')),
					{ minLength: BATCH, maxLength: BATCH },
				),
				(items) => {
					const planted = items.map(([digits, s, label]) => plant(digits, s, label));
					const inCheck = flagged(planted.map((p) => p.sop));
					const inSite = flaggedInSite(planted.map((p) => p.html));
					const flaggedOnes = planted.flatMap((p, i) => [
						...(inCheck[i] ? [`check: ${JSON.stringify(p.sop.split('---')[2])}`] : []),
						...(inSite[i] ? [`site: ${JSON.stringify(p.html)}`] : []),
					]);
					expect(flaggedOnes).toEqual([]);
				},
			),
			{ numRuns: 40 },
		);
	});
});

describe('a build without the check in front', () => {
	it('refuses a site that would publish a value hidden in the summary, an attribute and a retired page search does not index', () => {
		const retired = `${BASE[SOP]!.replace('client: acme', 'client: acme\nstatus: retired\nsummary: "Amex \\x33782 822463 10005"')}\nPay with 4111 1111\n1111 1111 or the <abbr title="Card &#53;555 5555 5555 4444">other card</abbr>.\n`;
		const root = writeHandbook({ [SOP]: retired });
		const built = buildSite(join(root, 'dist'), { HANDBOOK_ROOT: root, HANDBOOK_TODAY: TODAY }, [
			'--config',
			'tests/support/pipeline-only.config.mjs',
		]);
		expect(built.code).not.toBe(0);
		expect(built.output).toContain('The built site would publish');
		for (const tail of ['0005', '1111', '4444'])
			expect(built.output).toContain(`(ending ${tail}) [sensitive/card-number]`);
		expect(built.output).not.toMatch(/3782 ?822463|4111 1111|5555 5555/);
	}, 240_000);
});
