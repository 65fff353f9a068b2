import type { PlainDate } from '../schemas/date.ts';
import { addDays, daysBetween } from '../dates/calendar.ts';
import { controlledDocuments, type ControlledEntry, type Handbook } from '../model/handbook.ts';
import { reviewStatus, type ReviewStatus } from '../dates/review-status.ts';
import { isInUse } from '../model/status.ts';

export interface ScheduledReview {
	doc: ControlledEntry;
	status: ReviewStatus;
}

/** Overdue and due-soon documents in use, grouped by owner; the most overdue first. */
export function reviewsByOwner(
	handbook: Handbook,
	today: PlainDate,
	warnDays: number,
): Map<string, ScheduledReview[]> {
	const pending = controlledDocuments(handbook)
		.filter((doc) => isInUse(doc))
		.map((doc) => ({ doc, status: reviewStatus(handbook.config, doc, today, warnDays) }))
		.filter(({ status }) => status.state === 'overdue' || status.state === 'due-soon')
		.sort((a, b) => a.status.daysLeft - b.status.daysLeft);
	return Map.groupBy(pending, (item) => item.doc.data.owner);
}

export interface WeekBucket {
	/** The first day of the week (7 days from `today`, not calendar weeks). */
	start: PlainDate;
	count: number;
}

/** How many reviews fall due in each of the next `weeks` weeks. */
export function reviewsPerWeek(handbook: Handbook, today: PlainDate, weeks: number): WeekBucket[] {
	const buckets = Array.from({ length: weeks }, (_, i) => ({
		start: addDays(today, i * 7),
		count: 0,
	}));
	for (const doc of controlledDocuments(handbook)) {
		if (!isInUse(doc)) continue;
		const { due } = reviewStatus(handbook.config, doc, today, 0);
		const offset = daysBetween(today, due);
		if (offset < 0 || offset >= weeks * 7) continue;
		buckets[Math.floor(offset / 7)]!.count += 1;
	}
	return buckets;
}
