import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE, edit, SOP, TODAY, writeHandbook } from '../support/handbook.ts';
import { servedSite } from '../support/served-site.ts';

/** A note that tries to be markup: it must reach readers, on the page and in the feed, as these words. */
const NOTE = `Bills over $5,000 go to the controller <img src=x onerror=alert(1)> & "quotes"`;

/** The example SOP with an older material change and a recent one (12 days before TODAY), its backup re-trained after it. */
const CHANGED = edit(
	edit(
		BASE[SOP]!,
		'last_reviewed: 2026-10-01\n',
		`last_reviewed: 2026-11-10\nreviews:\n  - { date: 2026-06-01, by: ana-silva, change: material, note: First cut-off at noon. }\n  - { date: 2026-09-01, by: cara-wu, note: Links fixed. }\n  - date: 2026-11-10\n    by: ana-silva\n    change: material\n    note: ${JSON.stringify(NOTE)}\n`,
	),
	'trained_on: 2026-01-10',
	'trained_on: 2026-11-12',
);

const site = servedSite('handbook-changes-', () => ({
	HANDBOOK_ROOT: writeHandbook({ [SOP]: CHANGED }),
	HANDBOOK_TODAY: TODAY,
}));

async function open(
	path: string,
	javaScript = true,
): Promise<{ page: Page; dialogs: string[]; close: () => Promise<void> }> {
	const context = await site.browser.newContext({ javaScriptEnabled: javaScript });
	const page = await context.newPage();
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.goto(`${site.base}${path}`);
	return { page, dialogs, close: () => context.close() };
}

const SOP_PAGE = '/sops/clients/acme/bill-run/';

describe('the SOP page after a material change', () => {
	it('shows the note once, in a banner, as text, with or without JavaScript', async () => {
		for (const javaScript of [true, false]) {
			const { page, dialogs, close } = await open(SOP_PAGE, javaScript);
			expect(await page.getByRole('note', { name: 'Recent change' }).textContent()).toBe(
				`Changed on 10 Nov 2026: ${NOTE}`,
			);
			// Above the procedure the note is said once (the review log below keeps the history).
			expect(
				await page.locator('main :is(aside, .revision)').filter({ hasText: NOTE }).count(),
			).toBe(1);
			expect(await page.locator('main img[src="x"]').count()).toBe(0);
			expect(await page.locator('#changed-2026-06-01').textContent()).toContain(
				'Material change: First cut-off at noon.',
			);
			expect(dialogs).toEqual([]);
			await close();
		}
	});

	it('says "changed since you last read it" to a reader who opened an older revision, once', async () => {
		const { page, close } = await open(SOP_PAGE);
		const notice = page.getByRole('note', { name: 'Changed since you last read it' });
		// First visit: nothing to compare with, so the banner says what it says to everyone.
		expect(await notice.count()).toBe(0);
		expect(await page.getByRole('note', { name: 'Recent change' }).isVisible()).toBe(true);
		// The reader last opened it on 3 November, before the change of the 10th.
		await page.evaluate(() =>
			localStorage.setItem(
				'handbook:last-read',
				JSON.stringify({ 'clients/acme/bill-run': { revision: '2026-06-01', day: '2026-11-03' } }),
			),
		);
		await page.reload();
		expect(await notice.textContent()).toBe(
			`Changed since you last read it on 3 Nov 2026: ${NOTE}`,
		);
		expect(await notice.isVisible()).toBe(true);
		expect(await page.locator('main :is(aside, .revision)').filter({ hasText: NOTE }).count()).toBe(
			1,
		);
		// Now read: the next visit shows the banner everyone sees.
		await page.reload();
		expect(await notice.count()).toBe(0);
		await close();
	});
});

describe('the feed of changes', () => {
	it('is well-formed RSS with one item per material change, newest first, and notes that stay text', async () => {
		const { page, close } = await open('/changes/');
		const feed = await page.evaluate(async () => {
			const text = await (await fetch('/changes.xml')).text();
			const xml = new DOMParser().parseFromString(text, 'application/xml');
			const items = [...xml.querySelectorAll('channel > item')];
			return {
				errors: xml.getElementsByTagName('parsererror').length,
				root: xml.documentElement.nodeName,
				items: items.map((item) => {
					const description = item.querySelector('description')?.textContent ?? '';
					// A feed reader shows the description as HTML.
					const shown = new DOMParser().parseFromString(description, 'text/html');
					return {
						title: item.querySelector('title')?.textContent,
						link: item.querySelector('link')?.textContent,
						shown: shown.body.textContent,
						elements: shown.body.querySelectorAll('*').length,
					};
				}),
			};
		});
		expect(feed.errors).toBe(0);
		expect(feed.root).toBe('rss');
		expect(feed.items).toEqual([
			{
				title: 'Acme weekly bill run: changed on 2026-11-10',
				link: 'http://localhost:4321/sops/clients/acme/bill-run/#changed-2026-11-10',
				shown: NOTE,
				elements: 0,
			},
			{
				title: 'Acme weekly bill run: changed on 2026-06-01',
				link: 'http://localhost:4321/sops/clients/acme/bill-run/#changed-2026-06-01',
				shown: 'First cut-off at noon.',
				elements: 0,
			},
		]);
		await close();
	});
});

describe('What changed', () => {
	it('lists material changes newest first and filters by client, pod and role as plain pages', async () => {
		const { page, dialogs, close } = await open('/changes/', false);
		expect(
			await page
				.locator('[data-change-sop]')
				.evaluateAll((items) => items.map((li) => li.getAttribute('data-change-date'))),
		).toEqual(['2026-11-10', '2026-06-01']);
		expect(await page.locator('[data-change-sop] p').first().textContent()).toBe(NOTE);
		for (const name of ['Acme Dental', 'Pod East', 'CSA']) {
			await page
				.getByRole('navigation', { name: 'Show the changes of' })
				.getByRole('link', { name, exact: true })
				.click();
			expect(await page.locator('[data-change-sop]').count()).toBe(2);
			await page.goBack();
		}
		expect(dialogs).toEqual([]);
		await close();
	});
});

describe('Start here', () => {
	it('lists, for the chosen track, the SOPs changed since the reader last read them', async () => {
		const { page, close } = await open('/start-here/');
		const item = page.locator('[data-track-changes="csa"] li[data-sop="clients/acme/bill-run"]');
		await page.evaluate(() =>
			localStorage.setItem(
				'handbook:last-read',
				JSON.stringify({ 'clients/acme/bill-run': { revision: '2026-06-01', day: '2026-11-03' } }),
			),
		);
		await page.reload();
		expect(await page.getByLabel('Your track').inputValue()).toBe('csa');
		expect(await item.textContent()).toBe(
			`Acme weekly bill run: changed since you last read it on 3 Nov 2026: ${NOTE}`,
		);
		expect(await item.isVisible()).toBe(true);
		// Once read at the current revision, it leaves the list.
		await page.goto(`${site.base}${SOP_PAGE}`);
		await page.goto(`${site.base}/start-here/`);
		expect(await item.isHidden()).toBe(true);
		await close();
	});

	it('shows a first-time reader with JavaScript the recent changes, and counts one as seen only once its SOP was opened', async () => {
		const { page, close } = await open('/start-here/');
		const box = page.locator('[data-track-changes="csa"]');
		const item = box.locator('li[data-sop="clients/acme/bill-run"]');
		expect(await item.isVisible()).toBe(true);
		expect(await item.textContent()).toBe(`Acme weekly bill run: changed on 10 Nov 2026: ${NOTE}`);
		// Coming back to Start here does not make the change seen.
		await page.reload();
		expect(await item.isVisible()).toBe(true);
		// Opening the SOP does.
		await page.goto(`${site.base}${SOP_PAGE}`);
		await page.goto(`${site.base}/start-here/`);
		expect(await item.isHidden()).toBe(true);
		expect(await box.locator('[data-none]').textContent()).toBe(
			'Nothing in this track changed since you last read it.',
		);
		await close();
	});

	it('lists the recent changes of every track without JavaScript', async () => {
		const { page, close } = await open('/start-here/', false);
		expect(
			await page
				.locator('[data-track-changes="csa"] li[data-sop="clients/acme/bill-run"]')
				.textContent(),
		).toBe(`Acme weekly bill run: changed on 10 Nov 2026: ${NOTE}`);
		await close();
	});
});
