import { recordReview } from '../editing/record-review.ts';
import { controlledDocuments } from '../model/handbook.ts';
import { loadHandbook } from '../model/load.ts';
import { closest } from '../text/suggest.ts';
import { handbookDay } from '../dates/today.ts';
import { type CommandHelp, commonOptions, parseCommand, rootFrom, todayFrom } from './options.ts';
import { fail } from './usage-error.ts';
import { dayToRecord, personNamed, refuseUnreadable, writeRecord } from './recording.ts';
import { reviewerProblem, reviewersOf } from '../model/recorded.ts';

export const REVIEW_USAGE = `npm run handbook -- review <document-id> --by <person-id> [--date YYYY-MM-DD] [--note TEXT] [--material] [--root DIR] [--today YYYY-MM-DD]`;

const REVIEW_FLAGS = {
	by: {
		type: 'string',
		value: '<person-id>',
		help: "Who reviewed it: the document's owner, its backup or one of its approvers, active (required).",
	},
	date: {
		type: 'string',
		value: 'YYYY-MM-DD',
		help: 'The day of the review (default: today); not in the future, not before the last review.',
	},
	note: {
		type: 'string',
		value: 'TEXT',
		help: 'What the review found or changed, in a sentence; required with --material.',
	},
	material: {
		type: 'boolean',
		help: 'The change makes people re-learn the SOP (its steps, an amount, a cut-off, who does what): the entry says change: material.',
	},
} as const;

export const REVIEW_HELP: CommandHelp = {
	usage: REVIEW_USAGE,
	about: [
		'Record a review of an SOP, principle or training module (<document-id> is its path under sops/,',
		'principles/ or training/, without the extension): it sets last_reviewed and appends one entry',
		'to reviews. Every other byte of the file stays as it was. It refuses, changing nothing, an',
		'unknown document or person, someone who may not review it, and an impossible or future date.',
	].join(' '),
	flags: REVIEW_FLAGS,
	examples: [
		'npm run handbook -- review clients/acme-dental/weekly-bill-run --by maria-lopez',
		'npm run handbook -- review clients/acme-dental/weekly-bill-run --by maria-lopez --material --note "Bills over $5,000 now need the controller\'s approval."',
	],
};

/**
 * `review`: records that `--by` reviewed a document on `--date` (default today). Changes
 * only `last_reviewed` and appends one `reviews` entry; refuses with no change otherwise.
 */
export function runReview(args: string[], defaultRoot: string): number {
	const { values, positionals } = parseCommand(
		args,
		{ ...commonOptions(defaultRoot), ...REVIEW_FLAGS },
		true,
	);
	if (positionals.length !== 1)
		fail(
			`review takes one document id, e.g. clients/acme-dental/weekly-bill-run.\nUsage: ${REVIEW_USAGE}`,
		);
	const id = positionals[0]!
		.replace(/\.(mdx|md)$/, '')
		.replace(/^src\/content\/(sops|training|principles)\//, '');
	if (!values.by) fail(`say who reviewed it with --by <person-id>.\nUsage: ${REVIEW_USAGE}`);
	const material = values.material === true;
	if (material && !values.note?.trim())
		fail(
			`a material change needs --note saying what changed, in one sentence a reader can act on, e.g. --note "Bills over $5,000 now need the controller's approval."\nUsage: ${REVIEW_USAGE}`,
		);
	const root = rootFrom(values.root);
	const { config, today } = handbookDay(root, todayFrom(values.today));
	const date = dayToRecord(values.date, today, 'review');

	const handbook = loadHandbook(root, config, { exampleDay: today });
	const docs = controlledDocuments(handbook);
	const doc = docs.find((d) => d.id === id);
	if (!doc) {
		refuseUnreadable(
			handbook.files.find(
				(f) => f.id === id && (f.kind === 'sop' || f.kind === 'training' || f.kind === 'principle'),
			),
			'review',
		);
		const guess = closest(
			id,
			docs.map((d) => d.id),
		);
		fail(
			`there is no SOP, principle or training module "${id}".${guess ? ` Did you mean "${guess}"?` : ''}`,
		);
	}
	const person = personNamed(handbook, values.by);
	const problem = reviewerProblem(handbook, doc, values.by);
	if (problem === 'inactive')
		fail(`${values.by} (${person.data.name}) is marked inactive and cannot record a review.`);
	if (problem === 'not-a-reviewer') {
		fail(
			`${values.by} is not the owner, backup or an approver of ${id}, so cannot record its review. Ask one of: ${reviewersOf(doc).join(', ')}.`,
		);
	}
	if (date < doc.data.last_reviewed)
		fail(
			`--date ${date} is before the last recorded review (${doc.data.last_reviewed}); the review log runs oldest first.`,
		);

	const entry = {
		date,
		by: values.by,
		...(material ? { change: 'material' } : {}),
		...(values.note ? { note: values.note } : {}),
	};
	const by = values.by;
	writeRecord(root, doc.file, 'review', {
		edit: (before) =>
			recordReview(before, {
				date,
				by,
				note: values.note,
				change: material ? 'material' : undefined,
			}),
		refuse: ({ data }) => {
			const last = data.last_reviewed;
			if (typeof last === 'string' && date < last)
				fail(
					`--date ${date} is before the last recorded review (${last}); the review log runs oldest first.`,
				);
		},
		expected: (data) => ({
			...data,
			last_reviewed: date,
			reviews: [...((data.reviews as unknown[] | null | undefined) ?? []), entry],
		}),
	});
	process.stdout.write(
		`Recorded the ${material ? 'material change' : 'review'} of ${id} by ${person.data.name} on ${date} in ${doc.file.path}.\n`,
	);
	if (material && doc.kind === 'sop') {
		const trained = [doc.data.backup?.person, ...doc.data.trained.map((t) => t.person)].filter(
			(p): p is string => p !== undefined,
		);
		if (trained.length > 0)
			process.stdout.write(
				`Re-train ${trained.join(', ')} within ${config.retrain_days} days, then record each with: npm run handbook -- trained ${id} --person <id>\n`,
			);
	}
	return 0;
}
