import { describe, expect, it } from 'vitest';
import { BASE, edit, SOP, TODAY, writeHandbook } from '../support/handbook.ts';
import { openSearch, search } from '../support/search.ts';
import { servedSite } from '../support/served-site.ts';

/** Markup a hostile author would try in every text field that may hold `<` and `>`: it must reach readers as text. */
const XSS = `"'><img src=x onerror=alert(1)><script>alert(2)</script><svg onload=alert(3)>`;

/**
 * A handbook that passes the check with a payload in every free-text field: summaries,
 * descriptions, review notes, tags, quiz text, escaped markup and code in bodies, link
 * titles and image alt text. Every page type is opened; not one dialog may fire.
 */
const HOSTILE = {
	[SOP]: edit(
		edit(
			BASE[SOP]!,
			'principles: [verify-first]\n',
			`principles: [verify-first]\nsummary: ${JSON.stringify(XSS)}\ntags: [${JSON.stringify(XSS)}]\nreviews:\n  - { date: 2026-10-01, by: cara-wu, note: ${JSON.stringify(XSS)} }\n`,
		),
		'1. Check the approvals.',
		`1. Check the approvals. \`${XSS}\` and &lt;script&gt;alert(4)&lt;/script&gt; and [link](https://example.com/ "${XSS.replace(/"/g, '')}")\n\n\`\`\`html\n${XSS}\n\`\`\``,
	),
	'src/content/training/csa/first-week.mdx': BASE[
		'src/content/training/csa/first-week.mdx'
	]!.replace(
		'principles: [verify-first]\n',
		`principles: [verify-first]\nquiz:\n  - question: ${JSON.stringify(XSS)}\n    options: [${JSON.stringify(XSS)}, "plain"]\n    answer: 0\n    explanation: ${JSON.stringify(XSS)}\n`,
	),
	'src/content/docs/index.mdx': `---\ntitle: Home\ndescription: ${JSON.stringify(XSS)}\n---\n\nWelcome. Start with [training](/training/csa/first-week/). ![&lt;img src=x onerror=alert(5)&gt;](https://example.com/x.png)\n`,
	'src/content/principles/verify-first.mdx': BASE[
		'src/content/principles/verify-first.mdx'
	]!.replace('summary: Check before money moves.', `summary: ${JSON.stringify(XSS)}`),
};

const PAGES = [
	'/',
	'/start-here/',
	'/sops/',
	'/sops/clients/acme/bill-run/',
	'/principles/',
	'/principles/verify-first/',
	'/training/',
	'/training/csa/first-week/',
	'/clients/',
	'/clients/acme/',
	'/people/',
	'/people/ana-silva/',
	'/pods/',
	'/pods/east/',
	'/coverage/',
	'/reviews/',
];

const site = servedSite('handbook-hostile-', () => ({
	HANDBOOK_ROOT: writeHandbook(HOSTILE),
	HANDBOOK_TODAY: TODAY,
}));

describe('a handbook with markup in every free-text field', () => {
	it('fires no dialog and holds no handler or script address on any page type, in the quiz, or in search', async () => {
		const dialogs: string[] = [];
		const page = await site.browser.newPage();
		page.on('dialog', (dialog) => {
			dialogs.push(`${page.url()}: ${dialog.message()}`);
			void dialog.dismiss();
		});
		for (const path of PAGES) {
			const response = await page.goto(site.base + path);
			expect(response?.status(), path).toBe(200);
			// What the browser built from the page: no handler attribute, no script the site did not write, no script address.
			const unsafe = await page.evaluate(() => [
				...[...document.querySelectorAll('*')].flatMap((el) =>
					[...el.attributes]
						.filter((a) => /^on/i.test(a.name))
						.map((a) => `${el.tagName} ${a.name}`),
				),
				...[...document.querySelectorAll('script')]
					.filter((s) => /alert\(/.test(s.textContent))
					.map(() => 'script'),
				...[...document.querySelectorAll('[href],[src]')]
					.filter((el) =>
						/^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
					)
					.map((el) => el.tagName),
			]);
			expect(unsafe, path).toEqual([]);
		}
		// The payload text is shown as text where it belongs.
		await page.goto(`${site.base}/sops/clients/acme/bill-run/`);
		await expect(page.locator('main').innerText()).resolves.toContain('<script>alert(4)</script>');
		// Answer the quiz, which shows the explanation.
		await page.goto(`${site.base}/training/csa/first-week/`);
		await page.locator('main input[type="radio"]').first().check();
		// Search, which renders titles, excerpts and filter labels from the index.
		await page.goto(site.base + '/');
		await openSearch(page);
		expect(await search(page, 'approvals')).not.toEqual([]);
		expect(dialogs).toEqual([]);
		await page.close();
	}, 120_000);
});
