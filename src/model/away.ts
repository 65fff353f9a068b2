import type { PlainDate } from '../schemas/date.ts';
import type { Person } from '../schemas/person.ts';
import type { Entry } from './handbook.ts';

/**
 * Who is away on a day: the one reading of people's `out_of_office` entries that coverage,
 * the coverage rules, the contact sheet and the site's pages share. An absence runs from its
 * `from` day to its `to` day, both included, weekends and all.
 */

/** One `out_of_office` entry. */
export type Absence = Person['out_of_office'][number];

/** Whether `absence` has its person out on `day`. */
export function absenceHolds(absence: Absence, day: PlainDate): boolean {
	return absence.from <= day && day <= absence.to;
}

/** The absence that has `person` out on `day` (the first written, when two overlap), or `undefined` when they are in. */
export function absenceOn(person: Entry<Person> | undefined, day: PlainDate): Absence | undefined {
	return person?.data.out_of_office.find((absence) => absenceHolds(absence, day));
}

/** Whether `person` is out of office on `day`; an unknown person is never out. */
export function isAwayOn(person: Entry<Person> | undefined, day: PlainDate): boolean {
	return (
		person !== undefined && person.data.out_of_office.some((absence) => absenceHolds(absence, day))
	);
}

/** `person`'s absences that are not over before `from` and, with `to`, start by then; in the order written. */
export function absencesWithin(person: Entry<Person>, from: PlainDate, to?: PlainDate): Absence[] {
	return person.data.out_of_office.filter(
		(absence) => absence.to >= from && (to === undefined || absence.from <= to),
	);
}
