import { z } from 'astro/zod';

/**
 * A calendar day written `YYYY-MM-DD`. Kept as that string everywhere, so a day never
 * shifts with the reader's time zone.
 */
export type PlainDate = string;

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar day in `YYYY-MM-DD` form (so not 2026-02-30). */
export function isPlainDate(text: string): boolean {
	const match = DATE_SHAPE.exec(text);
	if (!match) return false;
	const [, y, m, d] = match.map(Number) as [number, number, number, number];
	return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A YAML parser that follows YAML 1.1 (Astro's does) hands an unquoted date back as a
 * `Date` at UTC midnight. Reading it in UTC gives back the day that was written, in
 * every time zone.
 */
export function plainDateFromUtc(date: Date): PlainDate {
	return date.toISOString().slice(0, 10);
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
