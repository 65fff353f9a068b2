import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GUIDE_ROUTE } from '../../src/model/routes.ts';
import { seriousViolations } from '../support/axe.ts';
import { TODAY, writeHandbook } from '../support/handbook.ts';
import { SAMPLE_AS_OF, SAMPLE_ROOT } from '../support/sample.ts';
import { LAPTOP, pageWithSearch, search } from '../support/search.ts';
import { servedSite, type ServedSite } from '../support/served-site.ts';

/** The guide for authors, as someone who writes SOPs reads it on the site. */
const site = servedSite('handbook-guide-', () => ({
	HANDBOOK_ROOT: SAMPLE_ROOT,
	HANDBOOK_TODAY: SAMPLE_AS_OF,
}));

const PHONE = { width: 390, height: 844 };

async function open(
	path: string,
	{ on = site, viewport = LAPTOP }: { on?: ServedSite; viewport?: typeof PHONE } = {},
): Promise<Page> {
	const page = await on.browser.newPage({ viewport });
	const response = await page.goto(on.base + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

describe('the guide for authors', () => {
	it('is in the sidebar under Reference, among the handbook’s own pages', async () => {
		const page = await open('/');
		const reference = page.locator('#starlight__sidebar details', {
			has: page.locator('summary', { hasText: /^\s*Reference\s*$/ }),
		});
		const links = await reference
			.locator(':scope > ul > li > a')
			.evaluateAll((as) => as.map((a) => (a as HTMLElement).innerText.trim()));
		expect(links).toEqual([
			'Glossary',
			'How to change an SOP',
			'Check rules',
			'Where our records are kept',
			'Writing the handbook',
		]);
		await reference.getByRole('link', { name: 'Writing the handbook' }).click();
		await page.waitForURL(`**${GUIDE_ROUTE}`);
		await expect(page.locator('h1').innerText()).resolves.toBe('Writing the handbook');
		await page.close();
	});

	it('has a section for each thing an author writes, with its examples as code', async () => {
		const page = await open(GUIDE_ROUTE);
		await expect(page.locator('main h2').allInnerTexts()).resolves.toEqual([
			'An SOP’s file',
			'The frontmatter fields',
			'The sections',
			'Changing an SOP',
			'Coverage: who can really run the work',
			'KPIs',
			'Client and contact fields',
			'The check’s rules',
		]);
		await expect(page.locator('main h3').allInnerTexts()).resolves.toEqual([
			'Results',
			'The SOP-maintenance KPI',
		]);
		// The example SOP and the example KPI, each a code block with its copy button.
		const blocks = page.locator('main .expressive-code pre');
		await expect(blocks.count()).resolves.toBe(2);
		await expect(blocks.first().innerText()).resolves.toContain('trained_on: 2026-06-08');
		// On a laptop the sections are listed beside the text, on this page.
		await expect(
			page.locator('.right-sidebar starlight-toc a', { hasText: 'The frontmatter fields' }).count(),
		).resolves.toBe(1);
		await page.close();
	});

	it('links only to pages and sections that are there', async () => {
		const page = await open(GUIDE_ROUTE);
		const links = await page
			.locator('main .sl-markdown-content a[href]')
			.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
		expect(links.length).toBeGreaterThan(5);
		for (const link of links) {
			const url = new URL(link, site.base + GUIDE_ROUTE);
			expect(url.origin, link).toBe(new URL(site.base).origin);
			const target = await open(url.pathname);
			if (url.hash)
				await expect(
					target.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).count(),
					link,
				).resolves.toBe(1);
			await target.close();
		}
		await page.close();
	});

	it('is linked from Start here and from How to change an SOP', async () => {
		for (const path of ['/start-here/', '/reference/how-to-change-an-sop/']) {
			const page = await open(path);
			const link = page
				.locator('main')
				.getByRole('link', { name: /writing the handbook|every field/i })
				.first();
			expect(new URL((await link.getAttribute('href'))!, site.base).pathname, path).toBe(
				GUIDE_ROUTE,
			);
			await page.close();
		}
	});

	it.each([
		['frontmatter'],
		['backup trained_on'],
		['superseded_by'],
		['KPI results'],
		['writing an SOP'],
		['run_day'],
	])('is among the first three results of a search for "%s", as a guide', async (query) => {
		const page = await pageWithSearch(site);
		const top = (await search(page, query)).slice(0, 3);
		expect(top, query).toContainEqual(
			expect.objectContaining({ path: GUIDE_ROUTE, kind: 'Kind: Guide' }),
		);
		await page.context().close();
	});

	it.each([
		['laptop', LAPTOP],
		['phone', PHONE],
	])('passes axe and does not scroll sideways (%s)', async (_width, viewport) => {
		const page = await open(GUIDE_ROUTE, { viewport });
		await expect(seriousViolations(page)).resolves.toEqual([]);
		await expect(
			page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
		).resolves.toBeLessThanOrEqual(0);
		await page.close();
	});
});

/** A firm's own handbook, with no Reference pages of its own and no rules page. */
const bare = servedSite('handbook-guide-bare-', () => ({
	HANDBOOK_ROOT: writeHandbook({}),
	HANDBOOK_TODAY: TODAY,
}));

describe('the guide in a handbook with no Reference pages', () => {
	it('is the Reference group on its own, and says nothing of a rules page it lacks', async () => {
		const page = await open(GUIDE_ROUTE, { on: bare });
		const reference = page.locator('#starlight__sidebar details', {
			has: page.locator('summary', { hasText: /^\s*Reference\s*$/ }),
		});
		await expect(reference.getByRole('link').allInnerTexts()).resolves.toEqual([
			'Writing the handbook',
		]);
		await expect(page.locator('a[href="/reference/rules/"]').count()).resolves.toBe(0);
		await expect(page.locator('main h2').last().innerText()).resolves.toBe(
			'Client and contact fields',
		);
		await page.close();
	});
});
