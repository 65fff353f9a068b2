import { at, type Rule } from '../engine/rule.ts';
import { activeDocuments } from './utils/active-documents.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';

export const reviewLogMismatch: Rule = {
	id: 'review/log-mismatch',
	severity: 'error',
	description: 'The reviews log is out of date order, or its newest date is not last_reviewed.',
	why: 'The review log is the audit trail of who checked what and when; when it disagrees with `last_reviewed`, nobody can tell which date is true.',
	fix: 'Order the log oldest first and make its newest date `last_reviewed`.',
	examples: {
		fails: [
			{
				title: 'a newest review that is not `last_reviewed`',
				files: edited(EXAMPLE_SOP, [
					'last_reviewed: 2026-10-01\n',
					'last_reviewed: 2026-10-01\nreviews:\n  - date: 2026-09-01\n    by: ana-silva\n    note: Checked the approval step.\n',
				]),
				message: 'last_reviewed is 2026-10-01, but the newest entry in reviews is 2026-09-01.',
			},
			{
				title: 'a log out of date order',
				files: edited(EXAMPLE_SOP, [
					'last_reviewed: 2026-10-01\n',
					'last_reviewed: 2026-10-01\nreviews:\n  - date: 2026-10-01\n    by: ana-silva\n    note: Checked the approval step.\n  - date: 2026-07-01\n    by: cara-wu\n    note: First approval.\n',
				]),
				message:
					'reviews[1].date (2026-07-01) is earlier than the entry above it (2026-10-01); the log runs oldest first, newest last.',
			},
		],
		passes: [
			{
				title: 'a log, oldest first, that ends on `last_reviewed`',
				files: edited(EXAMPLE_SOP, [
					'last_reviewed: 2026-10-01\n',
					'last_reviewed: 2026-10-01\nreviews:\n  - date: 2026-07-01\n    by: cara-wu\n    note: First approval.\n  - date: 2026-10-01\n    by: ana-silva\n    note: Checked the approval step.\n',
				]),
			},
		],
	},
	*check({ handbook }) {
		for (const doc of activeDocuments(handbook)) {
			const reviews = doc.data.reviews;
			if (reviews.length === 0) continue;
			const outOfOrder = reviews.findIndex(
				(review, i) => i > 0 && review.date < reviews[i - 1]!.date,
			);
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
