import { isDeepStrictEqual } from 'node:util';
import { updateFile, WriteRefused } from '../editing/safe-write.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';
import type { Entry, Handbook } from '../model/handbook.ts';
import { EARLIEST_RECORD, recordedDayProblem } from '../model/recorded.ts';
import type { SourceFile } from '../model/source-file.ts';
import { parseYaml } from '../model/yaml-source.ts';
import { isPlainDate, type PlainDate } from '../schemas/date.ts';
import type { Person } from '../schemas/person.ts';
import { closest } from '../text/suggest.ts';
import { fail } from './usage-error.ts';

/*
 * What `review` and `trained` share: each records one event in one file (a review, a
 * training), on a day that has happened, by or for a person who exists, and writes the file
 * only when reading it back shows exactly the intended change.
 */

/** What is recorded, as messages name it. */
export type Recorded = 'review' | 'training';

/** The day to record: `--date`, else today; refused unless a real day that has happened. */
export function dayToRecord(
	given: string | undefined,
	today: PlainDate,
	what: Recorded,
): PlainDate {
	const date = given ?? today;
	if (!isPlainDate(date))
		fail(
			`--date is "${date}", which is not a calendar date. Write it as YYYY-MM-DD, e.g. ${today}.`,
		);
	const problem = recordedDayProblem(date, today);
	if (problem === 'future')
		fail(
			`--date is ${date}, which is after today (${today}). Record a ${what} once it has happened.`,
		);
	if (problem === 'too-early')
		fail(`--date is ${date}, before ${EARLIEST_RECORD}: write the day the ${what} took place.`);
	return date;
}

/** Refuses a file that has an id but no entry, its frontmatter being wrong: nothing is written to it. */
export function refuseUnreadable(file: SourceFile | undefined, what: Recorded): void {
	if (!file) return;
	const problem = file.problems[0];
	fail(
		`${file.path} cannot be fully understood${problem ? ` (line ${problem.line}: ${problem.message})` : ''}, so it was left unchanged. Fix it (npm run check shows how), then record the ${what}.`,
	);
}

/** The person a flag names, or a refusal with the closest id. */
export function personNamed(handbook: Handbook, id: string): Entry<Person> {
	const person = handbook.people.get(id);
	if (person) return person;
	const guess = closest(id, handbook.people.keys());
	return fail(
		`there is no person "${id}" in src/content/people/.${guess ? ` Did you mean "${guess}"?` : ''}`,
	);
}

/** A file's frontmatter data and body, read as the check reads them. */
export interface Frontmatter {
	data: Record<string, unknown>;
	body: string;
}

function frontmatterOf(text: string): Frontmatter | undefined {
	const split = splitFrontmatter(text);
	return split.kind === 'ok'
		? {
				data: parseYaml(split.yaml, split.yamlLine).data as Record<string, unknown>,
				body: split.body,
			}
		: undefined;
}

/** One recording's edit of a file, and what its frontmatter must read afterwards. */
export interface RecordEdit<T extends { ok: true; text: string }> {
	edit(before: string): T | { ok: false; reason: string };
	/** A refusal that the file as it is now calls for (a later record written meanwhile). */
	refuse?(before: Frontmatter): void;
	expected(before: Frontmatter['data']): Record<string, unknown>;
}

/**
 * Makes one recording's edit under the file's lock, on the file as it is now (a record
 * another command wrote a moment ago stays), and writes it only when the frontmatter read
 * back is exactly the expected one and the body unchanged. Returns the edit made.
 */
export function writeRecord<T extends { ok: true; text: string }>(
	root: string,
	file: SourceFile,
	what: Recorded,
	record: RecordEdit<T>,
): T {
	let made: T | undefined;
	try {
		updateFile(root, file.path, (before) => {
			const edited = record.edit(before);
			if (!edited.ok)
				fail(`${file.path} was left unchanged: ${edited.reason}. Record the ${what} by hand.`);
			const old = frontmatterOf(before);
			const now = frontmatterOf(edited.text);
			if (!old)
				fail(`${file.path} was left unchanged: it no longer has frontmatter the check can read.`);
			record.refuse?.(old);
			if (!now || now.body !== old.body || !isDeepStrictEqual(now.data, record.expected(old.data)))
				fail(
					`${file.path} was left unchanged: the edit could not be made without touching other fields. Record the ${what} by hand.`,
				);
			made = edited;
			return edited.text;
		});
	} catch (error) {
		if (error instanceof WriteRefused) fail(`${file.path} was left unchanged: ${error.message}`);
		const code = (error as NodeJS.ErrnoException).code;
		if (code)
			fail(
				`${file.path} was left unchanged: it could not be written (${code}). Check that you may write to it and its folder.`,
			);
		throw error;
	}
	return made!;
}
