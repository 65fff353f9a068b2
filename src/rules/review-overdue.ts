import { reviewStatus } from '../dates/review-status.ts';
import { at, type Rule } from '../engine/rule.ts';
import { count } from '../text/plural.ts';
import { activeDocuments } from './active-documents.ts';

export const reviewOverdue: Rule = {
	id: 'review/overdue',
	severity: 'error',
	description: 'Today is after the review due date.',
	*check({ handbook, today, warnDays }) {
		for (const doc of activeDocuments(handbook)) {
			const status = reviewStatus(handbook.config, doc, today, warnDays);
			if (status.state !== 'overdue') continue;
			yield at(
				doc.file,
				['last_reviewed'],
				`review is ${count(-status.daysLeft, 'day')} overdue: last reviewed ${doc.data.last_reviewed} on a ${status.cycle} cycle, so it was due ${status.due}.`,
				`Review it with its owner (${doc.data.owner}), then record the review:\nlast_reviewed: ${today}\nreviews:\n  - date: ${today}\n    by: ${doc.data.owner}\n    note: What was checked or changed.`,
			);
		}
	},
};
