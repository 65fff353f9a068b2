import { at, type Rule } from '../engine/rule.ts';
import { activeDocuments } from './active-documents.ts';

export const reviewInFuture: Rule = {
	id: 'review/in-future',
	severity: 'error',
	description: 'last_reviewed or a reviews date is after today.',
	*check({ handbook, today }) {
		for (const doc of activeDocuments(handbook)) {
			if (doc.data.last_reviewed > today) {
				yield at(
					doc.file,
					['last_reviewed'],
					`last_reviewed is ${doc.data.last_reviewed}, which is after today (${today}). A review can only be recorded once it has happened.`,
					`Write the day the review took place:\nlast_reviewed: ${today}`,
				);
			}
			for (const [index, review] of doc.data.reviews.entries()) {
				if (review.date <= today) continue;
				yield at(
					doc.file,
					['reviews', index, 'date'],
					`reviews[${index}].date is ${review.date}, which is after today (${today}).`,
					`Write the day the review took place:\ndate: ${today}`,
				);
			}
		}
	},
};
