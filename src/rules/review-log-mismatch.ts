import { at, type Rule } from '../engine/rule.ts';
import { activeDocuments } from './active-documents.ts';

export const reviewLogMismatch: Rule = {
	id: 'review/log-mismatch',
	severity: 'error',
	description: 'The reviews log is out of date order, or its newest date is not last_reviewed.',
	*check({ handbook }) {
		for (const doc of activeDocuments(handbook)) {
			const reviews = doc.data.reviews;
			if (reviews.length === 0) continue;
			const outOfOrder = reviews.findIndex((review, i) => i > 0 && review.date < reviews[i - 1]!.date);
			if (outOfOrder > 0) {
				yield at(
					doc.file,
					['reviews', outOfOrder, 'date'],
					`reviews[${outOfOrder}].date (${reviews[outOfOrder]!.date}) is earlier than the entry above it (${reviews[outOfOrder - 1]!.date}); the log runs oldest first, newest last.`,
					'Move this entry up so the dates run from oldest to newest.',
				);
				continue;
			}
			const newest = reviews[reviews.length - 1]!;
			if (newest.date !== doc.data.last_reviewed) {
				yield at(
					doc.file,
					['last_reviewed'],
					`last_reviewed is ${doc.data.last_reviewed}, but the newest entry in reviews is ${newest.date}.`,
					`Make them agree, e.g.:\nlast_reviewed: ${newest.date}`,
				);
			}
		}
	},
};
