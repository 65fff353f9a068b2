import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedSite } from '../support/served-site.ts';
import { SAMPLE_AS_OF, SAMPLE_ROOT } from '../support/sample.ts';
import { firstResult, pageWithSearch } from '../support/search.ts';

/** What readers of the sample handbook looked for and did not find, as they look for it now. */
const site = servedSite('handbook-reader-fixes-', () => ({
	HANDBOOK_ROOT: SAMPLE_ROOT,
	HANDBOOK_TODAY: SAMPLE_AS_OF,
}));

async function open(path: string): Promise<Page> {
	const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
	const response = await page.goto(site.base + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

describe('search', () => {
	let page: Page;
	beforeAll(async () => {
		page = await pageWithSearch(site);
	});
	afterAll(() => page.context().close());

	it.each([
		['update client SOP quarterly', '/sops/firm/updating-a-client-sop-in-the-browser/'],
		['complaint', '/sops/firm/client-feedback-and-complaints/'],
		['platform enablement', '/sops/firm/platform-enablement/'],
		['training others', '/training/csa/training-others/'],
	])('puts the page a reader means first for "%s"', async (query, path) => {
		await expect(firstResult(page, query)).resolves.toMatchObject({ path });
	});
});

describe('the handbook’s name', () => {
	it('is the same in the header and as the home page’s heading', async () => {
		const page = await open('/');
		const header = (await page.locator('.site-title').innerText()).trim();
		expect(header).toBe('Ledgerline Bill Pay Handbook');
		await expect(page.locator('h1').innerText()).resolves.toBe(header);
		await page.close();
	});
});

describe('Summit’s lien-waiver SOP', () => {
	it('is owned by an active colleague, with a backup trained on its current version and its change said at the top', async () => {
		const page = await open('/sops/clients/summit-hvac/lien-waivers/');
		const panel = page.getByRole('region', { name: 'Document control' });
		const value = (label: string) =>
			panel
				.locator('dt', { hasText: label })
				.first()
				.locator('xpath=following-sibling::dd[1]')
				.innerText();
		await expect(value('Owner')).resolves.toBe('Leo Fischer');
		await expect(value('Backup')).resolves.toBe('Aisha Karim · cross-trained 20 Nov 2026');
		await expect(page.locator('.status').first().textContent()).resolves.toBe(
			'Review status as of 20 Nov 2026: Current',
		);
		await expect(page.getByRole('note', { name: 'Recent change' }).textContent()).resolves.toMatch(
			/^Changed on 20 Nov 2026: Handed over from Carl Jensen/,
		);
		await expect(
			page.getByRole('heading', { name: 'What a valid waiver looks like' }).count(),
		).resolves.toBe(1);
		await page.close();
	});
});

describe('a role’s steps', () => {
	/** The steps a reader sees once they chose a role, as "number. text". */
	const visibleSteps = (page: Page) =>
		page
			.locator('#steps ~ ol > li')
			.evaluateAll((items) =>
				items
					.filter((li) => (li as HTMLElement).offsetParent !== null)
					.map((li) => `${(li as HTMLLIElement).value}. ${(li as HTMLElement).innerText}`),
			);

	it('show a BPA who checks a vendor record that they release its W9 hold, and a CSA who checks it the same', async () => {
		for (const [role, label] of [
			['bpa', 'BPA'],
			['csa', 'CSA'],
		] as const) {
			const holds = await open(`/sops/firm/holds/?steps=${role}`);
			const steps = await visibleSteps(holds);
			expect(steps.length).toBeGreaterThan(0);
			expect(
				steps.every((s) => s.includes(`${label}:`)),
				steps.join('\n'),
			).toBe(true);
			expect(
				steps.some((s) => /Release a W9 hold/.test(s)),
				steps.join('\n'),
			).toBe(true);
			await holds.close();
			const setup = await open(`/sops/firm/vendor-setup/?steps=${role}`);
			const setupSteps = await visibleSteps(setup);
			expect(
				setupSteps.some((s) => /release (?:the vendor.s|its) W9 holds/.test(s)),
				setupSteps.join('\n'),
			).toBe(true);
			await setup.close();
		}
	});
});
