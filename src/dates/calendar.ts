import { daysInMonth, plainDateFromUtc, type PlainDate } from '../schemas/date.ts';

function parts(date: PlainDate): [number, number, number] {
	return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** The day `day` of `month` (1 to 12) in `year`; the caller knows the day is in the month. */
export function dayOf(year: number, month: number, day: number): PlainDate {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as PlainDate;
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
