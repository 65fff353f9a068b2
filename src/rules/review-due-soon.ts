import { reviewStatus } from '../dates/review-status.ts';
import { at, type Rule } from '../engine/rule.ts';
import { count } from '../text/plural.ts';
import { activeDocuments } from './utils/active-documents.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';

export const reviewDueSoon: Rule = {
	id: 'review/due-soon',
	severity: 'warning',
	description:
		'The review due date is within the warning window: 14 days unless warn_days in the config or --warn-days says otherwise.',
	why: 'A review planned two weeks ahead fits around the bill runs; one noticed on the due date holds up the next publish.',
	fix: 'Plan the review with the owner before the due date.',
	next: {
		priority: 70,
		onlyWithoutErrors: true,
		advice: (n) =>
			`${count(n, 'review falls', 'reviews fall')} due soon. Plan them with the owners.`,
	},
	examples: {
		fails: [
			{
				title: 'a quarterly SOP due in eight days',
				files: edited(EXAMPLE_SOP, ['last_reviewed: 2026-10-01', 'last_reviewed: 2026-08-30']),
				message:
					'review is due in 8 days, on 2026-11-30 (last reviewed 2026-08-30, quarterly cycle).',
			},
		],
		passes: [
			{
				title: 'a quarterly SOP due in 23 days',
				files: edited(EXAMPLE_SOP, ['last_reviewed: 2026-10-01', 'last_reviewed: 2026-09-15']),
			},
		],
	},
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
