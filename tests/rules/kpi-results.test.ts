import { describe, expect, it } from 'vitest';
import { check, findings } from '../support/handbook.ts';

const KPI = 'src/content/kpis/client-response.yaml';

/** A KPI with two figures, 24 business hours and 100 percent, and `results` (lines under `results:`). */
function kpi(
	results: string,
	extra = '',
	figures = '  - { value: 24, unit: business-hours, of: to answer a client message }\n  - { value: 100, unit: percent, of: client messages answered in time }\n',
) {
	return {
		[KPI]: `name: Client response time\nrole: csa\ntarget: Every client message answered within 24 business hours.\n${figures ? `figures:\n${figures}` : ''}measure: The pod lead samples ten client threads per CSA each month.\n${extra}results:\n${results}`,
	};
}

const RULES = [
	'kpi/unknown-unit',
	'kpi/duplicate-period',
	'kpi/period-order',
	'kpi/mixed-periods',
	'kpi/computed-results',
];

/** Every finding of the kpi/... rules, and that nothing else in the handbook is reported. */
function kpiFindings(files: Record<string, string>): string[] {
	const report = check(files);
	expect(report.diagnostics.filter((d) => !RULES.includes(d.rule))).toEqual([]);
	return RULES.flatMap((rule) => findings(report, rule).map((f) => `[${rule}] ${f}`));
}

describe('KPI results', () => {
	it('passes four quarters of two figures, interleaved, with notes, on months for one figure and quarters for the other', () => {
		expect(
			kpiFindings(
				kpi(
					[
						'  - { period: 2025-Q4, value: 22 }',
						'  - { period: 2025-Q4, value: 100, unit: percent }',
						'  - { period: 2026-Q1, value: 31, note: Two threads waited over the January close. }',
						'  - { period: 2026-Q2, value: 20, unit: business-hours }',
						'  - { period: 2026-Q3, value: 17 }',
						'',
					].join('\n'),
				),
			),
		).toEqual([]);
		expect(
			kpiFindings(
				kpi(
					'  - { period: 2026-09, value: 100, unit: percent }\n  - { period: 2026-10, value: 95, unit: percent }\n  - { period: 2026-Q3, value: 17 }\n',
				),
			),
		).toEqual([]);
	});

	it('errors on a unit that none of the figures is counted in, and names the units there are', () => {
		expect(
			kpiFindings(
				kpi(
					'  - { period: 2026-Q2, value: 20 }\n  - { period: 2026-Q3, value: 2, unit: business-days }\n',
				),
			),
		).toMatchInlineSnapshot(`
			[
			  "[kpi/unknown-unit] src/content/kpis/client-response.yaml:10:34 error: results[1].unit is business-days, but none of the KPI's figures is counted in business-days (they are in business-hours and percent), so the result has no target to be read against.
			hint: Write the unit of the figure it measures, e.g.:
			    unit: business-hours
			or add a figure in business-days under figures.",
			]
		`);
	});

	it('errors once on results for a KPI with no figures', () => {
		expect(
			kpiFindings(
				kpi('  - { period: 2026-Q2, value: 20 }\n  - { period: 2026-Q3, value: 18 }\n', '', ''),
			),
		).toMatchInlineSnapshot(`
			[
			  "[kpi/unknown-unit] src/content/kpis/client-response.yaml:5:1 error: results has 2 entries, but the KPI has no figures, so no result has a target to be read against.
			hint: Add the target in numbers, one figure per number in the target, e.g.:
			figures:
			  - { value: 95, unit: percent, of: "<what it counts>" }",
			]
		`);
	});

	it('errors on a second result for the same period of the same figure, a default unit and a written one alike', () => {
		expect(
			kpiFindings(
				kpi(
					'  - { period: 2026-Q2, value: 20 }\n  - { period: 2026-Q3, value: 31 }\n  - { period: 2026-Q3, value: 27, unit: business-hours, note: Recounted. }\n',
				),
			),
		).toMatchInlineSnapshot(`
			[
			  "[kpi/duplicate-period] src/content/kpis/client-response.yaml:11:7 error: results[2] is a second result for 2026-Q3 of the figure in business-hours ("to answer a client message"); results[1] already gives that period, and the page can show only one.
			hint: Keep one result for 2026-Q3: remove results[2] or results[1], or correct the period of this one.",
			]
		`);
	});

	it('errors on periods out of order for one figure, at the first that is earlier than the one above it', () => {
		expect(
			kpiFindings(
				kpi(
					'  - { period: 2026-Q1, value: 20 }\n  - { period: 2026-Q3, value: 31 }\n  - { period: 2026-Q3, value: 96, unit: percent }\n  - { period: 2026-Q2, value: 18 }\n',
				),
			),
		).toMatchInlineSnapshot(`
			[
			  "[kpi/period-order] src/content/kpis/client-response.yaml:12:7 error: results[3].period is 2026-Q2, earlier than 2026-Q3 in results[1] above it for the figure in business-hours ("to answer a client message"); results run oldest first.
			hint: Move results[3] above results[1], so the periods run from oldest to newest.",
			]
		`);
	});

	it('errors on a month among quarters, and suggests the quarter that holds it', () => {
		expect(
			kpiFindings(
				kpi(
					'  - { period: 2026-Q2, value: 20 }\n  - { period: 2026-Q3, value: 31 }\n  - { period: 2026-10, value: 18 }\n',
				),
			),
		).toMatchInlineSnapshot(`
			[
			  "[kpi/mixed-periods] src/content/kpis/client-response.yaml:11:7 error: results[2].period is 2026-10, a month, but the figure in business-hours ("to answer a client message") is recorded in quarters (results[0] is 2026-Q2); one figure is read in one kind of period.
			hint: Record it by quarter like the others, e.g. the quarter that holds this month:
			    period: 2026-Q4",
			]
		`);
	});

	it('errors on a quarter among months, and names the months it holds', () => {
		expect(
			kpiFindings(
				kpi(
					'  - { period: 2026-08, value: 20 }\n  - { period: 2026-09, value: 31 }\n  - { period: 2026-Q4, value: 18 }\n',
				),
			),
		).toMatchInlineSnapshot(`
			[
			  "[kpi/mixed-periods] src/content/kpis/client-response.yaml:11:7 error: results[2].period is 2026-Q4, a quarter, but the figure in business-hours ("to answer a client message") is recorded in months (results[0] is 2026-08); one figure is read in one kind of period.
			hint: Record it by month like the others, one result per month: 2026-10, 2026-11, 2026-12.",
			]
		`);
	});

	it('errors on results written for a computed KPI, and nothing else about them', () => {
		expect(
			kpiFindings(
				kpi(
					'  - { period: 2026-Q3, value: 100, unit: count }\n  - { period: 2026-Q3, value: 100, unit: count }\n',
					'computed: sop-maintenance\n',
				),
			),
		).toMatchInlineSnapshot(`
			[
			  "[kpi/computed-results] src/content/kpis/client-response.yaml:9:1 error: results has 2 entries, but this KPI is computed: sop-maintenance, so the handbook measures it from its own files and never shows figures written here.
			hint: Remove results. If the KPI is measured by hand after all, remove computed instead.",
			]
		`);
	});

	it('leaves a computed KPI without results alone, and an empty results list too', () => {
		expect(
			kpiFindings({ [KPI]: kpi('')[KPI].replace('results:\n', 'computed: sop-maintenance\n') }),
		).toEqual([]);
		expect(
			kpiFindings({
				[KPI]: kpi('')[KPI].replace('results:\n', 'computed: sop-maintenance\nresults: []\n'),
			}),
		).toEqual([]);
	});

	it('leaves a period that is not a period to the schema, with its own message', () => {
		const report = check(kpi('  - { period: 2026-13, value: 20 }\n'));
		expect(findings(report, 'frontmatter/schema')).toMatchInlineSnapshot(`
			[
			  "src/content/kpis/client-response.yaml:9:7 error: results[0].period is "2026-13", which is not a period. Write a quarter, 2026-Q3, or a month, 2026-09.
			hint: period: 2026-Q3",
			]
		`);
		expect(RULES.flatMap((rule) => findings(report, rule))).toEqual([]);
	});
});
