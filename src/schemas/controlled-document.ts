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
	date: calendarDate.meta({ description: 'The day of the review, YYYY-MM-DD.' }),
	by: ref('person').meta({
		description: 'Who reviewed it: the owner, the backup or an approver (a person id).',
		examples: ['maria-lopez'],
	}),
	note: z
		.string()
		.optional()
		.meta({
			description:
				'What was checked or changed, in a sentence. A `material` entry needs one: what changed, for the people who run it.',
			examples: [
				'Checked the cut-off times with the client; no change.',
				"Bills over $5,000 now need the controller's approval.",
			],
		}),
	change: z
		.enum(CHANGE_KINDS)
		.optional()
		.meta({
			description:
				'`material` when the steps, an amount, a cut-off or who does what changed, so the people trained on it must re-learn it; `editorial` (the default) for wording, links and typos.',
			examples: ['material'],
		}),
});

/**
 * Fields every controlled document carries (SOPs, principles, training modules).
 * `approvers` may be empty here: an empty list is reported by the `approval/missing`
 * rule, with its own advice, rather than as a shape error.
 */
export const controlledDocumentFields = {
	title: plainText.meta({
		title: 'Title',
		description: 'The title readers see.',
		examples: ['Weekly bill run'],
	}),
	owner: ref('person').meta({
		title: 'Owner',
		description:
			'The person accountable for this document being correct and current (a person id).',
		examples: ['maria-lopez'],
	}),
	approvers: z
		.array(ref('person'))
		.default([])
		.meta({
			title: 'Approvers',
			description: 'People with the approver role who approve the content; never the owner.',
			examples: [['dana-whitfield']],
		}),
	last_reviewed: calendarDate.meta({
		description: 'The day the document was last reviewed, YYYY-MM-DD.',
	}),
	review_cycle: reviewCycle.optional().meta({
		description:
			'How often it must be reviewed: `monthly`, `quarterly`, `semiannual` or `annual`. Defaults per kind from the handbook config.',
		examples: ['quarterly'],
	}),
	status: z
		.enum(DOCUMENT_STATUSES)
		.default('active')
		.meta({
			description: '`draft` (not yet in use), `active` (the default) or `retired` (withdrawn).',
			examples: ['active'],
		}),
	reviews: z
		.array(reviewEntry)
		.default([])
		.meta({
			description: 'The review log, newest last. `last_reviewed` equals the newest `date`.',
			examples: [
				[
					{
						date: '2026-10-05',
						by: 'maria-lopez',
						note: 'Checked the cut-off times with the client; no change.',
					},
				],
			],
		}),
};

export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
