import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE, edit, SOP, TODAY, writeHandbook } from '../support/handbook.ts';
import { servedSite } from '../support/served-site.ts';
import { SAMPLE_AS_OF, SAMPLE_ROOT } from '../support/sample.ts';
import { openSearch, pageWithSearch, search, shownResults } from '../support/search.ts';

const AS_OF = SAMPLE_AS_OF;

const site = servedSite('handbook-site-', () => ({
	HANDBOOK_ROOT: SAMPLE_ROOT,
	HANDBOOK_TODAY: AS_OF,
}));

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
	const page = await site.browser.newPage({ viewport });
	const response = await page.goto(site.base + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

/** The panel's value for a label, as a reader sees it. */
async function panelValue(page: Page, label: string): Promise<string> {
	const term = page
		.locator('section[aria-label="Document control"] dt', { hasText: label })
		.first();
	return (await term.locator('xpath=following-sibling::dd[1]').innerText()).trim();
}

describe('an SOP page', () => {
	it('shows at a glance who owns it, who backs it up and how current it is', async () => {
		const page = await open('/sops/firm/vendor-bank-detail-change/');
		await expect(page.locator('h1').innerText()).resolves.toBe(
			'Vendor bank-detail changes and call-back verification',
		);
		expect(await panelValue(page, 'Owner')).toBe('Dana Whitfield');
		expect(await panelValue(page, 'Backup')).toBe('Aisha Karim · cross-trained 20 Nov 2026');
		expect(await panelValue(page, 'Approvers')).toBe('Marcus Bell');
		expect(await panelValue(page, 'Last reviewed')).toBe('20 Nov 2026 (quarterly cycle)');
		expect(await panelValue(page, 'Next review due')).toBe('20 Feb 2027 (in 92 days)');
		// The badge says what it is to a screen reader, not only by colour.
		await expect(page.getByText('Review status as of 20 Nov 2026: Current').count()).resolves.toBe(
			1,
		);
		await expect(
			page.getByRole('link', { name: 'Edit this SOP' }).getAttribute('href'),
		).resolves.toBe(
			'https://github.com/ledgerline/ops-handbook/edit/main/src/content/sops/firm/vendor-bank-detail-change.mdx',
		);
		await expect(page.getByRole('heading', { name: 'Review log' }).count()).resolves.toBe(1);
		await page.close();
	});

	it('marks a due-soon SOP so it reads as due soon', async () => {
		const page = await open('/sops/firm/ebilling-portal-set-up/');
		await expect(page.getByText('Review status as of 20 Nov 2026: Due soon').count()).resolves.toBe(
			1,
		);
		expect(await panelValue(page, 'Next review due')).toBe('16 Dec 2026 (in 26 days)');
		await page.close();
	});

	it('sends a reader of a retired SOP to its replacement', async () => {
		const page = await open('/sops/firm/paper-check-run/');
		const banner = page.getByRole('note', { name: 'Retired SOP' });
		await expect(banner.innerText()).resolves.toContain(
			'Retired: do not use. Superseded by Weekly bill run.',
		);
		await expect(
			banner.getByRole('link', { name: 'Weekly bill run' }).getAttribute('href'),
		).resolves.toBe('/sops/firm/weekly-bill-run/');
		await page.close();
	});

	it('is not published while it is a draft', async () => {
		const response = await (
			await site.browser.newPage()
		).goto(`${site.base}/sops/firm/virtual-card-payments/`);
		expect(response?.status()).toBe(404);
	});
});

describe('search', () => {
	/** The pages a search from the home page lists, and that page, to close. */
	async function searchFromHome(query: string): Promise<{ page: Page; results: string[] }> {
		const page = await pageWithSearch(site);
		const results = (await search(page, query)).map((r) => r.path);
		return { page, results };
	}

	it('finds an SOP by a phrase from its body', async () => {
		const { page, results } = await searchFromHome('call-back to a number we already hold');
		expect(results[0]).toBe('/sops/firm/vendor-bank-detail-change/');
		await page.context().close();
	});

	it('does not find a retired SOP, though it finds the SOP that replaced it', async () => {
		const retired = await searchFromHome('office check stock');
		expect(retired.results).not.toContain('/sops/firm/paper-check-run/');
		await retired.page.context().close();
		const replacement = await searchFromHome('weekly bill run');
		expect(replacement.results).toContain('/sops/firm/weekly-bill-run/');
		expect(replacement.results).not.toContain('/sops/firm/paper-check-run/');
		await replacement.page.context().close();
	});

	it('offers filters by kind, client, owner and role, fetching their data only when a reader asks for them', async () => {
		const fetched: string[] = [];
		const page = await open('/');
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await openSearch(page);
		await search(page, 'bill run');
		// The first query has its results without any filter's values.
		await page.waitForTimeout(500);
		expect(fetched.filter((path) => path.endsWith('.pf_fragment')).length).toBeGreaterThan(0);
		await expect(page.locator('.pagefind-ui__filter-name').count()).resolves.toBe(0);
		expect(fetched.filter((path) => path.endsWith('.pf_filter'))).toEqual([]);
		await page
			.getByRole('button', { name: 'Filter results by kind, client, owner or role' })
			.click();
		// Pagefind draws each filter group as its values arrive, so a reader may see them one by one.
		const filters = async () =>
			(await page.locator('.pagefind-ui__filter-name').allInnerTexts()).map((f) =>
				f.trim().toLowerCase(),
			);
		await expect
			.poll(filters, { timeout: 15_000 })
			.toEqual(expect.arrayContaining(['kind', 'client', 'owner', 'role']));
		expect(fetched.filter((path) => path.endsWith('.pf_filter')).length).toBeGreaterThan(0);
		await page.locator('.pagefind-ui__filter-name', { hasText: /^kind$/i }).click();
		await page.locator('.pagefind-ui__filter-label', { hasText: 'Training' }).click();
		await page.waitForTimeout(500);
		const results = (await shownResults(page)).map((r) => r.path);
		expect(results.length).toBeGreaterThan(0);
		expect(results.every((r) => r.startsWith('/training/'))).toBe(true);
		await page.close();
	});
});

describe('onboarding', () => {
	it('keeps training progress across a reload', async () => {
		const page = await open('/start-here/');
		const box = page.getByRole('checkbox', { name: 'Done: Entering and matching bills' });
		await box.check();
		await page.reload();
		await expect(
			page.getByRole('checkbox', { name: 'Done: Entering and matching bills' }).isChecked(),
		).resolves.toBe(true);
		await expect(page.locator('#track-bpa + p strong').innerText()).resolves.toBe('1 of 6 done');
		// The same tick shows on the module's own page.
		await page.goto(`${site.base}/training/bpa/entering-and-matching-bills/`);
		await expect(
			page.getByRole('checkbox', { name: 'Done: Entering and matching bills' }).isChecked(),
		).resolves.toBe(true);
		await page.close();
	});

	it('gives immediate feedback and the explanation on a quiz answer', async () => {
		const page = await open('/training/bpa/vendor-setup-and-bank-changes/');
		const question = page.locator('form.question').first();
		await question.getByLabel('The one in the email').check();
		await question.getByRole('button', { name: 'Check answer' }).click();
		await expect(question.getByRole('status').innerText()).resolves.toContain('Not quite.');
		await expect(question.getByRole('status').innerText()).resolves.toContain(
			'A fraudster controls the number in their own email.',
		);
		await question.getByLabel('One we already had').check();
		await question.getByRole('button', { name: 'Check answer' }).click();
		await expect(question.getByRole('status').innerText()).resolves.toContain('Right.');
		await page.close();
	});
});

describe('control pages', () => {
	it('shows who is out when, and the gaps worst first, each with what to fix', async () => {
		const page = await open('/coverage/');
		const first = page.locator('h2#gaps + ol li').first();
		await expect(first.innerText()).resolves.toMatch(
			/^Summit Mechanical has one BPA \(Meera Iyer\) and no backup BPA .* Open Summit Mechanical$/,
		);
		// Meera Iyer is out from Thursday 24 to Thursday 31 December: written in her row, week by week, and as gaps in the first row.
		const meera = page.locator('table.calendar tr', {
			has: page.getByRole('link', { name: 'Meera Iyer', exact: true }),
		});
		await expect(meera.locator('td.out').allInnerTexts()).resolves.toEqual([
			'Out Thu–Fri',
			'Out Mon–Thu',
		]);
		await expect(meera.locator('td.out').first().getAttribute('title')).resolves.toBe(
			'Meera Iyer out on Thursday 24 Dec 2026, Friday 25 Dec 2026',
		);
		await expect(
			page.locator('table.calendar tr.uncovered td.gap').allInnerTexts(),
		).resolves.toEqual(['! Thu–Fri', '! Mon–Thu']);
		// The gaps in words a reader uses: days as they are said, no field names.
		const second = await page.locator('h2#gaps + ol li').nth(1).innerText();
		expect(second).toContain('on Thursday 24 Dec 2026 to Thursday 31 Dec 2026 (6 working days)');
		expect(second).not.toMatch(/backup_bpas|trained_roles|\b2026-12-/);
		// A firm-wide SOP trained by role: every active CSA can run its CSA part.
		const weekly = page.locator('h2#firm-wide + div tr', {
			has: page.getByRole('link', { name: 'Weekly bill run', exact: true }),
		});
		await expect(weekly.innerText()).resolves.toMatch(/CSA: 6 people/);
		// The window it covers, in words a reader can read.
		await expect(page.locator('main p').first().innerText()).resolves.toMatch(
			/Working days only: 20 Nov 2026 to 14 Jan 2027\.$/,
		);
		await expect(page.locator('table.calendar caption').innerText()).resolves.toBe(
			'Time off by week, 20 Nov 2026 to 14 Jan 2027',
		);
		await page.close();
	});

	it('fits every week of the calendar in the first view on a laptop, and keeps the pod labels in view on a phone', async () => {
		const page = await open('/coverage/');
		const fits = await page.evaluate(() => {
			const box = document.querySelector('.calendar-box')!;
			return box.scrollWidth <= box.clientWidth;
		});
		expect(fits).toBe(true);
		await expect(page.locator('table.calendar thead th.week').count()).resolves.toBe(9);
		await page.close();
		const phone = await open('/coverage/', { width: 390, height: 844 });
		await phone.locator('.calendar-box').evaluate((box) => box.scrollBy({ left: 300 }));
		const pod = await phone.locator('table.calendar .pod-name').first().boundingBox();
		expect(pod!.x).toBeGreaterThanOrEqual(0);
		expect(pod!.x).toBeLessThan(390);
		await phone.close();
	});

	it('keeps the calendar scrolling inside its own box on a phone, never the page', async () => {
		const page = await open('/coverage/', { width: 390, height: 844 });
		const widths = await page.evaluate(() => {
			const box = document.querySelector('.calendar-box')!;
			return {
				page: document.documentElement.scrollWidth,
				viewport: window.innerWidth,
				box: box.scrollWidth,
				boxVisible: box.clientWidth,
			};
		});
		expect(widths.page).toBeLessThanOrEqual(widths.viewport);
		expect(widths.box).toBeGreaterThan(widths.boxVisible);
		await page.close();
	});

	it("says on a person's page what they alone can run, and what breaks while they are out", async () => {
		const page = await open('/people/meera-iyer/');
		await expect(page.locator('h2#while-out + ul').innerText()).resolves.toBe(
			'24 Dec 2026 to 31 Dec 2026: no one else can run the BPA part of Summit Mechanical: lien waivers before paying subcontractors',
		);
		await expect(page.locator('h2#only-trained ~ ul').first().innerText()).resolves.toMatch(
			/Summit Mechanical: lien waivers before paying subcontractors\s+Review status as of 20 Nov 2026:\s*Current\s+\(BPA part\)/,
		);
		await page.close();
	});

	it('shows due-soon reviews by owner and a chart of the quarter', async () => {
		const page = await open('/reviews/');
		await expect(page.getByRole('heading', { name: 'Ruth Adeyemi (1)' }).count()).resolves.toBe(1);
		await expect(
			page.getByRole('img', { name: 'Reviews falling due per week' }).count(),
		).resolves.toBe(1);
		await page.close();
	});

	it('lists each client with its worst review status', async () => {
		const page = await open('/clients/');
		const row = page.locator('tr', {
			has: page.getByRole('link', { name: 'Tidewater Logistics' }),
		});
		await expect(row.innerText()).resolves.toMatch(
			/Review status as of 20 Nov 2026:\s*Current\s+Tom Brennan\s+Priya Raman\s+Arjun Mehta, Sofia Alvarez\s+Pod North\s+QuickBooks Online\s+1/,
		);
		await page.close();
	});

	it('publishes every document with its computed status in handbook.json', async () => {
		const page = await site.browser.newPage();
		const response = await page.goto(`${site.base}/handbook.json`);
		const body = await response!.json();
		expect(body.as_of).toBe(AS_OF);
		const sop = body.documents.find((d: { id: string }) => d.id === 'firm/ebilling-portal-set-up');
		expect(sop.review).toEqual({
			state: 'due-soon',
			cycle: 'quarterly',
			last_reviewed: '2026-09-16',
			due: '2026-12-16',
			days_left: 26,
		});
		expect(body.documents.some((d: { status: string }) => d.status === 'draft')).toBe(false);
		// Handed over to an active owner, Summit's lien-waiver SOP is current again.
		expect(
			body.documents.find((d: { id: string }) => d.id === 'clients/summit-hvac/lien-waivers').review
				.state,
		).toBe('current');
		// The same coverage model as the check and the report: the gaps in words, worst first.
		expect(
			body.coverage.gaps.map((g: { kind: string; target: { id: string } }) => [
				g.kind,
				g.target.id,
			]),
		).toEqual([
			['single-bpa', 'summit-hvac'],
			['sop-part', 'clients/summit-hvac/lien-waivers'],
		]);
		await page.close();
	});
});

describe('an SOP whose owner has left', () => {
	// The small example handbook, its one SOP still owned by someone marked inactive.
	const left = servedSite('handbook-owner-left-', () => ({
		HANDBOOK_ROOT: writeHandbook({
			[SOP]: edit(BASE[SOP]!, 'owner: ana-silva', 'owner: old-hand'),
		}),
		HANDBOOK_TODAY: TODAY,
	}));

	it("is never called current, on its page, the SOP list, its client or the owner's page", async () => {
		const openLeft = async (path: string) => {
			const page = await left.browser.newPage();
			expect((await page.goto(left.base + path))?.status(), path).toBe(200);
			return page;
		};
		const status = (page: Page, link: string) =>
			page
				.locator('tr, li', { has: page.getByRole('link', { name: link, exact: true }) })
				.first()
				.locator('.status')
				.textContent();
		const sop = await openLeft('/sops/clients/acme/bill-run/');
		await expect(sop.locator('.status').first().textContent()).resolves.toBe(
			'Review status as of 22 Nov 2026: Owner left',
		);
		const list = await openLeft('/sops/');
		const title = (await sop.locator('h1').innerText()).trim();
		await expect(status(list, title)).resolves.toBe('Review status as of 22 Nov 2026: Owner left');
		const client = await openLeft('/clients/acme/');
		await expect(status(client, title)).resolves.toBe(
			'Review status as of 22 Nov 2026: Owner left',
		);
		const owner = await openLeft('/people/old-hand/');
		await expect(status(owner, title)).resolves.toBe('Review status as of 22 Nov 2026: Owner left');
		for (const page of [sop, list, client, owner]) await page.close();
		// Said as every page says it, in handbook.json too.
		const json = await left.browser.newPage();
		const body = await (await json.goto(`${left.base}/handbook.json`))!.json();
		expect(
			body.documents.find((d: { id: string }) => d.id === 'clients/acme/bill-run').review.state,
		).toBe('owner-left');
		await json.close();
	});
});

describe("a pod's What changed page", () => {
	it('lists the changes to the firm-wide SOPs its people run, not only those its members own', async () => {
		const page = await open('/changes/pod/pod-south/');
		const listed = await page
			.locator('[data-change-sop]')
			.evaluateAll((items) =>
				items.map(
					(li) => `${li.getAttribute('data-change-sop')} ${li.getAttribute('data-change-date')}`,
				),
			);
		expect(listed).toEqual(
			expect.arrayContaining([
				'firm/holds 2026-11-17',
				'firm/weekly-bill-run 2026-11-16',
				'firm/unapproved-bill-follow-up 2026-11-12',
			]),
		);
		await page.close();
	});
});

describe('who must re-learn an SOP', () => {
	const TIDEWATER = '/sops/clients/tidewater-logistics/carrier-and-fuel-bills/';

	it("names them on the SOP's panel, with the last day, on a phone too, and says so on the backup line", async () => {
		for (const viewport of [
			{ width: 1280, height: 900 },
			{ width: 390, height: 844 },
		]) {
			const page = await open(TIDEWATER, viewport);
			const panel = page.getByRole('region', { name: 'Document control' });
			const relearn = panel.locator('.panel__retrain');
			expect(await relearn.isVisible()).toBe(true);
			expect(await relearn.locator('li').allInnerTexts()).toEqual([
				'Priya Raman (backup): by 30 Nov 2026 (in 10 days)',
			]);
			expect(await panel.innerText()).toContain('Priya Raman · must re-learn it by 30 Nov 2026');
			await page.close();
		}
	});

	it("opens the person's page with what they must re-learn", async () => {
		const page = await open('/people/priya-raman/');
		expect(await page.locator('main h2').first().innerText()).toBe('Must re-learn');
		expect(await page.locator('.relearn li').first().innerText()).toMatch(
			/^Tidewater Logistics: carrier and fuel-card bills \(as its backup\): by 30 Nov 2026 \(in 10 days\)\./,
		);
		await page.close();
	});

	it('lists them by person on the review dashboard and in handbook.json', async () => {
		const page = await open('/reviews/');
		const section = page.locator('h2#who-must-re-train + p + section');
		expect(await section.locator('h3').innerText()).toBe('Priya Raman (1)');
		expect(await section.locator('tbody td').nth(1).innerText()).toBe('30 Nov 2026 (in 10 days)');
		const body = await (await page.goto(`${site.base}/handbook.json`))!.json();
		expect(
			body.retrain.map((r: { person: string; id: string; due: string }) => [r.person, r.id, r.due]),
		).toEqual([
			['priya-raman', 'clients/tidewater-logistics/carrier-and-fuel-bills', '2026-11-30'],
		]);
		await page.close();
	});
});

// Every page type at phone and desktop width, in both themes: tests/browser/pages.test.ts.

describe('the built pages', () => {
	it('ship no client-side framework', () => {
		const html = readdirSync(site.out, { recursive: true, encoding: 'utf8' }).filter((f) =>
			f.endsWith('.html'),
		);
		expect(html.length).toBeGreaterThan(50);
		for (const file of html)
			expect(readFileSync(join(site.out, file), 'utf8'), file).not.toContain('<astro-island');
	});
});
