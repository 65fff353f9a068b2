import { describe, expect, it } from 'vitest';
import { lastCompletePeriod, parsePeriod, periodLabel } from '../../src/dates/calendar.ts';
import { betterOf, kpiSeries } from '../../src/reports/kpi-results.ts';
import { kpiSchema, type KpiFigure } from '../../src/schemas/kpi.ts';
import { directionText, missingText, resultRows } from '../../src/site/kpis.ts';
import { plainDate } from '../../src/schemas/date.ts';

const TODAY = plainDate('2026-11-20');

/** A KPI as its file would give it: 24 business hours and 100 percent, and `results`. */
function kpi(results: unknown[], more: Record<string, unknown> = {}) {
	return kpiSchema.parse({
		name: 'Client response time',
		role: 'csa',
		target: 'Every client message answered within 24 business hours.',
		figures: [
			{ value: 24, unit: 'business-hours', of: 'to answer a client message' },
			{ value: 100, unit: 'percent', of: 'client messages answered in time' },
		],
		measure: 'The pod lead samples ten threads a month.',
		results,
		...more,
	});
}

const figure = (
	value: number,
	unit: KpiFigure['unit'],
	better?: KpiFigure['better'],
): KpiFigure => ({ value, unit, of: 'x', ...(better ? { better } : {}) });

describe('periods', () => {
	it('read quarters and months, and nothing else', () => {
		expect(parsePeriod('2026-Q3')).toEqual({
			id: '2026-Q3',
			kind: 'quarter',
			index: 2026 * 4 + 2,
			from: '2026-07-01',
			to: '2026-09-30',
		});
		expect(parsePeriod('2026-02')).toMatchObject({
			id: '2026-02',
			kind: 'month',
			from: '2026-02-01',
			to: '2026-02-28',
		});
		expect(parsePeriod('2028-02')?.to).toBe('2028-02-29');
		expect(['2026-Q5', '2026-13', '2026-9', '2026-Q3 ', 'Q3 2026'].map(parsePeriod)).toEqual([
			undefined,
			undefined,
			undefined,
			undefined,
			undefined,
		]);
	});

	it('end with the last whole quarter or month before today, the one just over on the first day of the next', () => {
		expect([
			lastCompletePeriod('quarter', TODAY).id,
			lastCompletePeriod('month', TODAY).id,
		]).toEqual(['2026-Q3', '2026-10']);
		expect([
			lastCompletePeriod('quarter', plainDate('2026-10-01')).id,
			lastCompletePeriod('quarter', plainDate('2026-09-30')).id,
		]).toEqual(['2026-Q3', '2026-Q2']);
		expect([
			lastCompletePeriod('quarter', plainDate('2026-01-01')).id,
			lastCompletePeriod('month', plainDate('2026-01-01')).id,
		]).toEqual(['2025-Q4', '2025-12']);
	});

	it('are named as a reader says them', () => {
		expect([
			periodLabel(parsePeriod('2026-Q3')!),
			periodLabel(parsePeriod('2026-09')!),
			periodLabel(parsePeriod('2026-09')!, true),
		]).toEqual(['2026 Q3', 'September 2026', 'Sep 2026']);
	});
});

describe('which way is better', () => {
	it('is lower for time taken and for a target of 0, higher for the rest, unless the figure says', () => {
		expect(
			[
				figure(24, 'business-hours'),
				figure(2, 'business-days'),
				figure(0, 'count'),
				figure(0, 'percent'),
				figure(95, 'percent'),
				figure(4, 'score'),
				figure(3, 'count'),
				figure(1, 'per-quarter'),
				figure(5, 'business-days', 'higher'),
				figure(10, 'percent', 'lower'),
			].map(betterOf),
		).toEqual([
			'lower',
			'lower',
			'lower',
			'lower',
			'higher',
			'higher',
			'higher',
			'higher',
			'higher',
			'lower',
		]);
	});
});

describe('a KPI read against its target', () => {
	it('gives each figure with results a series, met or not the way the figure goes, with the notes', () => {
		const series = kpiSeries(
			kpi([
				{ period: '2026-Q2', value: 20 },
				{ period: '2026-Q2', value: 100, unit: 'percent' },
				{ period: '2026-Q3', value: 31, note: 'Two threads waited over the July close.' },
				{ period: '2026-Q3', value: 96, unit: 'percent' },
			]),
			TODAY,
		);
		expect(series.map((s) => [s.unit, s.target, s.better, s.kind, s.missing])).toEqual([
			['business-hours', 24, 'lower', 'quarter', []],
			['percent', 100, 'higher', 'quarter', []],
		]);
		expect(series[0]!.periods).toEqual([
			{ period: '2026-Q2', value: 20, met: true, note: null, complete: true },
			{
				period: '2026-Q3',
				value: 31,
				met: false,
				note: 'Two threads waited over the July close.',
				complete: true,
			},
		]);
		expect(series[1]!.periods.map((p) => [p.value, p.met])).toEqual([
			[100, true],
			[96, false],
		]);
	});

	it('counts a value equal to the target as met, a ceiling and a floor alike', () => {
		const series = kpiSeries(
			kpi([
				{ period: '2026-Q3', value: 24 },
				{ period: '2026-Q3', value: 100, unit: 'percent' },
			]),
			TODAY,
		);
		expect(series.map((s) => s.periods[0]!.met)).toEqual([true, true]);
	});

	it('names the periods missing between the first recorded and the last whole one before today, and keeps a gap in their place', () => {
		const [series] = kpiSeries(
			kpi([
				{ period: '2025-Q4', value: 20 },
				{ period: '2026-Q2', value: 22 },
			]),
			TODAY,
		);
		expect(series!.missing).toEqual(['2026-Q1', '2026-Q3']);
		expect(series!.periods.map((p) => [p.period, p.value, p.met])).toEqual([
			['2025-Q4', 20, true],
			['2026-Q1', null, null],
			['2026-Q2', 22, true],
			['2026-Q3', null, null],
		]);
	});

	it('shows a figure for the period still running as not complete, and does not miss the current period', () => {
		const [series] = kpiSeries(
			kpi([
				{ period: '2026-09', value: 20 },
				{ period: '2026-11', value: 30 },
			]),
			TODAY,
		);
		expect(series!.kind).toBe('month');
		expect(series!.missing).toEqual(['2026-10']);
		expect(series!.periods.map((p) => [p.period, p.complete])).toEqual([
			['2026-09', true],
			['2026-10', true],
			['2026-11', false],
		]);
	});

	it('misses nothing before the first figure recorded', () => {
		expect(kpiSeries(kpi([{ period: '2026-Q3', value: 20 }]), TODAY)[0]!.missing).toEqual([]);
		expect(kpiSeries(kpi([{ period: '2026-Q4', value: 20 }]), TODAY)[0]!.missing).toEqual([]);
	});

	it('reads a 0 target as a most: one late bill is a miss', () => {
		const [series] = kpiSeries(
			kpi([{ period: '2026-Q3', value: 1 }], {
				figures: [{ value: 0, unit: 'count', of: 'bills paid late because a reminder was missed' }],
			}),
			TODAY,
		);
		expect([series!.better, series!.periods[0]!.met]).toEqual(['lower', false]);
	});

	it('draws nothing for a computed KPI, and leaves out what the rules report', () => {
		expect(
			kpiSeries(kpi([{ period: '2026-Q3', value: 20 }], { computed: 'sop-maintenance' }), TODAY),
		).toEqual([]);
		const [series, ...others] = kpiSeries(
			kpi([
				{ period: '2026-Q2', value: 20 },
				{ period: '2026-Q2', value: 99 },
				{ period: '2026-Q3', value: 5, unit: 'business-days' },
				{ period: '2026-08', value: 99 },
				{ period: '2026-Q3', value: 18 },
			]),
			TODAY,
		);
		expect(others).toEqual([]);
		expect(series!.periods.map((p) => [p.period, p.value])).toEqual([
			['2026-Q2', 20],
			['2026-Q3', 18],
		]);
	});
});

describe('what the KPI page says', () => {
	it('gives a row per period, gaps included, with the target each was read against and whether it met it', () => {
		const [hours, share] = kpiSeries(
			kpi([
				{ period: '2026-Q1', value: 31, note: 'Two threads waited over the January close.' },
				{ period: '2026-Q1', value: 96, unit: 'percent' },
				{ period: '2026-Q3', value: 16 },
				{ period: '2026-Q4', value: 100, unit: 'percent' },
			]),
			TODAY,
		);
		expect(resultRows(hours!)).toEqual([
			{
				period: '2026 Q1',
				value: '31 business hours',
				target: 'at most 24 business hours',
				met: 'No',
				note: 'Two threads waited over the January close.',
			},
			{
				period: '2026 Q2',
				value: 'No figure recorded',
				target: 'at most 24 business hours',
				met: '—',
				note: '',
			},
			{
				period: '2026 Q3',
				value: '16 business hours',
				target: 'at most 24 business hours',
				met: 'Yes',
				note: '',
			},
		]);
		expect(resultRows(share!).map((r) => [r.period, r.value, r.target, r.met])).toEqual([
			['2026 Q1', '96%', 'at least 100%', 'No'],
			['2026 Q2', 'No figure recorded', 'at least 100%', '—'],
			['2026 Q3', 'No figure recorded', 'at least 100%', '—'],
			['2026 Q4 (so far)', '100%', 'at least 100%', 'Yes, so far'],
		]);
	});

	it('says which way is better and which periods are missing, in words', () => {
		const [hours, share] = kpiSeries(
			kpi([
				{ period: '2026-Q1', value: 31 },
				{ period: '2026-Q2', value: 20 },
				{ period: '2026-Q3', value: 16 },
				{ period: '2026-07', value: 96, unit: 'percent' },
			]),
			TODAY,
		);
		expect([directionText(hours!), missingText(hours!)]).toEqual([
			'Lower is better: the target is at most 24 business hours.',
			'Every quarter from 2026 Q1 to 2026 Q3 has a figure.',
		]);
		expect([directionText(share!), missingText(share!)]).toEqual([
			'Higher is better: the target is at least 100%.',
			'No figure recorded for August 2026, September 2026 and October 2026.',
		]);
		const [current] = kpiSeries(kpi([{ period: '2026-Q4', value: 20 }]), TODAY);
		expect(missingText(current!)).toBe('The first quarter recorded is not over yet.');
		const [one] = kpiSeries(kpi([{ period: '2026-Q3', value: 20 }]), TODAY);
		expect(missingText(one!)).toBe('2026 Q3 has a figure, and no quarter since is over yet.');
	});
});
