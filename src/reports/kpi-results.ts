import type { PlainDate } from '../schemas/date.ts';
import { KPI_TIME_UNITS, type Kpi, type KpiFigure, type KpiResult } from '../schemas/kpi.ts';
import {
	lastCompletePeriod,
	parsePeriod,
	periodAt,
	periodsFromTo,
	type Period,
	type PeriodKind,
} from '../dates/calendar.ts';

/**
 * The figures a supervisor records under a KPI's `results`, read against its target: one
 * series per figure of the KPI that has results, each period's value and whether it met the
 * target, and the periods with no figure between the first recorded and the last whole
 * period before today.
 *
 * - A result measures the KPI's first figure whose unit is its `unit`; without a `unit`, the
 *   KPI's first figure.
 * - Higher is better unless the figure says `better: lower`, or counts time taken
 *   (business-hours, business-days), or has a target of 0: those targets are a most.
 * - What the `kpi/...` rules report (a unit no figure has, a period twice, months among
 *   quarters, results on a computed KPI) is left out here, so a page in `npm run dev` still
 *   draws what can be read.
 */

/** Which way a figure should go. */
export type Better = 'higher' | 'lower';

/** One period of a series: a recorded figure, or a gap. */
export interface SeriesPeriod {
	/** As written: `2026-Q3`, `2026-09`. */
	period: string;
	/** `null` where no figure was recorded. */
	value: number | null;
	/** Whether the value met the target; `null` without a value. */
	met: boolean | null;
	note: string | null;
	/** False while the period is not over on the day the handbook is judged (the figure is so far). */
	complete: boolean;
}

export interface KpiSeries {
	/** The figure's place in the KPI's `figures`. */
	figure: number;
	unit: KpiFigure['unit'];
	/** What the figure is of, as the KPI says it. */
	of: string;
	target: number;
	better: Better;
	kind: PeriodKind;
	/** From the first recorded period to the last recorded or the last whole period before today, whichever is later, gaps included. */
	periods: SeriesPeriod[];
	/** Periods with no figure, from the first recorded to the last whole period before today. */
	missing: string[];
}

const UNITS: Record<KpiFigure['unit'], (n: number) => string> = {
	percent: (n) => `${n}%`,
	'business-hours': (n) => `${n} business hour${n === 1 ? '' : 's'}`,
	'business-days': (n) => `${n} business day${n === 1 ? '' : 's'}`,
	'per-day': (n) => `${n} a day`,
	'per-week': (n) => `${n} a week`,
	'per-quarter': (n) => `${n} a quarter`,
	count: (n) => String(n),
	score: (n) => `a score of ${n}`,
};

/** A number in its unit, in words: `24 business hours`, `95%`, `a score of 4`. */
export function amountText(value: number, unit: KpiFigure['unit']): string {
	return UNITS[unit](value);
}

/** Whether a higher or a lower measured value is better for `figure`. */
export function betterOf(figure: KpiFigure): Better {
	if (figure.better) return figure.better;
	return KPI_TIME_UNITS.includes(figure.unit) || figure.value === 0 ? 'lower' : 'higher';
}

/** Whether `value` meets the target of `figure`. */
export function meets(figure: KpiFigure, value: number): boolean {
	return betterOf(figure) === 'higher' ? value >= figure.value : value <= figure.value;
}

/** The place in `figures` of the figure a result measures; `undefined` when it names a unit no figure has. */
export function figureOfResult(
	figures: readonly KpiFigure[],
	result: Pick<KpiResult, 'unit'>,
): number | undefined {
	const index =
		result.unit === undefined
			? figures.length > 0
				? 0
				: -1
			: figures.findIndex((f) => f.unit === result.unit);
	return index === -1 ? undefined : index;
}

/** A KPI's results grouped by the figure they measure, in the order written, each with its place in `results`. */
export function resultsByFigure(
	kpi: Kpi,
): Map<number, { result: KpiResult; index: number; period: Period }[]> {
	const read = kpi.results.flatMap((result, index) => {
		const figure = figureOfResult(kpi.figures, result);
		const period = parsePeriod(result.period);
		return figure === undefined || period === undefined ? [] : [{ figure, result, index, period }];
	});
	return Map.groupBy(read, (r) => r.figure);
}

/** The kind of period most of `periods` are (the first one's on a tie): the kind a figure's series is read in. */
export function seriesKind(periods: readonly Period[]): PeriodKind {
	const months = periods.filter((p) => p.kind === 'month').length;
	const quarters = periods.length - months;
	return months === quarters
		? (periods[0]?.kind ?? 'quarter')
		: months > quarters
			? 'month'
			: 'quarter';
}

/** The KPI's results read against its figures as of `today`, one series per figure with results, in the figures' order. */
export function kpiSeries(kpi: Kpi, today: PlainDate): KpiSeries[] {
	if (kpi.computed) return [];
	const series: KpiSeries[] = [];
	for (const [index, results] of [...resultsByFigure(kpi)].sort(([a], [b]) => a - b)) {
		const figure = kpi.figures[index]!;
		const kind = seriesKind(results.map((r) => r.period));
		// The first result for a period stands; a second is kpi/duplicate-period's finding.
		const byIndex = new Map<number, KpiResult>();
		for (const r of results)
			if (r.period.kind === kind && !byIndex.has(r.period.index))
				byIndex.set(r.period.index, r.result);
		const recorded = [...byIndex.keys()].sort((a, b) => a - b);
		const first = recorded[0]!;
		const lastWhole = lastCompletePeriod(kind, today);
		const span = periodsFromTo(
			periodAt(kind, first),
			periodAt(kind, Math.max(recorded.at(-1)!, lastWhole.index)),
		);
		const periods = span.map((period): SeriesPeriod => {
			const result = byIndex.get(period.index);
			return {
				period: period.id,
				value: result?.value ?? null,
				met: result ? meets(figure, result.value) : null,
				note: result?.note ?? null,
				complete: period.to < today,
			};
		});
		series.push({
			figure: index,
			unit: figure.unit,
			of: figure.of,
			target: figure.value,
			better: betterOf(figure),
			kind,
			periods,
			missing: span
				.filter((p) => p.index <= lastWhole.index && !byIndex.has(p.index))
				.map((p) => p.id),
		});
	}
	return series;
}
