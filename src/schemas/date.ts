import { z } from 'astro/zod';

/**
 * A calendar day written `YYYY-MM-DD`. Kept as that string everywhere, so a day never
 * shifts with the reader's time zone. Branded, so a bare string is not one: content
 * becomes a day through `calendarDate`, a flag through `isPlainDate`, a day written in
 * code through `plainDate`, and the arithmetic in `src/dates/calendar.ts` makes the rest.
 */
export type PlainDate = string & { readonly __brand: 'PlainDate' };

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar day in `YYYY-MM-DD` form (so not 2026-02-30). */
export function isPlainDate(text: string): text is PlainDate {
	const match = DATE_SHAPE.exec(text);
	if (!match) return false;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	// Every month has 28 days: most days need no more.
	return m >= 1 && m <= 12 && d >= 1 && (d <= 28 || d <= daysInMonth(y, m));
}

/** `text` as a calendar day; throws when it is not one. For days written in code (tests, examples, scripts). */
export function plainDate(text: string): PlainDate {
	if (!isPlainDate(text))
		throw new RangeError(`"${text}" is not a calendar date written YYYY-MM-DD.`);
	return text;
}

/** The days in a month of the Gregorian calendar, `month` from 1. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A YAML parser that follows YAML 1.1 (Astro's does) hands an unquoted date back as a
 * `Date` at UTC midnight. Reading it in UTC gives back the day that was written, in
 * every time zone.
 */
export function plainDateFromUtc(date: Date): PlainDate {
	// A valid Date's ISO form starts with its UTC day, so the slice is a real day.
	return date.toISOString().slice(0, 10) as PlainDate;
}

/**
 * A calendar date, `YYYY-MM-DD`, quoted or not. Always comes out as the string
 * `YYYY-MM-DD`.
 */
export const calendarDate = z.union([z.string(), z.date()]).transform((value, ctx): PlainDate => {
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) {
			ctx.addIssue({ code: 'custom', message: 'not-a-date', input: value });
			return z.NEVER;
		}
		return plainDateFromUtc(value);
	}
	if (!isPlainDate(value)) {
		ctx.addIssue({ code: 'custom', message: 'not-a-date', input: value });
		return z.NEVER;
	}
	return value;
});
