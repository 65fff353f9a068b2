import { isDeepStrictEqual } from 'node:util';
import { recordTraining } from '../editing/record-training.ts';
import { updateFile, WriteRefused } from '../editing/safe-write.ts';
import { isPlainDate } from '../schemas/date.ts';
import { loadHandbook } from '../model/load.ts';
import { parseYaml } from '../model/yaml-source.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { closest } from '../text/suggest.ts';
import { handbookDay } from '../dates/today.ts';
import { trainedOnCurrentVersion } from '../dates/revision.ts';
import { type CommandHelp, commonOptions, parseCommand, rootFrom, todayFrom } from './options.ts';
import { fail } from './usage-error.ts';
import { isActivePerson } from '../model/status.ts';
import { EARLIEST_RECORD, recordedDayProblem } from '../model/recorded.ts';

export const TRAINED_USAGE = `npm run handbook -- trained <sop-id> --person <person-id> [--date YYYY-MM-DD] [--root DIR] [--today YYYY-MM-DD]`;

const TRAINED_FLAGS = {
	person: {
		type: 'string',
		value: '<person-id>',
		help: 'Who was trained: an active person other than the owner (required).',
	},
	date: {
		type: 'string',
		value: 'YYYY-MM-DD',
		help: 'The day of the training (default: today); not in the future, not before the training already recorded.',
	},
} as const;

export const TRAINED_HELP: CommandHelp = {
	usage: TRAINED_USAGE,
	about: [
		'Record that someone was trained (or re-trained) on an SOP (<sop-id> is its path under sops/): the',
		"backup's backup.trained_on, else the person's entry under trained, added when there is none.",
		'Only that date changes; every other byte of the file stays as it was. It refuses, changing',
		'nothing, an unknown SOP or person, an inactive person, the owner, and an impossible or future date.',
	].join(' '),
	flags: TRAINED_FLAGS,
	examples: ['npm run handbook -- trained clients/acme-dental/weekly-bill-run --person sam-okafor'],
};

function frontmatter(text: string): { data: Record<string, unknown>; body: string } | undefined {
	const split = splitFrontmatter(text);
	return split.kind === 'ok'
		? {
				data: parseYaml(split.yaml, split.yamlLine).data as Record<string, unknown>,
				body: split.body,
			}
		: undefined;
}

/** What the frontmatter should read after recording the training, for the read-back comparison. */
function expectedAfter(
	data: Record<string, unknown>,
	person: string,
	date: string,
): Record<string, unknown> {
	const backup = data.backup as Record<string, unknown> | undefined;
	if (backup && backup.person === person)
		return { ...data, backup: { ...backup, trained_on: date } };
	const trained = (data.trained as Record<string, unknown>[] | undefined) ?? [];
	const index = trained.findIndex((entry) => entry.person === person);
	if (index === -1) return { ...data, trained: [...trained, { person, on: date }] };
	return {
		...data,
		trained: trained.map((entry, i) => (i === index ? { ...entry, on: date } : entry)),
	};
}

/**
 * `trained`: records that `--person` was trained on an SOP on `--date` (default today):
 * the backup's `trained_on`, or their entry under `trained` (added when there is none).
 * Changes nothing else, and refuses with no change as `review` does.
 */
export function runTrained(args: string[], defaultRoot: string): number {
	const { values, positionals } = parseCommand(
		args,
		{ ...commonOptions(defaultRoot), ...TRAINED_FLAGS },
		true,
	);
	if (positionals.length !== 1)
		fail(
			`trained takes one SOP id, e.g. clients/acme-dental/weekly-bill-run.\nUsage: ${TRAINED_USAGE}`,
		);
	const id = positionals[0]!.replace(/\.(mdx|md)$/, '').replace(/^src\/content\/sops\//, '');
	if (!values.person)
		fail(`say who was trained with --person <person-id>.\nUsage: ${TRAINED_USAGE}`);
	const root = rootFrom(values.root);
	const { config, today } = handbookDay(root, todayFrom(values.today));
	const date = values.date ?? today;
	if (!isPlainDate(date))
		fail(
			`--date is "${date}", which is not a calendar date. Write it as YYYY-MM-DD, e.g. ${today}.`,
		);
	const dayProblem = recordedDayProblem(date, today);
	if (dayProblem === 'future')
		fail(
			`--date is ${date}, which is after today (${today}). Record a training once it has happened.`,
		);
	if (dayProblem === 'too-early')
		fail(`--date is ${date}, before ${EARLIEST_RECORD}: write the day the training took place.`);

	const handbook = loadHandbook(root, config, { exampleDay: today });
	const sop = handbook.sops.get(id);
	if (!sop) {
		const file = handbook.files.find((f) => f.id === id && f.kind === 'sop');
		if (file) {
			const problem = file.problems[0];
			fail(
				`${file.path} cannot be fully understood${problem ? ` (line ${problem.line}: ${problem.message})` : ''}, so it was left unchanged. Fix it (npm run check shows how), then record the training.`,
			);
		}
		const guess = closest(id, handbook.sops.keys());
		fail(`there is no SOP "${id}".${guess ? ` Did you mean "${guess}"?` : ''}`);
	}
	const person = handbook.people.get(values.person);
	if (!person) {
		const guess = closest(values.person, handbook.people.keys());
		fail(
			`there is no person "${values.person}" in src/content/people/.${guess ? ` Did you mean "${guess}"?` : ''}`,
		);
	}
	if (!isActivePerson(person))
		fail(
			`${values.person} (${person.data.name}) is marked inactive; a training record for them covers no one.`,
		);
	if (values.person === sop.data.owner)
		fail(
			`${values.person} owns ${id}; the owner needs no training record. Record the colleague who was trained.`,
		);
	const previous =
		sop.data.backup?.person === values.person
			? sop.data.backup.trained_on
			: sop.data.trained.find((entry) => entry.person === values.person)?.on;
	if (previous !== undefined && date < previous)
		fail(
			`--date ${date} is before the training already recorded for ${values.person} (${previous}); a record only moves forward.`,
		);

	let target = '';
	try {
		updateFile(root, sop.file.path, (before) => {
			const edited = recordTraining(before, { person: values.person!, date });
			if (!edited.ok)
				fail(`${sop.file.path} was left unchanged: ${edited.reason}. Record the training by hand.`);
			const old = frontmatter(before);
			const now = frontmatter(edited.text);
			if (!old)
				fail(
					`${sop.file.path} was left unchanged: it no longer has frontmatter the check can read.`,
				);
			if (
				!now ||
				now.body !== old.body ||
				!isDeepStrictEqual(now.data, expectedAfter(old.data, values.person!, date))
			) {
				fail(
					`${sop.file.path} was left unchanged: the edit could not be made without touching other fields. Record the training by hand.`,
				);
			}
			target = edited.target === 'backup' ? 'backup.trained_on' : 'trained';
			return edited.text;
		});
	} catch (error) {
		if (error instanceof WriteRefused)
			fail(`${sop.file.path} was left unchanged: ${error.message}`);
		const code = (error as NodeJS.ErrnoException).code;
		if (code)
			fail(
				`${sop.file.path} was left unchanged: it could not be written (${code}). Check that you may write to it and its folder.`,
			);
		throw error;
	}
	const current = trainedOnCurrentVersion(sop.data, date)
		? ''
		: ' That is still before its last material change: they are trained on an older version.';
	process.stdout.write(
		`Recorded that ${person.data.name} was trained on ${id} on ${date}, under ${target} in ${sop.file.path}.${current}\n`,
	);
	return 0;
}
