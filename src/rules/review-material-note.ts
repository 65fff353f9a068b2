import { at, type Rule } from '../engine/rule.ts';
import { controlledDocuments } from '../model/handbook.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';

const withLog = (entry: string) =>
	edited(EXAMPLE_SOP, [
		'last_reviewed: 2026-10-01\n',
		`last_reviewed: 2026-10-01\nreviews:\n  - date: 2026-10-01\n    by: ana-silva\n${entry}`,
	]);

export const reviewMaterialNote: Rule = {
	id: 'review/material-note',
	severity: 'error',
	description: 'A review entry marked change: material has no note saying what changed.',
	why: 'A material change makes everyone who runs the SOP re-learn it; the note is what they read on the page, in the feed and in the re-training list, so it must say what to do differently.',
	fix: 'Add a `note` to the entry: what changed, in one sentence a reader can act on.',
	examples: {
		fails: [
			{
				title: 'a material change with no note',
				files: withLog('    change: material\n'),
				message:
					'reviews[0] (2026-10-01) is marked change: material but has no note, so the people who run it cannot tell what to re-learn.',
			},
		],
		passes: [
			{
				title: 'a material change with a note',
				files: withLog(
					'    change: material\n    note: Approvals over $5,000 now go to the controller.\n',
				),
			},
			{ title: 'an editorial review without a note', files: withLog('    change: editorial\n') },
		],
	},
	*check({ handbook }) {
		for (const doc of controlledDocuments(handbook)) {
			for (const [index, entry] of doc.data.reviews.entries()) {
				if (entry.change !== 'material' || (entry.note ?? '').trim() !== '') continue;
				yield at(
					doc.file,
					['reviews', index, 'change'],
					`reviews[${index}] (${entry.date}) is marked change: material but has no note, so the people who run it cannot tell what to re-learn.`,
					`Say what changed, in one sentence, under the entry:\n    note: <what changed, e.g. "Bills over $5,000 now need the controller's approval.">`,
				);
			}
		}
	},
};
