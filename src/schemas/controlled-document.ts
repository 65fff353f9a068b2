import { z } from 'astro/zod';
import { calendarDate } from './date.ts';
import { reviewCycle } from './review-cycle.ts';
import { plainText } from './text.ts';
import { ref } from './reference.ts';

export const DOCUMENT_STATUSES = ['draft', 'active', 'retired'] as const;

/** What kind of change a review recorded: `material` (people must re-learn it) or `editorial`. */
export const CHANGE_KINDS = ['material', 'editorial'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One recorded review of a document. */
export const reviewEntry = z.strictObject({
	/** The day of the review, `YYYY-MM-DD`. */
	date: calendarDate,
	/** Who reviewed it: the owner, the backup or an approver. */
	by: ref('person'),
	/** What was checked or changed, in a sentence. A `material` entry needs one: what changed, for the people who run it. */
	note: z.string().optional(),
	/**
	 * `material` when the steps, an amount, a cut-off or who does what changed, so the people
	 * trained on it must re-learn it; `editorial` (the default) for wording, links and typos.
	 */
	change: z.enum(CHANGE_KINDS).optional(),
});

/**
 * Fields every controlled document carries (SOPs, principles, training modules).
 * `approvers` may be empty here: an empty list is reported by the `approval/missing`
 * rule, with its own advice, rather than as a shape error.
 */
export const controlledDocumentFields = {
	/** The title readers see: `Weekly bill run`. */
	title: plainText,
	/** The person accountable for this document being correct and current. */
	owner: ref('person'),
	/** People with the approver role who approve the content; never the owner. */
	approvers: z.array(ref('person')).default([]),
	/** The day the document was last reviewed, `YYYY-MM-DD`. */
	last_reviewed: calendarDate,
	/** How often it must be reviewed: `monthly`, `quarterly`, `semiannual` or `annual`. Defaults per kind from the handbook config. */
	review_cycle: reviewCycle.optional(),
	/** `draft` (not yet in use), `active` (default) or `retired` (withdrawn). */
	status: z.enum(DOCUMENT_STATUSES).default('active'),
	/** The review log, newest last. `last_reviewed` equals the newest `date`. */
	reviews: z.array(reviewEntry).default([]),
};

export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
