import type { PlainDate } from '../schemas/date.ts';
import { addDays, addMonths, dayOf } from './calendar.ts';

/**
 * The periods a KPI result covers: a calendar quarter (`2026-Q3`) or a calendar month
 * (`2026-09`), as `results[].period` writes them.
 */
export type PeriodKind = 'quarter' | 'month';

export interface Period {
	/** As a KPI file writes it: `2026-Q3`, `2026-09`. */
	id: string;
	kind: PeriodKind;
	/** Periods of its kind since the year 0: the next period is one more, so periods compare and count by it. */
	index: number;
	/** Its first and last day. */
	from: PlainDate;
	to: PlainDate;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The period of its kind at `index`. */
export function periodAt(kind: PeriodKind, index: number): Period {
	const perYear = kind === 'quarter' ? 4 : 12;
	const year = Math.floor(index / perYear);
	const within = index - year * perYear;
	const firstMonth = kind === 'quarter' ? within * 3 + 1 : within + 1;
	const from = dayOf(year, firstMonth, 1);
	const id = kind === 'quarter' ? `${String(year).padStart(4, '0')}-Q${within + 1}` : from.slice(0, 7);
	return { id, kind, index, from, to: addDays(addMonths(from, kind === 'quarter' ? 3 : 1), -1) };
}

/** `2026-Q3` or `2026-09` as a period; `undefined` for anything else. */
export function parsePeriod(text: string): Period | undefined {
	const quarter = QUARTER.exec(text);
	if (quarter) return periodAt('quarter', Number(quarter[1]) * 4 + Number(quarter[2]) - 1);
	const month = MONTH.exec(text);
	if (month) return periodAt('month', Number(month[1]) * 12 + Number(month[2]) - 1);
	return undefined;
}

/** The period of `kind` that holds `day`. */
export function periodOf(kind: PeriodKind, day: PlainDate): Period {
	const year = Number(day.slice(0, 4));
	const month = Number(day.slice(5, 7)) - 1;
	return periodAt(kind, kind === 'quarter' ? year * 4 + Math.floor(month / 3) : year * 12 + month);
}

/** The newest period of `kind` that was over before `today`: the last whole quarter or month. */
export function lastCompletePeriod(kind: PeriodKind, today: PlainDate): Period {
	return periodAt(kind, periodOf(kind, today).index - 1);
}

/** Every period of `from`'s kind from `from` to `to`, both included, oldest first. */
export function periodsFromTo(from: Period, to: Period): Period[] {
	const out: Period[] = [];
	for (let index = from.index; index <= to.index; index++) out.push(periodAt(from.kind, index));
	return out;
}

/** How a reader names it: `2026 Q3` (as the SOP-maintenance figures do), `September 2026`; short, `Sep 2026`. */
export function periodLabel(period: Period, short = false): string {
	if (period.kind === 'quarter') return period.id.replace('-', ' ');
	const month = MONTHS[Number(period.id.slice(5, 7)) - 1]!;
	return `${short ? month.slice(0, 3) : month} ${period.id.slice(0, 4)}`;
}
