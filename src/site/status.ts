import type { PlainDate } from '../schemas/date.ts';
import type { ReviewState } from '../dates/review-status.ts';
import { atUtcMidnight } from '../dates/calendar.ts';

/**
 * The status a reader sees: the review state, except that a document in use whose owner
 * has left is never shown as current or due soon. Nobody is keeping it current until it
 * is handed over, whatever its dates say.
 */
export type ShownState = ReviewState | 'owner-left';

export const STATE_LABEL: Record<ShownState, string> = {
	current: 'Current',
	'due-soon': 'Due soon',
	'owner-left': 'Owner left',
	overdue: 'Overdue',
	draft: 'Draft',
	retired: 'Retired',
};

/** How bad a state is, for "worst status" summaries: higher is worse. */
export const STATE_RANK: Record<ShownState, number> = {
	retired: 0,
	draft: 1,
	current: 2,
	'due-soon': 3,
	'owner-left': 4,
	overdue: 5,
};

/** `in 12 days`, `today`, `3 days ago`. */
export function relativeDays(days: number): string {
	if (days === 0) return 'today';
	const n = Math.abs(days);
	const unit = n === 1 ? 'day' : 'days';
	return days > 0 ? `in ${n} ${unit}` : `${n} ${unit} ago`;
}

// One formatter for the whole build: making one costs far more than formatting with it,
// and a large handbook formats hundreds of thousands of dates.
const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC',
});

/** `22 Nov 2026`. */
export function longDate(date: PlainDate): string {
	return LONG_DATE.format(atUtcMidnight(date));
}

const WEEKDAY_DATE = new Intl.DateTimeFormat('en-GB', {
	weekday: 'long',
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	timeZone: 'UTC',
});

/** `Thursday 24 Dec 2026`. */
export function weekdayDate(date: PlainDate): string {
	return WEEKDAY_DATE.format(atUtcMidnight(date)).replace(',', '');
}

/** A run of days as a reader says it: `Thursday 24 Dec 2026 to Thursday 31 Dec 2026`, or one day. */
export function spanInWords(run: { from: PlainDate; to: PlainDate }): string {
	return run.from === run.to
		? weekdayDate(run.from)
		: `${weekdayDate(run.from)} to ${weekdayDate(run.to)}`;
}
