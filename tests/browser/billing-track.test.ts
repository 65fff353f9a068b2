import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedSite } from '../support/served-site.ts';
import { SAMPLE_AS_OF, SAMPLE_ROOT } from '../support/sample.ts';
import { firstResult, pageWithSearch } from '../support/search.ts';

/**
 * The sample handbook as a law-firm billing specialist reads it: their onboarding track on
 * Start here, their SOPs found by the words they type, and their hand-off steps.
 */
const site = servedSite('handbook-billing-', () => ({
	HANDBOOK_ROOT: SAMPLE_ROOT,
	HANDBOOK_TODAY: SAMPLE_AS_OF,
}));

async function open(path: string): Promise<Page> {
	const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
	const response = await page.goto(site.base + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

describe('the billing specialists’ track on Start here', () => {
	it('lists its modules in order, each linking to its module page', async () => {
		const page = await open('/start-here/');
		const track = page.getByRole('region', { name: 'Law-firm billing specialists' });
		const modules = track.locator('ol.path > li .step a');
		await expect(modules.allInnerTexts()).resolves.toEqual([
			'The 13 + 1 principles and how we work',
			'The monthly billing cycle, business day by business day',
			"Applying a client's terms on the bill",
			'Opening clients and matters for billing, and eBilling',
			'Month-end figures the partners steer by',
			'Covering each other: hand-offs, partners and cross-training',
		]);
		await expect(
			modules.evaluateAll((links) =>
				links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
			),
		).resolves.toEqual([
			'/training/shared/principles-and-how-we-work/',
			'/training/billing-specialist/the-monthly-billing-cycle/',
			'/training/billing-specialist/caps-discounts-tiers-and-budgets/',
			'/training/billing-specialist/ebilling-and-new-matters/',
			'/training/billing-specialist/month-end-forecasts-and-reports/',
			'/training/billing-specialist/covering-each-other/',
		]);
		await expect(track.locator('[data-progress-count]').innerText()).resolves.toBe('0 of 6 done');
		await page.close();
	});

	it('sends the reader on from each module to the SOPs it teaches', async () => {
		const page = await open('/start-here/');
		const track = page.getByRole('region', { name: 'Law-firm billing specialists' });
		const after = (module: string) =>
			track
				.locator('ol.path > li', { has: page.getByRole('link', { name: module, exact: true }) })
				.locator('.then a')
				.allInnerTexts();
		await expect(after("Applying a client's terms on the bill")).resolves.toEqual([
			'Tier (volume) discounts on law-firm bills',
			'Matter budgets: tracking spend and warning partners',
		]);
		await expect(after('Month-end figures the partners steer by')).resolves.toEqual([
			'Month-end accruals: unbilled time (WIP) and client accrual requests',
			'Monthly billing forecast for a law-firm client',
			'Realization report and ad hoc billing reports',
			'Law-firm collections and A/R follow-up',
		]);
		await page.close();
	});

	it('ends every module of the track with a quiz of at least three questions', async () => {
		for (const module of [
			'the-monthly-billing-cycle',
			'caps-discounts-tiers-and-budgets',
			'ebilling-and-new-matters',
			'month-end-forecasts-and-reports',
			'covering-each-other',
		]) {
			const page = await open(`/training/billing-specialist/${module}/`);
			expect(await page.locator('form.question').count(), module).toBeGreaterThanOrEqual(3);
			await page.close();
		}
	});
});

describe('search, as a billing specialist types it', () => {
	let page: Page;
	beforeAll(async () => {
		page = await pageWithSearch(site);
	});
	afterAll(() => page.context().close());

	const QUERIES: [query: string, path: string][] = [
		['matter budget', '/sops/firm/matter-budgets/'],
		['accruals', '/sops/firm/law-firm-month-end-accruals/'],
		['realization', '/sops/firm/realization-and-ad-hoc-billing-reports/'],
		['tier discount', '/sops/firm/law-firm-tier-discounts/'],
		['volume discount', '/sops/firm/law-firm-tier-discounts/'],
		['billing forecast', '/sops/firm/law-firm-billing-forecast/'],
		['new matter', '/sops/firm/law-firm-client-and-matter-set-up/'],
	];
	it.each(QUERIES)('puts the SOP first for "%s"', async (query, path) => {
		const first = await firstResult(page, query);
		expect(first.path).toBe(path);
		expect(first.kind).toBe('Kind: SOP');
	});
});

describe('cover for the law-firm client', () => {
	it('shows two billing specialists able to run Marlowe & Pike’s billing cycle', async () => {
		const page = await open('/coverage/');
		const row = page.locator('tr', {
			has: page.getByRole('link', { name: 'Marlowe & Pike: monthly billing cycle and fee caps' }),
		});
		await expect(
			row.locator('ul.parts li', { hasText: 'Billing specialist' }).innerText(),
		).resolves.toBe('Billing specialist: Hannah Cole, Nora Quinlan');
		await page.close();
	});

	it('gives the billing specialist their own hand-off steps, partners told and out-of-office message included', async () => {
		const page = await open(
			'/sops/firm/coverage-hand-off-before-time-off/?steps=billing-specialist',
		);
		const visible = await page
			.locator('#steps ~ ol > li')
			.evaluateAll((items) =>
				items
					.filter((li) => (li as HTMLElement).offsetParent !== null)
					.map((li) => (li as HTMLElement).innerText),
			);
		expect(visible.length).toBeGreaterThanOrEqual(5);
		expect(visible.every((step) => step.startsWith('Billing specialist:'))).toBe(true);
		expect(visible.join('\n')).toMatch(/Tell the supervising partners ahead/);
		expect(visible.join('\n')).toMatch(/Name who covers each matter/);
		expect(visible.join('\n')).toMatch(/out-of-office message/);
		await page.close();
	});
});
