import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { calendarDate, plainDate } from '../src/schemas/date.ts';
import { addMonths, daysBetween, periodOf, weekdayOf, workingDays } from '../src/dates/calendar.ts';
import { dateInTimeZone } from '../src/dates/time-zone.ts';
import { parseYaml } from '../src/model/yaml-source.ts';
import { resolveToday } from '../src/dates/today.ts';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`calendar dates with the clock in ${zone}`, () => {
	it('runs in one of the far-apart zones the suite is set up for', () => {
		expect(['Pacific/Kiritimati', 'Pacific/Pago_Pago']).toContain(zone);
		expect(zone).toBe(process.env.TZ);
	});

	it.each([
		['last_reviewed: 2026-11-01', '2026-11-01'],
		['last_reviewed: "2026-11-01"', '2026-11-01'],
		["last_reviewed: '2026-01-01'", '2026-01-01'],
		['last_reviewed: 2026-12-31', '2026-12-31'],
	])('reads %s as the same day in Astro and in the check', (line, day) => {
		// Astro's own frontmatter parser (YAML 1.1) turns unquoted dates into Date objects at UTC midnight.
		const astro = parseFrontmatter(`---\n${line}\n---\n`).frontmatter as { last_reviewed: unknown };
		const cli = parseYaml(line, 1).data as { last_reviewed: unknown };
		expect(calendarDate.parse(astro.last_reviewed)).toBe(day);
		expect(calendarDate.parse(cli.last_reviewed)).toBe(day);
	});

	it.each([
		'2026-13-01',
		'2026-02-30',
		'2026-02-29',
		'1900-02-29',
		'2026-04-31',
		'2026-00-10',
		'2026-01-00',
		'2026-2-1',
		'01/11/2026',
		'soon',
	])('refuses %s', (text) => {
		expect(calendarDate.safeParse(text).success).toBe(false);
		expect(() => plainDate(text)).toThrow(`"${text}" is not a calendar date written YYYY-MM-DD.`);
	});

	it.each(['2028-02-29', '2000-02-29', '2026-12-31', '2026-04-30', '2026-01-31'])(
		'takes a real day written in code as it is: %s',
		(day) => {
			expect(plainDate(day)).toBe(day);
		},
	);

	it('adds calendar months and clamps at month end', () => {
		expect(addMonths(plainDate('2026-11-30'), 3)).toBe('2027-02-28');
		expect(addMonths(plainDate('2027-11-30'), 3)).toBe('2028-02-29');
		expect(addMonths(plainDate('2026-01-31'), 1)).toBe('2026-02-28');
		expect(addMonths(plainDate('2026-10-01'), 12)).toBe('2027-10-01');
	});

	it('names the weekday and counts Monday to Friday as working days', () => {
		expect(weekdayOf(plainDate('2026-11-22'))).toBe('Sun');
		expect(workingDays(plainDate('2026-11-20'), plainDate('2026-11-24'))).toEqual([
			'2026-11-20',
			'2026-11-23',
			'2026-11-24',
		]);
	});

	it('puts a day in its calendar quarter and month', () => {
		expect(periodOf('quarter', plainDate('2026-09-30'))).toMatchObject({
			id: '2026-Q3',
			from: '2026-07-01',
			to: '2026-09-30',
		});
		expect(periodOf('quarter', plainDate('2026-10-01'))).toMatchObject({
			id: '2026-Q4',
			from: '2026-10-01',
			to: '2026-12-31',
		});
		expect(periodOf('month', plainDate('2028-02-10'))).toMatchObject({
			id: '2028-02',
			from: '2028-02-01',
			to: '2028-02-29',
		});
	});

	it('counts whole days across a daylight-saving change', () => {
		expect(daysBetween(plainDate('2026-03-07'), plainDate('2026-03-09'))).toBe(2);
		expect(daysBetween(plainDate('2026-11-22'), plainDate('2026-11-21'))).toBe(-1);
	});

	it('takes today from the configured zone, not the machine clock', () => {
		const instant = new Date('2026-11-22T05:30:00Z');
		expect(dateInTimeZone(instant, 'America/Chicago')).toBe('2026-11-21');
		expect(dateInTimeZone(instant, 'Asia/Kolkata')).toBe('2026-11-22');
		expect(resolveToday({ timeZone: 'America/Chicago', now: () => instant })).toEqual({
			today: '2026-11-21',
			source: 'clock',
		});
	});

	it('prefers --today over HANDBOOK_TODAY over the clock, and refuses a bad date', () => {
		const now = () => new Date('2026-11-22T12:00:00Z');
		expect(
			resolveToday({ flag: '2026-01-05', env: '2026-02-05', timeZone: 'UTC', now }).today,
		).toBe('2026-01-05');
		expect(resolveToday({ env: '2026-02-05', timeZone: 'UTC', now })).toEqual({
			today: '2026-02-05',
			source: 'HANDBOOK_TODAY',
		});
		expect(() =>
			resolveToday({ flag: '2026-13-01', timeZone: 'UTC', now }),
		).toThrowErrorMatchingInlineSnapshot(
			`[Error: --today is "2026-13-01", which is not a calendar date. Write it as YYYY-MM-DD, e.g. 2026-11-22.]`,
		);
	});
});
