import type { Finding } from '../model/diagnostic.ts';
import { at, type Rule } from '../engine/rule.ts';
import type { ControlledKind } from '../model/handbook.ts';
import { BASE_HANDBOOK, EXAMPLE_SOP } from './utils/base-handbook.ts';
import {
	compareReviewLogs,
	describeEntry,
	entryChanges,
	entryYaml,
	reviewsIn,
	reviewsOf,
} from './utils/review-history.ts';

const FIRST =
	'  - date: 2026-01-05\n    by: cara-wu\n    change: material\n    note: Release needs two approvals.\n';
const SECOND = '  - date: 2026-10-01\n    by: ana-silva\n    note: Checked the approval step.\n';
/** The example SOP with a review log of two entries. */
const withLog = (log: string) =>
	BASE_HANDBOOK[EXAMPLE_SOP]!.replace(
		'last_reviewed: 2026-10-01\n',
		`last_reviewed: 2026-10-01\nreviews:\n${log}`,
	);
const logged = (log: string) => ({ [EXAMPLE_SOP]: withLog(log) });
const base = logged(FIRST + SECOND);

/** The kinds that keep a review log. */
const LOGGED: Record<ControlledKind, true> = { sop: true, principle: true, training: true };

export const reviewHistoryRewritten: Rule = {
	id: 'review/history-rewritten',
	severity: 'error',
	description:
		'With check --changed: a branch rewrites, re-dates, reorders or deletes a review entry the base branch has, or adds one before them or dated before the last.',
	why: 'The review log is the audit trail of who checked what and when. A material change made in the past set off re-training; rewriting it as editorial, or moving its date, would quietly undo that and leave no trace of it.',
	fix: "Put the base branch's entries back as they were, and record what is new as a new entry at the end of `reviews`: `npm run handbook -- review <id> --by <you>`.",
	examples: {
		fails: [
			{
				title: 'a past material change rewritten as editorial',
				base,
				files: logged(FIRST.replace('material', 'editorial') + SECOND),
				message:
					'the review entry of 2026-01-05 by cara-wu is changed on this branch (change "material" → "editorial"); past entries of the review log stay as they were.',
			},
			{
				title: 'a past entry deleted',
				base,
				files: logged(SECOND),
				message:
					'the review entry of 2026-01-05 by cara-wu is gone on this branch; past entries of the review log stay as they were.',
			},
			{
				title: 'a new entry dated before the last one',
				base,
				files: logged(
					`${FIRST}${SECOND}  - date: 2026-09-20\n    by: ana-silva\n    change: editorial\n    note: Clearer wording.\n`,
				),
				message:
					'the review entry of 2026-09-20 by ana-silva is new on this branch but dated before the last entry (2026-10-01); a new entry is dated on or after it.',
			},
		],
		passes: [
			{
				title: 'a new entry after the past ones',
				base,
				files: logged(
					`${FIRST}${SECOND}  - date: 2026-11-20\n    by: ana-silva\n    change: editorial\n    note: Clearer wording.\n`,
				),
			},
			{
				title: 'a past entry re-quoted, same values',
				base,
				files: logged(FIRST.replace('2026-01-05', '"2026-01-05"') + SECOND),
			},
		],
	},
	*check({ handbook, base }): Iterable<Finding> {
		if (!base) return;
		for (const file of handbook.files) {
			if (!(file.kind in LOGGED)) continue;
			const before = base.get(file.path);
			if (before === undefined) continue;
			const old = reviewsOf(before);
			if (old.length === 0) continue;
			// Frontmatter that does not parse is yaml/syntax's finding, not a log with every entry gone.
			if (file.yaml?.data === undefined) continue;
			const now = reviewsIn(file.yaml.data);
			const putBack = (entry: unknown) =>
				`Put it back as it was on the base branch:\n${entryYaml(entry)}`;
			const append = `Record what is new as a new entry at the end of reviews: npm run handbook -- review ${file.id} --by <you>`;
			for (const problem of compareReviewLogs(old, now).problems) {
				switch (problem.kind) {
					case 'rewritten':
						yield at(
							file,
							['reviews', problem.at],
							`the review entry of ${describeEntry(problem.was)} is changed on this branch (${entryChanges(problem.was, now[problem.at]).join('; ')}); past entries of the review log stay as they were.`,
							`${putBack(problem.was)}\n${append}`,
						);
						break;
					case 'deleted':
						yield at(
							file,
							problem.at === undefined ? ['reviews'] : ['reviews', problem.at],
							`the review entry of ${describeEntry(problem.was)} is gone on this branch; past entries of the review log stay as they were.`,
							putBack(problem.was),
						);
						break;
					case 'inserted':
						yield at(
							file,
							['reviews', problem.at],
							`the review entry of ${describeEntry(now[problem.at])} is new on this branch but stands before entries of the base branch; new entries go at the end of reviews.`,
							'Move it to the end of reviews, after every entry the base branch has.',
						);
						break;
					case 'back-dated':
						yield at(
							file,
							['reviews', problem.at],
							`the review entry of ${describeEntry(now[problem.at])} is new on this branch but dated before the last entry (${problem.last}); a new entry is dated on or after it.`,
							`Give it the day the review took place, on or after ${problem.last}, or record it with: npm run handbook -- review ${file.id} --by <you>`,
						);
						break;
				}
			}
		}
	},
};
