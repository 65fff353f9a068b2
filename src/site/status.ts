import type { PlainDate } from '../schemas/date.ts';
import type { ReviewState } from '../dates/review-status.ts';

export const STATE_LABEL: Record<ReviewState, string> = {
	current: 'Current',
	'due-soon': 'Due soon',
	overdue: 'Overdue',
	draft: 'Draft',
	retired: 'Retired',
};

/** How bad a state is, for "worst status" summaries: higher is worse. */
export const STATE_RANK: Record<ReviewState, number> = { retired: 0, draft: 1, current: 2, 'due-soon': 3, overdue: 4 };

/** `in 12 days`, `today`, `3 days ago`. */
export function relativeDays(days: number): string {
	if (days === 0) return 'today';
	const n = Math.abs(days);
	const unit = n === 1 ? 'day' : 'days';
	return days > 0 ? `in ${n} ${unit}` : `${n} ${unit} ago`;
}

/** `22 Nov 2026`. */
export function longDate(date: PlainDate): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
