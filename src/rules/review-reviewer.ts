import { at, type Rule } from '../engine/rule.ts';
import { reviewerProblem, reviewersOf } from '../model/recorded.ts';
import { activeDocuments } from './utils/active-documents.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';

const logBy = (person: string) =>
	[
		'last_reviewed: 2026-10-01\n',
		`last_reviewed: 2026-10-01\nreviews:\n  - date: 2026-10-01\n    by: ${person}\n`,
	] as const;

export const reviewReviewer: Rule = {
	id: 'review/reviewer',
	severity: 'error',
	description:
		'The newest review entry, the one behind last_reviewed, is by someone the review command would refuse: a person marked inactive, or neither the owner, the backup nor an approver.',
	why: 'The newest review is what keeps a document in use: it says someone who answers for it checked it. A review written by hand in the name of someone who has left, or of someone with no part in the document, is no such check.',
	fix: 'Have the owner, the backup or an approver review it, and record it with `npm run handbook -- review <id> --by <them>`.',
	examples: {
		fails: [
			{
				title: 'a review by a colleague with no part in the SOP',
				files: edited(EXAMPLE_SOP, logBy('dev-rao')),
				message:
					'the newest review is by "dev-rao", who is not the owner, the backup or an approver of this document, so it does not show the document is current.',
			},
			{
				title: 'a review by someone who has left',
				files: edited(EXAMPLE_SOP, logBy('old-hand')),
				message:
					'the newest review is by "old-hand", who is marked inactive; the review command would not have recorded it, so nothing shows the document is current.',
			},
		],
		passes: [
			{ title: 'a review by an approver', files: edited(EXAMPLE_SOP, logBy('cara-wu')) },
			{ title: 'a review by the backup', files: edited(EXAMPLE_SOP, logBy('ben-ode')) },
		],
	},
	*check({ handbook, today }) {
		for (const doc of activeDocuments(handbook)) {
			const index = doc.data.reviews.length - 1;
			const newest = doc.data.reviews[index];
			if (!newest) continue;
			const problem = reviewerProblem(handbook, doc, newest.by);
			// An id that names nobody is ref/unknown-person's finding.
			if (problem === undefined || problem === 'unknown') continue;
			const who = reviewersOf(doc).filter((id) => reviewerProblem(handbook, doc, id) === undefined);
			const hint = `Have one of ${who.join(', ') || 'its owner, backup or approvers'} review it, then record it:\n  npm run handbook -- review ${doc.id} --by <them> --date ${today}`;
			yield at(
				doc.file,
				['reviews', index, 'by'],
				problem === 'inactive'
					? `the newest review is by "${newest.by}", who is marked inactive; the review command would not have recorded it, so nothing shows the document is current.`
					: `the newest review is by "${newest.by}", who is not the owner, the backup or an approver of this document, so it does not show the document is current.`,
				hint,
			);
		}
	},
};
