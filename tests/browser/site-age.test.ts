import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE, TODAY, writeHandbook } from '../support/handbook.ts';
import { servedSite } from '../support/served-site.ts';

/**
 * The small handbook, kept in Chicago, built as of TODAY (Sunday 22 Nov 2026). The reader's
 * clock is the browser's, set by each test: never the real one.
 */
const site = servedSite('handbook-site-age-', () => ({
	HANDBOOK_ROOT: writeHandbook({
		'handbook.config.yaml': BASE['handbook.config.yaml']!.replace(
			'time_zone: UTC',
			'time_zone: America/Chicago',
		),
	}),
	HANDBOOK_TODAY: TODAY,
}));

/** A page as read by a browser whose clock says `now`. */
async function openAt(
	path: string,
	now: string,
	javaScript = true,
): Promise<{ page: Page; close: () => Promise<void> }> {
	const context = await site.browser.newContext({ javaScriptEnabled: javaScript });
	const page = await context.newPage();
	await page.clock.setFixedTime(new Date(now));
	await page.goto(`${site.base}${path}`);
	return { page, close: () => context.close() };
}

const STALE =
	/^This site judges the handbook as of Sunday 22 Nov 2026 \(America\/Chicago\), the date its build was asked to judge by, (\d+) days before today\./;

describe("the site's age", () => {
	it('says the build day and the time zone in the footer of every kind of page', async () => {
		for (const path of ['/', '/sops/clients/acme/bill-run/', '/reviews/', '/people/ana-silva/']) {
			const { page, close } = await openAt(path, '2026-11-22T15:00:00Z');
			await expect(page.locator('.built').innerText(), path).resolves.toBe(
				'Review statuses as of Sunday 22 Nov 2026 (America/Chicago), the date this build was asked to judge by.',
			);
			await close();
		}
	});

	it('shows no line on the review dashboard while the site is as fresh as its morning publish allows', async () => {
		// The next day, late in the evening in Chicago: already the 24th in UTC, still the 23rd there.
		for (const now of ['2026-11-22T15:00:00Z', '2026-11-24T05:30:00Z']) {
			const { page, close } = await openAt('/reviews/', now);
			await expect(page.getByRole('note', { name: 'Out of date' }).count(), now).resolves.toBe(0);
			await expect(page.locator('.stale-site').isVisible()).resolves.toBe(false);
			await close();
		}
	});

	it('says the site is out of date once a whole morning publish has been missed, counting days in the handbook time zone', async () => {
		// Midnight in Chicago on the 24th: two days after the build day.
		const { page, close } = await openAt('/reviews/', '2026-11-24T06:00:00Z');
		const line = page.getByRole('note', { name: 'Out of date' });
		await expect(line.isVisible()).resolves.toBe(true);
		const text = await line.innerText();
		expect(text).toMatch(STALE);
		expect(STALE.exec(text)?.[1]).toBe('2');
		expect(text).toContain('Reviews that have fallen due since then are not shown here.');
		await close();
		const later = await openAt('/reviews/', '2026-12-06T12:00:00Z');
		expect(
			STALE.exec(await later.page.getByRole('note', { name: 'Out of date' }).innerText())?.[1],
		).toBe('14');
		await later.close();
	});

	it('shows no line without JavaScript, however old the site is', async () => {
		const { page, close } = await openAt('/reviews/', '2027-03-01T12:00:00Z', false);
		await expect(page.locator('.stale-site').isVisible()).resolves.toBe(false);
		await expect(page.getByText('This site judges the handbook').count()).resolves.toBe(0);
		await close();
	});

	it('shows no line to a browser whose clock is behind the build', async () => {
		const { page, close } = await openAt('/reviews/', '2026-11-01T12:00:00Z');
		await expect(page.locator('.stale-site').isVisible()).resolves.toBe(false);
		await close();
	});
});
