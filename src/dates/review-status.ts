import type { PlainDate } from '../schemas/date.ts';
import { CYCLE_MONTHS, type ReviewCycle } from '../schemas/review-cycle.ts';
import { addMonths, daysBetween } from './calendar.ts';
import type { HandbookConfig } from '../schemas/config.ts';
import type { ControlledEntry } from '../model/handbook.ts';
import { isDraft, isRetired } from '../model/status.ts';

/** Just what the status needs: the kind and the frontmatter. */
export type DocumentLike = {
	[K in ControlledEntry['kind']]: Pick<Extract<ControlledEntry, { kind: K }>, 'kind' | 'data'>;
}[ControlledEntry['kind']];

export type ReviewState = 'current' | 'due-soon' | 'overdue' | 'draft' | 'retired';

export interface ReviewStatus {
	state: ReviewState;
	cycle: ReviewCycle;
	/** The day the next review is due. */
	due: PlainDate;
	/** Days from today to `due`; negative when overdue. */
	daysLeft: number;
}

/** Which review-cycle policy of the config applies to a document. */
export function cyclePolicyOf(config: HandbookConfig, doc: DocumentLike) {
	const cycles = config.review_cycles;
	if (doc.kind === 'sop') return doc.data.client ? cycles.client_sop : cycles.sop;
	return doc.kind === 'training' ? cycles.training : cycles.principle;
}

/** When a document is next due for review, and how that stands on `today`. */
export function reviewStatus(
	config: HandbookConfig,
	doc: DocumentLike,
	today: PlainDate,
	warnDays: number,
): ReviewStatus {
	const cycle = doc.data.review_cycle ?? cyclePolicyOf(config, doc).default;
	const due = addMonths(doc.data.last_reviewed, CYCLE_MONTHS[cycle]);
	const daysLeft = daysBetween(today, due);
	let state: ReviewState;
	if (isDraft(doc)) state = 'draft';
	else if (isRetired(doc)) state = 'retired';
	else if (daysLeft < 0) state = 'overdue';
	else if (daysLeft <= warnDays) state = 'due-soon';
	else state = 'current';
	return { state, cycle, due, daysLeft };
}
