import type { Entry, Handbook } from '../model/handbook.ts';
import { isInUse } from '../model/status.ts';
import type { Kpi, KpiFigure } from '../schemas/kpi.ts';
import type { Sop } from '../schemas/sop.ts';
import { parsePeriod, periodLabel } from '../dates/calendar.ts';
import { amountText, type KpiSeries } from '../reports/kpi-results.ts';

/** The KPIs in reading order: by `order`, then by name. */
export function sortedKpis(handbook: Handbook): Entry<Kpi>[] {
	return [...handbook.kpis.values()].sort(
		(a, b) =>
			(a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) ||
			a.data.name.localeCompare(b.data.name, 'en'),
	);
}

/** The SOPs in use that name a KPI under `kpis`, by title. */
export function sopsServing(handbook: Handbook, kpi: string): Entry<Sop>[] {
	return [...handbook.sops.values()]
		.filter((s) => isInUse(s) && s.data.kpis.includes(kpi))
		.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

export { roleLabel } from '../model/roles.ts';

/** A figure in words: `24 business hours`, `95%`, `a score of 4`. */
export function figureText(figure: KpiFigure): string {
	return amountText(figure.value, figure.unit);
}

/** A measured value in words, in a table cell: `31 business hours`, `96%`, `4.3`. */
export function valueText(unit: KpiFigure['unit'], value: number): string {
	return unit === 'score' ? String(value) : amountText(value, unit);
}

const SHORT: Partial<Record<KpiFigure['unit'], string>> = {
	percent: '%',
	'business-hours': ' h',
	'business-days': ' d',
};

/** A value on a chart, where room is short: `96%`, `31 h`, `1.5 d`, `4.3`. */
export function shortValue(unit: KpiFigure['unit'], value: number): string {
	return `${value}${SHORT[unit] ?? ''}`;
}

/** `2026 Q3`, `September 2026` (short: `Sep 2026`) for a period as written. */
export function periodName(period: string, short = false): string {
	const parsed = parsePeriod(period);
	return parsed ? periodLabel(parsed, short) : period;
}

/** One row of a KPI's results table, in words, as the chart draws it. */
export interface ResultRow {
	/** `2026 Q3`, or `2026 Q4 (so far)` while the period runs. */
	period: string;
	/** `31 business hours`, or `No figure recorded`. */
	value: string;
	/** `at most 24 business hours`. */
	target: string;
	/** Whether the target was met: `Yes`, `No`, `Yes, so far`, `No, so far`, or a dash for no figure. */
	met: string;
	note: string;
}

/** The target as a reader weighs a figure against it: `at most 24 business hours`, `at least 95%`. */
export function targetText(series: KpiSeries): string {
	return `${series.better === 'higher' ? 'at least' : 'at most'} ${valueText(series.unit, series.target)}`;
}

/** The series as the rows of its table, oldest first, gaps included. */
export function resultRows(series: KpiSeries): ResultRow[] {
	const target = targetText(series);
	return series.periods.map((p) => {
		return {
			period: `${periodName(p.period)}${p.complete ? '' : ' (so far)'}`,
			value: p.value === null ? 'No figure recorded' : valueText(series.unit, p.value),
			target,
			met: p.met === null ? '—' : `${p.met ? 'Yes' : 'No'}${p.complete ? '' : ', so far'}`,
			note: p.note ?? '',
		};
	});
}

/** Which way is better, in a sentence: `Lower is better: the target is at most 24 business hours.` */
export function directionText(series: KpiSeries): string {
	return `${series.better === 'higher' ? 'Higher' : 'Lower'} is better: the target is ${targetText(series)}.`;
}

/** The periods missing between the first recorded and the last whole one, in a sentence. */
export function missingText(series: KpiSeries): string {
	const names = series.missing.map((p) => periodName(p));
	if (names.length > 0)
		return `No figure recorded for ${names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`}.`;
	const whole = series.periods.filter((p) => p.complete);
	if (whole.length === 0) return `The first ${series.kind} recorded is not over yet.`;
	const [first, last] = [periodName(whole[0]!.period), periodName(whole.at(-1)!.period)];
	return first === last
		? `${first} has a figure, and no ${series.kind} since is over yet.`
		: `Every ${series.kind} from ${first} to ${last} has a figure.`;
}
