import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedSite } from '../support/served-site.ts';
import { SAMPLE_AS_OF, SAMPLE_ROOT } from '../support/sample.ts';
import { firstResult, pageWithSearch } from '../support/search.ts';

/** The sample handbook as a new payment operations analyst meets it. */
const site = servedSite('handbook-analyst-', () => ({
	HANDBOOK_ROOT: SAMPLE_ROOT,
	HANDBOOK_TODAY: SAMPLE_AS_OF,
}));

async function open(path: string, javaScriptEnabled = true): Promise<Page> {
	const context = await site.browser.newContext({
		viewport: { width: 1280, height: 900 },
		javaScriptEnabled,
	});
	const page = await context.newPage();
	const response = await page.goto(site.base + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

const close = (page: Page) => page.context().close();

/** The page a reader's search lists first, searching from the home page in a window of its own. */
async function firstPath(query: string): Promise<string> {
	const page = await pageWithSearch(site);
	const { path } = await firstResult(page, query);
	await close(page);
	return path;
}

describe('Start here, for a payment operations analyst', () => {
	it('offers the analysts’ track with its modules in order, and the SOPs to read after each', async () => {
		const page = await open('/start-here/');
		const track = page.locator('section[aria-labelledby="track-payment-analyst"]');
		await expect(track.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(
			'Payment operations analysts',
		);
		await expect(track.locator('ol.path > li .step > a').allInnerTexts()).resolves.toEqual([
			'The 13 + 1 principles and how we work',
			'The exception desk: tickets and triage',
			'Wires and virtual cards',
			'Paper checks and missing payments',
			'Lessons and escalation',
		]);
		await expect(track.locator('[data-progress-count]').innerText()).resolves.toBe('0 of 5 done');
		const thenRead = await track
			.locator('p.then a')
			.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		expect(thenRead).toEqual(
			expect.arrayContaining([
				'/sops/firm/payment-exceptions-and-returns/',
				'/sops/firm/wire-rejects/',
				'/sops/firm/wire-recalls/',
				'/sops/firm/card-declines/',
				'/sops/firm/returned-and-stale-dated-checks/',
				'/sops/firm/payment-trace/',
				'/sops/firm/exception-root-cause/',
				'/sops/firm/senior-pps-escalation/',
			]),
		);
		// The reader can pick the track to see what changed in it.
		await expect(
			page.getByLabel('Your track').locator('option').allInnerTexts(),
		).resolves.toContain('Payment operations analysts');
		await close(page);
	});

	it('lists the desk’s recent change to the exceptions SOP for the track, without JavaScript too', async () => {
		const page = await open('/start-here/', false);
		const change = page.locator(
			'[data-track-changes="payment-analyst"] li[data-sop="firm/payment-exceptions-and-returns"]',
		);
		await expect(change.innerText()).resolves.toMatch(
			/^Payment exceptions and returns: changed on 18 Nov 2026: The payment operations desk now triages and owns every exception ticket/,
		);
		await close(page);
	});

	it('opens a module with its quiz, which says why an answer is wrong', async () => {
		const page = await open('/training/payment-analyst/wires-and-virtual-cards/');
		const question = page.locator('form.question').nth(2);
		await question.getByLabel("Email the beneficiary's bank and ask them to return it").check();
		await question.getByRole('button', { name: 'Check answer' }).click();
		await expect(question.getByRole('status').innerText()).resolves.toContain('Not quite.');
		await expect(question.getByRole('status').innerText()).resolves.toContain(
			"A recall's chances fall by the hour.",
		);
		await close(page);
	});
});

describe('search, for the work of the payment operations desk', () => {
	it.each([
		['card decline', '/sops/firm/card-declines/'],
		['wire reject', '/sops/firm/wire-rejects/'],
		['wire recall', '/sops/firm/wire-recalls/'],
		['stale check', '/sops/firm/returned-and-stale-dated-checks/'],
		['stop and reissue', '/sops/firm/returned-and-stale-dated-checks/'],
		['trace a payment', '/sops/firm/payment-trace/'],
		['root cause', '/sops/firm/exception-root-cause/'],
		['senior payment processing specialist', '/sops/firm/senior-pps-escalation/'],
		['escalate to a senior specialist', '/sops/firm/senior-pps-escalation/'],
	])('finds the SOP first for "%s"', async (query, sop) => {
		await expect(firstPath(query)).resolves.toBe(sop);
	});
});

describe('the contact sheet', () => {
	it('names the senior payment processing specialists in a section of their own, with a phone number to call', async () => {
		const page = await open('/contacts/');
		await expect(
			page
				.getByRole('heading', { level: 2, name: 'Senior payment processing specialists' })
				.count(),
		).resolves.toBe(1);
		const section = page.getByRole('table', { name: 'Senior payment processing specialists' });
		await expect(section.locator('tbody tr').count()).resolves.toBe(2);
		for (const name of ['Victor Osei', 'Samuel Ortiz']) {
			const row = section.locator('tr', { has: page.getByRole('link', { name, exact: true }) });
			await expect(row.innerText()).resolves.toContain('Senior payment processing specialist');
			await expect(
				row.getByRole('link', { name: /^\+1 312 555 01\d\d$/ }).getAttribute('href'),
			).resolves.toMatch(/^tel:\+1312555013\d$/);
		}
		const lead = page
			.getByRole('table', { name: 'Pod leads, by pod' })
			.locator('tr', { has: page.getByText('Payment operations', { exact: true }) });
		await expect(lead.innerText()).resolves.toContain('Victor Osei');
		await close(page);
	});
});
