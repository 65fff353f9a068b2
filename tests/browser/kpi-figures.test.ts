import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.ts';
import { servedSite } from '../support/served-site.ts';
import { SAMPLE_AS_OF, SAMPLE_ROOT } from '../support/sample.ts';

const site = servedSite('handbook-kpi-figures-', () => ({
	HANDBOOK_ROOT: SAMPLE_ROOT,
	HANDBOOK_TODAY: SAMPLE_AS_OF,
}));

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

async function open(path: string, viewport = DESKTOP): Promise<Page> {
	const page = await site.browser.newPage({ viewport });
	const response = await page.goto(site.base + path);
	expect(response?.status(), path).toBe(200);
	return page;
}

/** The KPIs of the sample that a supervisor measures, each with the figure its first chart draws. */
const MEASURED_BY_HAND = [
	['cleanup-score', '95% file clean-up issues resolved in time'],
	['client-response', '24 business hours to answer a client message'],
	['approval-follow-up', '1 a day follow-up per unapproved bill, every business day'],
	['reconciliation-review', '2 business days from "ready for review" to signed off'],
	['escalation', '1 business day from finding an issue to escalating it'],
	['weekly-time-logs', '100% weeks with the log on time'],
	['pod-participation', '90% pod check-ins attended or covered by a written update'],
	['training-contribution', '1 a quarter training session led or co-led, at least'],
	['client-feedback', 'a score of 4 out of 5, average in the quarterly client survey'],
] as const;

/** A table's rows as a reader scans them: each row's cells, in order. */
async function rowsOf(page: Page, caption: string): Promise<string[][]> {
	const table = page.getByRole('table', { name: caption, exact: true });
	const rows = await table.locator('tbody tr').all();
	return Promise.all(
		rows.map(async (row) =>
			(await row.locator('th, td').allInnerTexts()).map((text) => text.trim()),
		),
	);
}

describe('a KPI measured by hand', () => {
	it.each(MEASURED_BY_HAND)(
		'shows %s as a chart with a name and the same figures in a table',
		async (id, figure) => {
			const page = await open(`/kpis/${id}/`);
			const chart = page.getByRole('img', {
				name: `Each quarter against the target: ${figure}`,
				exact: true,
			});
			await expect(chart.count(), id).resolves.toBe(1);
			await expect(chart.getAttribute('aria-describedby')).resolves.toBeTruthy();
			const table = page.getByRole('table', { name: `Each quarter: ${figure}`, exact: true });
			await expect(table.locator('thead th').allInnerTexts()).resolves.toEqual([
				'Period',
				'Measured',
				'Target',
				'Target met',
				'Note',
			]);
			const rows = await rowsOf(page, `Each quarter: ${figure}`);
			expect(rows.map((r) => r[0])).toEqual(['2025 Q4', '2026 Q1', '2026 Q2', '2026 Q3']);
			for (const row of rows) expect(['Yes', 'No']).toContain(row[3]);
			await page.close();
		},
	);

	it('reads a quarter that missed the target with its note, and says that higher is better for a share', async () => {
		const page = await open('/kpis/cleanup-score/');
		const rows = await rowsOf(page, 'Each quarter: 95% file clean-up issues resolved in time');
		expect(rows[1]).toEqual([
			'2026 Q1',
			'91%',
			'at least 95%',
			'No',
			'Year-end clean-up backlog after two clients changed bank feeds; cleared by mid-February.',
		]);
		expect(rows[3]).toEqual(['2026 Q3', '97%', 'at least 95%', 'Yes', '']);
		const results = page.locator('h2#results ~ p', { hasText: 'is better' });
		await expect(results.first().innerText()).resolves.toBe(
			'Higher is better: the target is at least 95%. Every quarter from 2025 Q4 to 2026 Q3 has a figure.',
		);
		const description = await page
			.getByRole('img', {
				name: 'Each quarter against the target: 95% file clean-up issues resolved in time',
			})
			.evaluate((svg) => {
				const id = svg.getAttribute('aria-describedby');
				return id ? (document.getElementById(id)?.textContent ?? '') : '';
			});
		expect(description).toContain('2026 Q1: 91%, not met');
		await page.close();
	});

	it('says lower is better for time taken, and higher for a notice period the KPI says should be long', async () => {
		const page = await open('/kpis/pod-participation/');
		const said = await page.locator('h3 + p').allInnerTexts();
		expect(said.map((text) => text.split('.')[0])).toEqual([
			'Higher is better: the target is at least 90%',
			'Higher is better: the target is at least 5 business days',
			'Lower is better: the target is at most 0',
		]);
		const response = await open('/kpis/client-response/');
		await expect(response.locator('h3#result-1 + p').innerText()).resolves.toMatch(
			/^Lower is better: the target is at most 24 business hours\./,
		);
		await Promise.all([page.close(), response.close()]);
	});

	it('names the quarter with no figure, in the sentence, the chart and the table', async () => {
		const page = await open('/kpis/escalation/');
		const figure = '100% escalations with a named owner and next-update date';
		await expect(page.locator('h3', { hasText: figure }).locator('+ p').innerText()).resolves.toBe(
			'Higher is better: the target is at least 100%. No figure recorded for 2026 Q2.',
		);
		const rows = await rowsOf(page, `Each quarter: ${figure}`);
		expect(rows[2]).toEqual(['2026 Q2', 'No figure recorded', 'at least 100%', '—', '']);
		const chart = page.getByRole('img', { name: `Each quarter against the target: ${figure}` });
		await expect(chart.locator('text', { hasText: 'no figure' }).count()).resolves.toBe(1);
		await page.close();
	});

	it('reads each quarter as a card on a phone, each value under its heading, and the page does not scroll sideways', async () => {
		const page = await open('/kpis/client-response/', PHONE);
		/** What a card shows, line by line: the heading each cell's label gives it, then its text; hidden cells left out. */
		const cards = await page
			.getByRole('table', { name: 'Each quarter: 24 business hours to answer a client message' })
			.locator('tbody tr')
			.evaluateAll((rows) =>
				rows.map((row) =>
					[...row.querySelectorAll<HTMLElement>('th, td')]
						.filter(
							(cell) => cell.offsetParent !== null && getComputedStyle(cell).display !== 'none',
						)
						.map(
							(cell) =>
								`${getComputedStyle(cell, '::before')
									.content.replace(/^"|"$/g, '')
									.replace(/^none$/, '')}${cell.innerText.trim()}`,
						),
				),
			);
		expect(cards.slice(0, 2)).toEqual([
			[
				'2025 Q4',
				'Measured: 21 business hours',
				'Target: at most 24 business hours',
				'Target met: Yes',
			],
			[
				'2026 Q1',
				'Measured: 31 business hours',
				'Target: at most 24 business hours',
				'Target met: No',
				'Note: Two Tidewater threads waited over the January close; holding replies now go out the same day.',
			],
		]);
		await expect(
			page.evaluate(() => document.documentElement.scrollWidth),
		).resolves.toBeLessThanOrEqual(390);
		await page.close();
	});
});

describe('the SOP-maintenance KPI', () => {
	it('keeps its figures from the handbook, with no results section of its own', async () => {
		const page = await open('/kpis/sop-maintenance/');
		await expect(page.locator('h2#results').count()).resolves.toBe(0);
		await expect(
			page
				.getByRole('img', { name: 'Assigned client SOPs within their review cycle, by CSA' })
				.count(),
		).resolves.toBe(1);
		await page.close();
	});
});

describe('accessibility of a KPI page with results', () => {
	for (const [name, viewport] of [
		['desktop', DESKTOP],
		['phone', PHONE],
	] as const) {
		it.each(['/kpis/cleanup-score/', '/kpis/escalation/'])(
			`has no serious or critical axe violations on %s (${name})`,
			async (path) => {
				const page = await open(path, viewport);
				const violations = await seriousViolations(page);
				expect(violations).toEqual([]);
				await page.close();
			},
		);
	}
});

describe('handbook.json', () => {
	it('carries each KPI measured by hand with its results as recorded and read against the target, missing periods named', async () => {
		const page = await site.browser.newPage();
		const body = await (await page.goto(`${site.base}/handbook.json`))!.json();
		const escalation = body.kpis.find((k: { id: string }) => k.id === 'escalation');
		expect(escalation.results[0]).toEqual({ period: '2025-Q4', value: 0.8 });
		expect(escalation.sops).toContain('firm/escalation-path');
		const [days, share] = escalation.series;
		expect([days.unit, days.target, days.better, days.missing]).toEqual([
			'business-days',
			1,
			'lower',
			[],
		]);
		expect(days.periods.map((p: { period: string; met: boolean }) => [p.period, p.met])).toEqual([
			['2025-Q4', true],
			['2026-Q1', true],
			['2026-Q2', false],
			['2026-Q3', true],
		]);
		expect([share.unit, share.better, share.missing]).toEqual(['percent', 'higher', ['2026-Q2']]);
		expect(body.kpis.find((k: { id: string }) => k.id === 'sop-maintenance').series).toEqual([]);
		await page.close();
	});
});
