/**
 * How old the built site is, judged in the reader's browser: the page is static, so only
 * the browser knows today's date. A site published every morning
 * (`.github/workflows/publish.yml`) that is older than that has missed a publish, and its
 * review statuses may be wrong by now.
 */
import { dateInTimeZone } from '../dates/time-zone.ts';
import { weekdayDate } from '../site/status.ts';
import type { PlainDate } from '../schemas/date.ts';

/** How often the site is published, in days: the publish workflow runs every morning. */
export const PUBLISHED_EVERY_DAYS = 1;

/** What the page knows of its build, from the data attributes the build wrote. */
export interface BuiltSite {
	/** The day the statuses are judged on, `YYYY-MM-DD`. */
	builtOn: string;
	/** The handbook's time zone, in which that day was the build's day. */
	timeZone: string;
	/** Whether the day was the real day of the build (`clock`), or one the build was asked to judge by. */
	source: 'clock' | 'set';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whole calendar days from the build's day to the reader's day, both in the handbook's time zone. */
export function daysSinceBuild(site: BuiltSite, now: Date): number {
	const [y1, m1, d1] = site.builtOn.split('-').map(Number) as [number, number, number];
	const [y2, m2, d2] = dateInTimeZone(now, site.timeZone).split('-').map(Number) as [
		number,
		number,
		number,
	];
	return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/**
 * The line a reader sees when the site is more than a day older than its schedule (the
 * morning publish after the build's day never reached it), or undefined while it is as
 * fresh as the schedule allows. Undefined too when the page's data cannot be read: no line
 * is better than a wrong one.
 */
export function staleNotice(site: BuiltSite, now: Date): string | undefined {
	if (!DAY.test(site.builtOn) || Number.isNaN(now.getTime())) return undefined;
	let days: number;
	try {
		days = daysSinceBuild(site, now);
	} catch {
		// A time zone this browser does not know.
		return undefined;
	}
	if (!(days > PUBLISHED_EVERY_DAYS)) return undefined;
	// A day, as the test above made sure.
	const day = `${weekdayDate(site.builtOn as PlainDate)} (${site.timeZone})`;
	return site.source === 'clock'
		? `This site is out of date: it was built on ${day}, ${days} days ago, and should be published again every morning. Reviews that have fallen due since then are not shown here. The latest run of the publish workflow, and the handbook's tracking issue, say why publishing stopped.`
		: `This site judges the handbook as of ${day}, the date its build was asked to judge by, ${days} days before today. Reviews that have fallen due since then are not shown here.`;
}
