import { recordTraining } from '../editing/record-training.ts';
import { loadHandbook } from '../model/load.ts';
import { closest } from '../text/suggest.ts';
import { handbookDay } from '../dates/today.ts';
import { trainedOnCurrentVersion } from '../dates/revision.ts';
import { type CommandHelp, commonOptions, parseCommand, rootFrom, todayFrom } from './options.ts';
import { fail } from './usage-error.ts';
import { dayToRecord, personNamed, refuseUnreadable, writeRecord } from './recording.ts';
import { isActivePerson } from '../model/status.ts';

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
	const date = dayToRecord(values.date, today, 'training');

	const handbook = loadHandbook(root, config, { exampleDay: today });
	const sop = handbook.sops.get(id);
	if (!sop) {
		refuseUnreadable(
			handbook.files.find((f) => f.id === id && f.kind === 'sop'),
			'training',
		);
		const guess = closest(id, handbook.sops.keys());
		fail(`there is no SOP "${id}".${guess ? ` Did you mean "${guess}"?` : ''}`);
	}
	const person = personNamed(handbook, values.person);
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

	const trainee = values.person;
	const edited = writeRecord(root, sop.file, 'training', {
		edit: (before) => recordTraining(before, { person: trainee, date }),
		expected: (data) => expectedAfter(data, trainee, date),
	});
	const target = edited.target === 'backup' ? 'backup.trained_on' : 'trained';
	const current = trainedOnCurrentVersion(sop.data, date)
		? ''
		: ' That is still before its last material change: they are trained on an older version.';
	process.stdout.write(
		`Recorded that ${person.data.name} was trained on ${id} on ${date}, under ${target} in ${sop.file.path}.${current}\n`,
	);
	return 0;
}
