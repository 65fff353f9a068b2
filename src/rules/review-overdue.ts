import { reviewStatus } from '../dates/review-status.ts';
import { at, type Rule } from '../engine/rule.ts';
import { count } from '../text/plural.ts';
import { activeDocuments } from './utils/active-documents.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';

export const reviewOverdue: Rule = {
	id: 'review/overdue',
	severity: 'error',
	description: 'Today is after the review due date.',
	why: 'A stale SOP is how a bill run goes wrong: the vendor moved to a new portal or the client changed approvers, and the page still says otherwise. The site does not build while a document in use is past its review.',
	fix: 'Review the document with its owner, then record it with `npm run handbook -- review <id> --by <person>`, which sets `last_reviewed` and adds an entry under `reviews`. The next review falls due one cycle of calendar months later (30 Nov + 3 months is 28 Feb).',
	next: {
		priority: 20,
		advice: (n) =>
			`${count(n, 'document is', 'documents are')} past review. Review each with its owner, then set last_reviewed and add an entry under reviews.`,
	},
	examples: {
		fails: [
			{
				title: 'a quarterly SOP last reviewed in May',
				files: edited(EXAMPLE_SOP, ['last_reviewed: 2026-10-01', 'last_reviewed: 2026-05-01']),
				message:
					'review is 113 days overdue: last reviewed 2026-05-01 on a quarterly cycle, so it was due 2026-08-01.',
			},
		],
		passes: [
			{
				title: 'a quarterly SOP reviewed in mid-September',
				files: edited(EXAMPLE_SOP, ['last_reviewed: 2026-10-01', 'last_reviewed: 2026-09-15']),
			},
			{
				title: 'a draft, which is checked for shape only',
				files: edited('src/content/training/csa/first-week.mdx', [
					'last_reviewed: 2026-09-01\n',
					'last_reviewed: 2025-01-15\nstatus: draft\n',
				]),
			},
		],
	},
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
