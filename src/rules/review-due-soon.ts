import { reviewStatus } from '../dates/review-status.ts';
import { at, type Rule } from '../engine/rule.ts';
import { count } from '../text/plural.ts';
import { activeDocuments } from './active-documents.ts';

export const reviewDueSoon: Rule = {
	id: 'review/due-soon',
	severity: 'warning',
	description: 'The review due date is within the warning window (default 14 days).',
	*check({ handbook, today, warnDays }) {
		for (const doc of activeDocuments(handbook)) {
			const status = reviewStatus(handbook.config, doc, today, warnDays);
			if (status.state !== 'due-soon') continue;
			const when = status.daysLeft === 0 ? 'today' : `in ${count(status.daysLeft, 'day')}`;
			yield at(
				doc.file,
				['last_reviewed'],
				`review is due ${when}, on ${status.due} (last reviewed ${doc.data.last_reviewed}, ${status.cycle} cycle).`,
				`Plan the review with ${doc.data.owner} before ${status.due}; afterwards set\nlast_reviewed: <the review day>\nand add an entry under reviews.`,
			);
		}
	},
};
