import { daysInMonth, plainDateFromUtc, type PlainDate } from '../schemas/date.ts';

/**
 * Calendar-day arithmetic, the one place for it: days and months added, days between,
 * weekdays and working days, calendar months and quarters. Every function takes and gives
 * `PlainDate`s, never a `Date`, so no answer depends on the machine's time zone.
 */

function parts(date: PlainDate): [number, number, number] {
	return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** The day `day` of `month` (1 to 12) in `year`; the caller knows the day is in the month. */
export function dayOf(year: number, month: number, day: number): PlainDate {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as PlainDate;
}

/** The instant `day` starts in UTC, for `Intl.DateTimeFormat` with `timeZone: 'UTC'` to write the same day back. */
export function atUtcMidnight(day: PlainDate): Date {
	const [y, m, d] = parts(day);
	return new Date(Date.UTC(y, m - 1, d));
}

/** `months` calendar months after `date`; a day past the new month's end clamps to its last day. */
export function addMonths(date: PlainDate, months: number): PlainDate {
	const [y, m, d] = parts(date);
	const index = y * 12 + (m - 1) + months;
	const year = Math.floor(index / 12);
	const month = (index % 12) + 1;
	return dayOf(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addDays(date: PlainDate, days: number): PlainDate {
	const [y, m, d] = parts(date);
	return plainDateFromUtc(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: PlainDate, to: PlainDate): number {
	const [y1, m1, d1] = parts(from);
	const [y2, m2, d2] = parts(to);
	return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

// Weekdays and working days.

/** The days of the week, short as the site writes them, Sunday first (as `getUTCDay` counts). */
export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The day of the week `day` falls on: `Mon`. */
export function weekdayOf(day: PlainDate): Weekday {
	return WEEKDAYS[atUtcMidnight(day).getUTCDay()]!;
}

/** Monday to Friday: nobody is in on a weekend, so a weekend is never a gap in coverage. */
export function isWorkingDay(day: PlainDate): boolean {
	const weekday = weekdayOf(day);
	return weekday !== 'Sat' && weekday !== 'Sun';
}

/** The working days from `from` to `to`, both included. */
export function workingDays(from: PlainDate, to: PlainDate): PlainDate[] {
	const days: PlainDate[] = [];
	for (let day = from; day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) days.push(day);
	return days;
}

// Calendar months and quarters.

/**
 * The periods a KPI result covers, a calendar quarter (`2026-Q3`) or a calendar month
 * (`2026-09`) as `results[].period` writes them; the SOP-maintenance figures count by quarter.
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
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;

/** The period of its kind at `index`. */
export function periodAt(kind: PeriodKind, index: number): Period {
	const perYear = kind === 'quarter' ? 4 : 12;
	const year = Math.floor(index / perYear);
	const within = index - year * perYear;
	const firstMonth = kind === 'quarter' ? within * 3 + 1 : within + 1;
	const from = dayOf(year, firstMonth, 1);
	const id =
		kind === 'quarter' ? `${String(year).padStart(4, '0')}-Q${within + 1}` : from.slice(0, 7);
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
	const [year, month] = parts(day);
	return periodAt(
		kind,
		kind === 'quarter' ? year * 4 + Math.floor((month - 1) / 3) : year * 12 + month - 1,
	);
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
