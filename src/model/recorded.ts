import { plainDate, type PlainDate } from '../schemas/date.ts';
import type { ControlledEntry, Handbook } from './handbook.ts';
import { isActivePerson } from './status.ts';

/**
 * What a review or a training record must be for the handbook to take it, shared by the
 * commands that write records (`review`, `trained`) and the rules that judge records
 * written by hand: a record the command would refuse, the check refuses too.
 */

/** The earliest day a review or a training is recorded on: anything before is a placeholder, not a record. */
export const EARLIEST_RECORD = plainDate('2000-01-01');

/** What is wrong with the day of a record, if anything: it has not happened yet, or it is a placeholder. */
export function recordedDayProblem(
	day: PlainDate,
	today: PlainDate,
): 'future' | 'too-early' | undefined {
	if (day > today) return 'future';
	if (day < EARLIEST_RECORD) return 'too-early';
	return undefined;
}

/** Who may record a review of a document, the one place that says it: its owner, its backup and its approvers. */
function* reviewerIds(doc: ControlledEntry): Iterable<string> {
	yield doc.data.owner;
	if (doc.kind === 'sop' && doc.data.backup) yield doc.data.backup.person;
	yield* doc.data.approvers;
}

/** The people who may record a review of a document, each once. */
export function reviewersOf(doc: ControlledEntry): string[] {
	return [...new Set(reviewerIds(doc))];
}

/** Why `person` could not record a review of `doc`, if they could not: unknown, marked inactive, or none of its reviewers. */
export function reviewerProblem(
	handbook: Handbook,
	doc: ControlledEntry,
	person: string,
): 'unknown' | 'inactive' | 'not-a-reviewer' | undefined {
	const entry = handbook.people.get(person);
	if (!entry) return 'unknown';
	if (!isActivePerson(entry)) return 'inactive';
	for (const id of reviewerIds(doc)) if (id === person) return undefined;
	return 'not-a-reviewer';
}
