import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { servedSite } from '../support/served-site.ts';
import { SAMPLE_AS_OF, SAMPLE_ROOT } from '../support/sample.ts';

const AS_OF = SAMPLE_AS_OF;

const site = servedSite('handbook-kpis-', () => ({
	HANDBOOK_ROOT: SAMPLE_ROOT,
	HANDBOOK_TODAY: AS_OF,
}));

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
	const page = await site.browser.newPage({ viewport });
	const response = await page.goto(site.base + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

describe('KPIs', () => {
	it('lists every KPI with its role, its target and how many SOPs serve it', async () => {
		const page = await open('/kpis/');
		const row = page.locator('tr', {
			has: page.getByRole('link', { name: 'Client response time' }),
		});
		await expect(row.innerText()).resolves.toMatch(
			/^Client response time\s+CSA\s+Every client email, portal message and voicemail answered within 24 business hours.*\s+5$/,
		);
		await expect(page.locator('tbody tr').count()).resolves.toBe(19);
		await page.close();
	});

	it('gives a KPI a page with its target in numbers and the SOPs that serve it, each of which links back', async () => {
		const page = await open('/kpis/reconciliation-review/');
		await expect(page.locator('main').innerText()).resolves.toContain(
			'2 business days from "ready for review" to signed off',
		);
		const sops = await page.locator('h2#sops + ul li a').allInnerTexts();
		expect(sops).toEqual(['Month-end close support in Sage Intacct', 'Reconciliation review']);
		const sop = await open('/sops/firm/reconciliation-review/');
		await expect(
			sop
				.locator('section[aria-label="Document control"]')
				.getByRole('link', { name: 'Reconciliation review time' })
				.getAttribute('href'),
		).resolves.toBe('/kpis/reconciliation-review/');
		await Promise.all([page.close(), sop.close()]);
	});

	it('shows the SOP-maintenance KPI on the review dashboard as a chart with the same figures in a table', async () => {
		const page = await open('/reviews/');
		const chart = page.getByRole('img', {
			name: 'Assigned client SOPs within their review cycle, by CSA',
		});
		await expect(chart.count()).resolves.toBe(1);
		await expect(
			page
				.getByRole('img', { name: 'Assigned client SOPs within their review cycle, by pod' })
				.count(),
		).resolves.toBe(1);
		const table = page
			.getByRole('region', {
				name: 'Client SOPs within their review cycle, and reviews on time, by CSA',
			})
			.locator('table');
		const headers = await table.locator('thead th').allInnerTexts();
		expect(headers).toEqual([
			'CSA',
			'2025 Q4',
			'2026 Q1',
			'2026 Q2',
			'2026 Q3',
			'Now',
			'Reviews on time, last four quarters',
		]);
		const priya = table.locator('tr', { has: page.locator('th', { hasText: 'Priya Raman' }) });
		await expect(priya.locator('td').nth(4).innerText()).resolves.toBe('3 of 3 (100%)');
		await page.close();
	});
});

describe('generated references', () => {
	it('links the contact sheet from the Escalation section of every SOP', async () => {
		for (const path of ['/sops/firm/holds/', '/sops/clients/acme-dental/weekly-bill-run/']) {
			const page = await open(path);
			const link = page.locator('h2#escalation + p').getByRole('link', { name: 'contact sheet' });
			await expect(link.getAttribute('href'), path).resolves.toBe('/contacts/');
			await page.close();
		}
	});

	it('names each pod lead with how to reach them', async () => {
		const page = await open('/contacts/');
		const leads = page.getByRole('table', { name: 'Pod leads, by pod' });
		const west = leads.locator('tr', { hasText: 'Pod West' });
		await expect(west.innerText()).resolves.toMatch(
			/Pod West\s+Grace Okoye\s+grace\.okoye@ledgerline\.example\s+\+1 312 555 0123\s+Teams chat/,
		);
		await expect(
			west.getByRole('link', { name: '+1 312 555 0123' }).getAttribute('href'),
		).resolves.toBe('tel:+13125550123');
		await expect(page.getByRole('table', { name: 'Supervisors' }).innerText()).resolves.toContain(
			'Dana Whitfield',
		);
		await page.close();
	});

	it("puts each client's run day, cut-off and approval limits with currency in one table", async () => {
		const page = await open('/clients/quick-reference/');
		const row = page.locator('tr', {
			has: page.getByRole('link', { name: 'Tidewater Logistics' }),
		});
		await expect(row.innerText()).resolves.toMatch(
			/Thursday \(fuel-card statement each Monday\)\s+Bills in by Wednesday 5:00 pm Central.*\s+Dispatch: up to 5,000\.00 USD\s+Controller, Ines Vargas: any amount\s+QuickBooks Online\s+Tom Brennan \(backup Priya Raman\)\s+Arjun Mehta, Sofia Alvarez/,
		);
		await page.close();
	});
});

describe('accessibility of the new pages', () => {
	for (const [name, viewport] of [
		['desktop', { width: 1280, height: 900 }],
		['phone', { width: 390, height: 844 }],
	] as const) {
		it.each([
			'/kpis/',
			'/kpis/sop-maintenance/',
			'/contacts/',
			'/clients/quick-reference/',
			'/reviews/',
		])(`has no serious or critical axe violations on %s (${name})`, async (path) => {
			const page = await open(path, viewport);
			const violations = await seriousViolations(page);
			expect(violations).toEqual([]);
			await page.close();
		});
	}
});

describe('handbook.json', () => {
	it('carries the KPIs, the SOPs that serve each, and the SOP-maintenance figures', async () => {
		const page = await site.browser.newPage();
		const body = await (await page.goto(`${site.base}/handbook.json`))!.json();
		const kpi = body.kpis.find((k: { id: string }) => k.id === 'weekly-time-logs');
		expect(kpi.sops).toEqual(['firm/weekly-time-logs']);
		expect(body.sop_maintenance.quarters.map((q: { label: string }) => q.label)).toEqual([
			'2025 Q4',
			'2026 Q1',
			'2026 Q2',
			'2026 Q3',
		]);
		expect(body.sop_maintenance.firm.now).toEqual({ sops: 9, within: 9, share: 1 });
		expect(
			body.documents.find((d: { id: string }) => d.id === 'firm/escalation-path').kpis,
		).toEqual(['escalation']);
		await page.close();
	});
});
