import type { PlainDate } from '../schemas/date.ts';
import { reviewStatus, type DocumentLike, type ReviewState, type ReviewStatus } from '../validation/review-status.ts';
import { buildContext } from './today.ts';

let context: ReturnType<typeof buildContext> | undefined;

/** The config and build date, read once per build. */
export function site() {
	context ??= buildContext();
	return context;
}

/** A document's review status as of the build date. */
export function statusOf(doc: DocumentLike): ReviewStatus {
	const { config, today } = site();
	return reviewStatus(config, doc, today, config.warn_days);
}

export const STATE_LABEL: Record<ReviewState, string> = {
	current: 'Current',
	'due-soon': 'Due soon',
	overdue: 'Overdue',
	draft: 'Draft',
	retired: 'Retired',
};

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
