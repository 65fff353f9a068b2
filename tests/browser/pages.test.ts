import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { servedSite } from '../support/served-site.ts';
import { SAMPLE_AS_OF, SAMPLE_ROOT } from '../support/sample.ts';
import { firstResult, openSearch, resultsFor, search } from '../support/search.ts';

/**
 * Every kind of page the site has, as a reader reaches it on a phone and on a laptop, in
 * the light and the dark theme. Add a page here when you add a kind of page.
 */
const PAGE_TYPES: Record<string, string> = {
	home: '/',
	'start here': '/start-here/',
	'SOP list': '/sops/',
	'SOP with steps by role': '/sops/firm/escalation-path/',
	'client SOP': '/sops/clients/acme-dental/weekly-bill-run/',
	'retired SOP': '/sops/firm/paper-check-run/',
	principles: '/principles/',
	principle: '/principles/be-replaceable-by-design/',
	training: '/training/',
	'training module': '/training/bpa/vendor-setup-and-bank-changes/',
	clients: '/clients/',
	client: '/clients/marlowe-pike-llp/',
	'offboarded client': '/clients/fairway-golf-supply/',
	people: '/people/',
	person: '/people/priya-raman/',
	pods: '/pods/',
	pod: '/pods/pod-west/',
	coverage: '/coverage/',
	'review dashboard': '/reviews/',
	glossary: '/reference/glossary/',
	'check rules': '/reference/rules/',
	'guide for authors': '/reference/writing-the-handbook/',
	template: '/reference/templates/hand-off-note/',
	'what changed': '/changes/',
	'SOP with a change banner': '/sops/clients/tidewater-logistics/carrier-and-fuel-bills/',
	'what changed in the steps': '/steps-changes/firm/holds/',
	KPIs: '/kpis/',
	KPI: '/kpis/sop-maintenance/',
	'contact sheet': '/contacts/',
	'client quick reference': '/clients/quick-reference/',
};

const WIDTHS = {
	phone: { width: 390, height: 844 },
	desktop: { width: 1280, height: 900 },
} as const;
type Width = keyof typeof WIDTHS;

const AS_OF = SAMPLE_AS_OF;

const site = servedSite('handbook-pages-', () => ({
	HANDBOOK_ROOT: SAMPLE_ROOT,
	HANDBOOK_TODAY: AS_OF,
}));

/** Opens a page as a reader who chose a theme in the site's theme menu (kept in localStorage). */
async function open(
	path: string,
	width: Width = 'desktop',
	theme: 'light' | 'dark' = 'light',
	options: { javaScriptEnabled?: boolean } = {},
): Promise<Page> {
	const context = await site.browser.newContext({ viewport: WIDTHS[width], ...options });
	await context.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
	const page = await context.newPage();
	const response = await page.goto(site.base + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

async function close(page: Page): Promise<void> {
	await page.context().close();
}

describe('every page type', () => {
	for (const width of Object.keys(WIDTHS) as Width[]) {
		it.each(Object.entries(PAGE_TYPES))(
			`does not scroll sideways: %s (${width})`,
			async (_, path) => {
				const page = await open(path, width);
				const scrolled = await page.evaluate(() => {
					window.scrollTo(10_000, window.scrollY);
					return {
						x: window.scrollX,
						wide: document.documentElement.scrollWidth - document.documentElement.clientWidth,
					};
				});
				expect(scrolled).toEqual({ x: 0, wide: 0 });
				await close(page);
			},
		);

		it.each(Object.entries(PAGE_TYPES))(
			`has no serious or critical axe violations, in the light and the dark theme: %s (${width})`,
			async (_, path) => {
				const page = await open(path, width, 'light');
				const audit = (rules?: string[]) => seriousViolations(page, rules);
				await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('light');
				expect(await audit()).toEqual([]);
				// What the theme menu does when a reader picks Dark; only colours change, so only
				// contrast is audited again.
				await page.evaluate(() => {
					localStorage.setItem('starlight-theme', 'dark');
					document.documentElement.dataset['theme'] = 'dark';
				});
				await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
				expect(await audit(['color-contrast'])).toEqual([]);
				await close(page);
			},
		);
	}
});

describe('on a phone', () => {
	it('shows the whole site title', async () => {
		const page = await open('/', 'phone');
		const title = page.locator('.site-title');
		await expect(title.innerText()).resolves.toBe('Ledgerline Bill Pay Handbook');
		const clipped = await title.evaluate((el) =>
			[...el.querySelectorAll('*'), el].some((e) => e.scrollWidth > e.clientWidth + 1),
		);
		expect(clipped).toBe(false);
		await close(page);
	});

	it('shows an SOP’s status, owner and backup first, and the rest of the panel a tap away', async () => {
		const page = await open('/sops/firm/vendor-bank-detail-change/', 'phone');
		const panel = page.getByRole('region', { name: 'Document control' });
		await expect(
			panel.getByText('Review status as of 20 Nov 2026: Current').isVisible(),
		).resolves.toBe(true);
		await expect(panel.getByRole('link', { name: 'Dana Whitfield' }).isVisible()).resolves.toBe(
			true,
		);
		await expect(panel.getByRole('link', { name: 'Aisha Karim' }).isVisible()).resolves.toBe(true);
		const approver = panel.getByRole('link', { name: 'Marcus Bell' });
		await expect(approver.isVisible()).resolves.toBe(false);
		await panel.getByText('Approvers, review dates, principles, KPIs and links').click();
		await expect(approver.isVisible()).resolves.toBe(true);
		await expect(
			panel
				.locator('dt', { hasText: 'Backup trained' })
				.locator('xpath=following-sibling::dd[1]')
				.innerText(),
		).resolves.toBe('20 Nov 2026');
		await close(page);
	});

	it('shows the whole panel on a laptop without a tap', async () => {
		const page = await open('/sops/firm/vendor-bank-detail-change/', 'desktop');
		const panel = page.getByRole('region', { name: 'Document control' });
		await expect(panel.getByRole('link', { name: 'Marcus Bell' }).isVisible()).resolves.toBe(true);
		await expect(
			panel.getByText('Approvers, review dates, principles, KPIs and links').isVisible(),
		).resolves.toBe(false);
		await close(page);
	});

	it('puts the status right after the name in the clients table', async () => {
		const page = await open('/clients/', 'phone');
		const headers = await page.locator('table thead th').allInnerTexts();
		expect(headers.slice(0, 3)).toEqual(['Client', 'Worst review status', 'CSA']);
		await close(page);
	});
});

describe('tables on a phone', () => {
	it.each([
		'/sops/firm/holds/',
		'/contacts/',
		'/clients/quick-reference/',
		'/clients/',
		'/reviews/',
	])('keep every column on screen at 390 px: %s', async (path) => {
		const page = await open(path, 'phone');
		const offScreen = await page
			.locator('main table:not([data-grid]) :is(td, th)')
			.evaluateAll((cells) =>
				cells
					.filter((cell) => {
						const box = cell.getBoundingClientRect();
						const hidden =
							getComputedStyle(cell.closest('thead') ?? cell).clipPath === 'inset(50%)';
						return (
							!hidden && (box.width === 0 || box.left < 0 || box.right > window.innerWidth + 0.5)
						);
					})
					.map((cell) => (cell as HTMLElement).innerText.slice(0, 40)),
			);
		expect(offScreen).toEqual([]);
		await close(page);
	});

	it("shows each value under its column's heading: the Holds codes' Released by", async () => {
		const page = await open('/sops/firm/holds/', 'phone');
		const released = page.locator('main table td[data-label="Released by"]').first();
		expect(await released.isVisible()).toBe(true);
		expect(await released.evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe(
			'"Released by: "',
		);
		await close(page);
	});
});

describe("a client's page", () => {
	it('shows its run day, cut-off and approvers with their limits', async () => {
		const page = await open('/clients/acme-dental/', 'phone');
		const facts = await page.locator('dl.facts').innerText();
		expect(facts).toMatch(/Run day\s+Tuesday/);
		expect(facts).toMatch(/Cut-off\s+Bills in the Acme inbox by Monday 5:00 pm Central/);
		expect(facts).toContain('Office manager (own office only): up to 2,500.00 USD');
		await close(page);
	});
});

describe('who does each step', () => {
	const SOP = '/sops/firm/escalation-path/';
	const visibleSteps = (page: Page) =>
		page
			.locator('#steps ~ ol > li')
			.evaluateAll((items) =>
				items
					.filter((li) => (li as HTMLElement).offsetParent !== null)
					.map(
						(li) =>
							`${(li as HTMLLIElement).value}. ${(li as HTMLElement).innerText.split(':')[0]}`,
					),
			);

	it('labels each step with its role, in words', async () => {
		const page = await open(SOP, 'phone');
		await expect(visibleSteps(page)).resolves.toEqual([
			'1. BPA',
			'2. CSA',
			'3. Pod lead',
			'4. CSA',
			'5. CSA',
			'6. Payment operations analyst',
			'7. Senior payment processing specialist',
		]);
		await close(page);
	});

	it('shows only one role’s steps, keeps their numbers, and keeps the choice in a link to send', async () => {
		const page = await open(SOP, 'phone');
		const chooser = page.getByRole('group', { name: 'Show steps for' });
		await expect(chooser.getByRole('button').allInnerTexts()).resolves.toEqual([
			'All roles',
			'CSA',
			'BPA',
			'Pod lead',
			'Payment operations analyst',
			'Senior payment processing specialist',
		]);
		await chooser.getByRole('button', { name: 'CSA' }).click();
		await expect(visibleSteps(page)).resolves.toEqual(['2. CSA', '4. CSA', '5. CSA']);
		await expect(
			chooser.getByRole('button', { name: 'CSA' }).getAttribute('aria-pressed'),
		).resolves.toBe('true');
		await expect(page.getByRole('status').innerText()).resolves.toBe(
			'Showing the CSA steps: 3 of 7.',
		);
		expect(new URL(page.url()).search).toBe('?steps=csa');
		// A BPA opens the link a CSA sent them.
		const link = await open(`${SOP}?steps=bpa`, 'phone');
		await expect(visibleSteps(link)).resolves.toEqual(['1. BPA']);
		await link.getByRole('button', { name: 'All roles' }).click();
		await expect(visibleSteps(link)).resolves.toHaveLength(7);
		expect(new URL(link.url()).search).toBe('');
		await close(link);
		await close(page);
	});

	it('prints every step whatever was chosen', async () => {
		const page = await open(`${SOP}?steps=bpa`, 'desktop');
		await expect(visibleSteps(page)).resolves.toHaveLength(1);
		await page.emulateMedia({ media: 'print' });
		await expect(visibleSteps(page)).resolves.toHaveLength(7);
		await expect(page.getByRole('group', { name: 'Show steps for' }).isVisible()).resolves.toBe(
			false,
		);
		await close(page);
	});

	it('shows every step and no chooser without JavaScript', async () => {
		const page = await open(`${SOP}?steps=bpa`, 'phone', 'light', { javaScriptEnabled: false });
		await expect(page.locator('#steps ~ ol > li:visible').count()).resolves.toBe(7);
		await expect(page.getByRole('group', { name: 'Show steps for' }).count()).resolves.toBe(0);
		await close(page);
	});

	it('opens a link to a role’s steps at the steps, on a phone, with the role in any case', async () => {
		const HOLDS = '/sops/firm/holds/';
		for (const asked of ['bpa', 'BPA']) {
			const page = await open(`${HOLDS}?steps=${asked}`, 'phone');
			const heading = await page.locator('#steps').boundingBox();
			expect(heading!.y).toBeGreaterThanOrEqual(0);
			expect(heading!.y).toBeLessThan(WIDTHS.phone.height / 2);
			await expect(
				page
					.getByRole('group', { name: 'Show steps for' })
					.getByRole('button', { name: 'BPA' })
					.getAttribute('aria-pressed'),
			).resolves.toBe('true');
			await close(page);
		}
	});

	it('says so when the SOP has no steps for the role asked, and shows every step', async () => {
		const page = await open(`${SOP}?steps=supervisor`, 'phone');
		await expect(visibleSteps(page)).resolves.toHaveLength(7);
		await expect(page.getByRole('status').innerText()).resolves.toBe(
			'This SOP has no steps marked for Supervisor: every step shows.',
		);
		await close(page);
		const single = await open('/sops/firm/client-message-response/?steps=bpa', 'phone');
		await expect(single.getByRole('status').innerText()).resolves.toBe(
			'This SOP has no steps marked for BPA: every step shows.',
		);
		await close(single);
	});

	it('offers a link to the steps above the panel', async () => {
		const page = await open(SOP, 'phone');
		const jump = page.getByRole('link', { name: 'Jump to steps' });
		expect(await jump.getAttribute('href')).toBe('#steps');
		const panel = await page.getByRole('region', { name: 'Document control' }).boundingBox();
		expect((await jump.boundingBox())!.y).toBeLessThan(panel!.y);
		await close(page);
	});

	it('offers no chooser on an SOP whose steps are all one role’s', async () => {
		const page = await open('/sops/firm/client-message-response/', 'phone');
		await expect(page.getByRole('group', { name: 'Show steps for' }).isVisible()).resolves.toBe(
			false,
		);
		await close(page);
	});
});

describe('lists and labels', () => {
	it('shows roles by their configured label, not their id', async () => {
		const page = await open('/people/');
		const text = await page.locator('main').innerText();
		expect(text).toContain('(Billing specialist)');
		expect(text).not.toMatch(/\b(csa|bpa|approver|pod-lead|billing-specialist)\b/);
		await close(page);
	});

	it('links every client, pod and person page from a list', async () => {
		const built = (folder: string) =>
			readdirSync(join(site.out, folder), { withFileTypes: true })
				.filter((e) => e.isDirectory())
				.map((e) => `/${folder}/${e.name}/`);
		const linked = async (path: string) => {
			const page = await open(path);
			const hrefs = await page
				.locator('main a')
				.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			await close(page);
			return hrefs;
		};
		expect(await linked('/clients/')).toEqual(expect.arrayContaining(built('clients')));
		expect(await linked('/pods/')).toEqual(expect.arrayContaining(built('pods')));
		expect(await linked('/people/')).toEqual(
			expect.arrayContaining([...built('people'), '/pods/']),
		);
	});

	it('names the templates group of the sidebar as a heading', async () => {
		const page = await open('/reference/glossary/');
		await expect(
			page.locator('#starlight__sidebar summary', { hasText: /^\s*templates\s*$/i }).innerText(),
		).resolves.toBe('Templates');
		await close(page);
	});
});

describe('page weight', () => {
	it('keeps every SOP page under 40 KB, chrome and all', () => {
		const pages = readdirSync(join(site.out, 'sops'), { recursive: true, encoding: 'utf8' }).filter(
			(path) => path.endsWith('index.html') && path.includes('/'),
		);
		expect(pages.length).toBeGreaterThan(20);
		const heavy = pages
			.map((path) => ({ path, kb: statSync(join(site.out, 'sops', path)).size / 1024 }))
			.filter(({ kb }) => kb >= 40);
		expect(heavy).toEqual([]);
	});

	it('keeps the sidebar and the tables of contents working in their lighter markup', async () => {
		const page = await open('/sops/firm/holds/', 'phone');
		await page.locator('#starlight__mobile-toc summary').click();
		await page.locator('#starlight__mobile-toc a', { hasText: 'Escalation' }).click();
		await expect(page.locator('#starlight__mobile-toc .display-current').innerText()).resolves.toBe(
			'Escalation',
		);
		await page.getByRole('button', { name: 'Menu' }).click();
		const group = page.locator('#starlight__sidebar details', {
			has: page.locator('summary', { hasText: /^\s*Control\s*$/ }),
		});
		await expect(group.getByRole('link', { name: 'Coverage' }).isVisible()).resolves.toBe(true);
		await group.locator('summary').click();
		await expect(group.getByRole('link', { name: 'Coverage' }).isVisible()).resolves.toBe(false);
		await close(page);
	});
});

describe('search', () => {
	let page: Page;
	beforeAll(async () => {
		page = await open('/');
		await openSearch(page);
	});
	afterAll(() => close(page));

	// What people in the sample firm type, and the page they mean.
	const QUERIES: [string, string, string][] = [
		['Acme Dental', '/clients/acme-dental/', 'Client'],
		['Priya Raman', '/people/priya-raman/', 'Person'],
		['Pod West', '/pods/pod-west/', 'Pod'],
		['Fairway Golf', '/clients/fairway-golf-supply/', 'Client (offboarded)'],
		['PTO', '/sops/firm/coverage-hand-off-before-time-off/', 'SOP'],
		['vacation', '/sops/firm/coverage-hand-off-before-time-off/', 'SOP'],
		['lien waiver', '/sops/clients/summit-hvac/lien-waivers/', 'SOP'],
		['vendor bank change', '/sops/firm/vendor-bank-detail-change/', 'SOP'],
		['returned ACH', '/sops/firm/payment-exceptions-and-returns/', 'SOP'],
		['proforma to final bill', '/sops/firm/proforma-to-final-bill/', 'SOP'],
		['maker-checker', '/reference/glossary/', 'Guide'],
		['QuickBooks bank rules', '/sops/firm/qbo-bank-rules/', 'SOP'],
	];
	it.each(QUERIES)(
		'puts the right page first for "%s", and says what kind of page it is',
		async (query, path, kind) => {
			const result = await firstResult(page, query);
			expect(result.path).toBe(path);
			expect(result.kind).toBe(`Kind: ${kind}`);
		},
	);

	// Twenty searches people of the three teams type, with the page they mean among the first three.
	const TEAM_QUERIES: [who: string, query: string, path: string][] = [
		['CSA', 'unapproved bill', '/sops/firm/unapproved-bill-follow-up/'],
		['CSA', 'client message', '/sops/firm/client-message-response/'],
		['CSA', 'time off', '/sops/firm/coverage-hand-off-before-time-off/'],
		['CSA', 'bill run', '/sops/firm/weekly-bill-run/'],
		['BPA', 'hold codes', '/sops/firm/holds/'],
		['BPA', 'W-9', '/sops/firm/vendor-setup/'],
		['BPA', 'new supplier', '/sops/firm/vendor-setup/'],
		['BPA', 'escalate', '/sops/firm/escalation-path/'],
		['supervisor', 'overdue', '/reviews/'],
		['supervisor', 'who is out', '/coverage/'],
		['supervisor', 'coverage gaps', '/coverage/'],
		['supervisor', 'KPI', '/kpis/'],
		['supervisor', 'retrain', '/reviews/'],
		['analyst', 'ACH return', '/sops/firm/payment-exceptions-and-returns/'],
		['analyst', 'card decline', '/sops/firm/payment-exceptions-and-returns/'],
		['analyst', 'returned check', '/sops/firm/payment-exceptions-and-returns/'],
		['billing specialist', 'LEDES', '/sops/firm/ebilling-submission/'],
		['billing specialist', 'fee cap', '/sops/clients/marlowe-pike-llp/monthly-billing-cycle/'],
		['billing specialist', 'proforma', '/sops/firm/proforma-to-final-bill/'],
		['billing specialist', 'AR aging', '/sops/firm/law-firm-collections-and-ar-follow-up/'],
	];
	it.each(TEAM_QUERIES)(
		'finds what a %s means by "%s" among the first three results',
		async (_who, query, path) => {
			// Pagefind's own search, as the search box calls it; written as a string, since the test runner rewrites import() in functions it ships.
			const top = await page.evaluate<string[]>(
				`(async () => {
				const found = await (await import('/pagefind/pagefind.js')).search(${JSON.stringify(query)});
				return Promise.all(found.results.slice(0, 3).map(async (r) => (await r.data()).url));
			})()`,
			);
			expect(top.map((url) => new URL(url, site.base).pathname)).toContain(path);
		},
	);

	it('offers the nearest word the handbook uses for a misspelt one, and searches it on a click', async () => {
		await search(page, 'exeption');
		const hint = page.locator('.search-hints');
		await expect(hint.innerText()).resolves.toBe('Did you mean exception?');
		await hint.getByRole('button', { name: 'exception' }).click();
		await resultsFor(page, 'exception');
	});

	it('says what else an abbreviation of the trade means: POD, the pods and proof of delivery', async () => {
		await search(page, 'POD');
		const hint = page.locator('.search-hints');
		await expect(hint.innerText()).resolves.toBe('POD can also mean: proof of delivery');
		await hint.getByRole('button', { name: 'proof of delivery' }).click();
		const [first] = await resultsFor(page, 'proof of delivery');
		expect(first?.path).toBe('/sops/firm/holds/');
	});

	it('does not run a page’s labels into their values in a snippet', async () => {
		const { excerpt } = await firstResult(page, 'Priya Raman');
		expect(excerpt).toContain('Roles: CSA, Approver. Pod: Pod North.');
	});

	it('leaves the document panel out of an SOP’s snippet', async () => {
		const { excerpt } = await firstResult(page, 'returned ACH');
		expect(excerpt).not.toMatch(/Review status|Owner|Backup|Approvers/);
	});
});
