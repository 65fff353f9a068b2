import { at, type Rule } from '../engine/rule.ts';
import { activeDocuments } from './utils/active-documents.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';

export const reviewInFuture: Rule = {
	id: 'review/in-future',
	severity: 'error',
	description: 'last_reviewed or a reviews date is after today.',
	why: 'A review date in the future claims a check that has not happened yet and holds off the overdue rule, so a stale SOP could stay published.',
	fix: 'Write the day the review took place.',
	examples: {
		fails: [
			{
				title: '`last_reviewed` after today',
				files: edited(EXAMPLE_SOP, ['last_reviewed: 2026-10-01', 'last_reviewed: 2026-12-01']),
				message:
					'last_reviewed is 2026-12-01, which is after today (2026-11-22). A review can only be recorded once it has happened.',
			},
			{
				title: 'a planned review in the log',
				files: edited(EXAMPLE_SOP, [
					'last_reviewed: 2026-10-01\n',
					'last_reviewed: 2026-12-01\nreviews:\n  - date: 2026-12-01\n    by: ana-silva\n    note: Year-end walk-through.\n',
				]),
				message: [
					'last_reviewed is 2026-12-01, which is after today (2026-11-22). A review can only be recorded once it has happened.',
					'reviews[0].date is 2026-12-01, which is after today (2026-11-22).',
				],
			},
		],
		passes: [
			{
				title: 'a review recorded today',
				files: edited(EXAMPLE_SOP, ['last_reviewed: 2026-10-01', 'last_reviewed: 2026-11-22']),
			},
		],
	},
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
