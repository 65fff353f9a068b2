import { CYCLE_MONTHS } from '../schemas/review-cycle.ts';
import { cyclePolicyOf } from '../dates/review-status.ts';
import { at, type Rule } from '../engine/rule.ts';
import { activeDocuments } from './utils/active-documents.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';

export const reviewCycleTooLong: Rule = {
	id: 'review/cycle-too-long',
	severity: 'error',
	description:
		'The review cycle is longer than the configured maximum for its kind (client SOPs: quarterly).',
	why: 'Client SOPs change with the client (approvers, vendors, portals), so they are reviewed at least quarterly; a longer cycle would let one go stale within the rules.',
	fix: 'Shorten `review_cycle` to the maximum named, or less.',
	examples: {
		fails: [
			{
				title: 'a client SOP on an annual cycle',
				files: edited(EXAMPLE_SOP, [
					'last_reviewed: 2026-10-01\n',
					'last_reviewed: 2026-10-01\nreview_cycle: annual\n',
				]),
				message: 'review_cycle is "annual", longer than the quarterly maximum for a client SOP.',
			},
		],
		passes: [
			{
				title: 'a client SOP on a quarterly cycle',
				files: edited(EXAMPLE_SOP, [
					'last_reviewed: 2026-10-01\n',
					'last_reviewed: 2026-10-01\nreview_cycle: quarterly\n',
				]),
			},
		],
	},
	*check({ handbook }) {
		for (const doc of activeDocuments(handbook)) {
			const cycle = doc.data.review_cycle;
			const { max } = cyclePolicyOf(handbook.config, doc);
			if (cycle === undefined || CYCLE_MONTHS[cycle] <= CYCLE_MONTHS[max]) continue;
			const what =
				doc.kind === 'sop'
					? doc.data.client
						? 'a client SOP'
						: 'a firm-wide SOP'
					: doc.kind === 'training'
						? 'a training module'
						: 'a principle';
			yield at(
				doc.file,
				['review_cycle'],
				`review_cycle is "${cycle}", longer than the ${max} maximum for ${what}.`,
				`review_cycle: ${max}`,
			);
		}
	},
};
