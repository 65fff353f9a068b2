import type { PlainDate } from '../schemas/date.ts';
import { addDays, daysBetween } from './calendar.ts';

/** Just what the revision needs from a document: its review log. */
export interface RevisionLike {
	reviews: readonly {
		date: PlainDate;
		by: string;
		note?: string | undefined;
		change?: 'material' | 'editorial' | undefined;
	}[];
}

/** A document's current revision: the last review entry marked `change: material`. */
export interface Revision {
	/** The day of the last material change. */
	date: PlainDate;
	/** What changed, as its author wrote it (plain text, never markup); empty when the entry has no note. */
	note: string;
	/** Who recorded it. */
	by: string;
}

/**
 * The document's last material change, or `undefined` when its log records none (then every
 * training of it is on the current version). The log runs oldest first, but a hand-edited
 * log may not: the latest date wins, and of two on one day the later entry.
 */
export function lastMaterialChange(doc: RevisionLike): Revision | undefined {
	let found: Revision | undefined;
	for (const entry of doc.reviews) {
		if (entry.change !== 'material') continue;
		if (found === undefined || entry.date >= found.date)
			found = { date: entry.date, note: entry.note ?? '', by: entry.by };
	}
	return found;
}

/** Every material change of a document, newest first. */
export function materialChanges(doc: RevisionLike): Revision[] {
	return doc.reviews
		.map((entry, index) => ({ entry, index }))
		.filter(({ entry }) => entry.change === 'material')
		.sort((a, b) =>
			a.entry.date === b.entry.date ? b.index - a.index : a.entry.date < b.entry.date ? 1 : -1,
		)
		.map(({ entry }) => ({ date: entry.date, note: entry.note ?? '', by: entry.by }));
}

/**
 * Whether a training on `trainedOn` covers the document's current version. A training on
 * the day of the material change counts as current: the change is recorded when it is
 * made, and the people who run it are usually trained on it that same day. A document
 * with no material change in its log has one version, so every training is current.
 *
 * Coverage uses this to leave out people trained on an older version: pass the SOP's
 * frontmatter (`sop.data`) and the person's training date (`backup.trained_on` or a
 * `trained[].on`).
 */
export function trainedOnCurrentVersion(doc: RevisionLike, trainedOn: PlainDate): boolean {
	const change = lastMaterialChange(doc);
	return change === undefined || trainedOn >= change.date;
}

/**
 * Whether someone trained on `trainedOn` still counts as able to run the SOP on `today`:
 * trained on the current version, or trained on an older one and still inside the
 * `retrainDays` days after the change (the re-training window, in which the check warns).
 * From the day after the window they count no longer. Coverage can use this to keep
 * people during the window, or `trainedOnCurrentVersion` to drop them at once.
 */
export function countsAsTrained(
	doc: RevisionLike,
	trainedOn: PlainDate,
	today: PlainDate,
	retrainDays: number,
): boolean {
	return retrainState(doc, trainedOn, today, retrainDays).state !== 'retrain-overdue';
}

/** Where a training stands against the document's current version on `today`. */
export type RetrainState =
	/** Trained on the current version (or the document has no material change). */
	| { state: 'current' }
	/** Trained on an older version; still within `retrain_days` of the change. */
	| { state: 'retrain-due'; change: Revision; due: PlainDate; daysLeft: number }
	/** Trained on an older version, and more than `retrain_days` have passed since the change. */
	| { state: 'retrain-overdue'; change: Revision; due: PlainDate; daysOver: number };

/**
 * Whether someone trained on `trainedOn` must re-train, judged on `today`. They have
 * `retrainDays` days after the change: on the change day plus `retrainDays` they are still
 * inside the window (due that day), the day after they are overdue.
 */
export function retrainState(
	doc: RevisionLike,
	trainedOn: PlainDate,
	today: PlainDate,
	retrainDays: number,
): RetrainState {
	const change = lastMaterialChange(doc);
	if (change === undefined || trainedOn >= change.date) return { state: 'current' };
	const due = addDays(change.date, retrainDays);
	const daysLeft = daysBetween(today, due);
	return daysLeft >= 0
		? { state: 'retrain-due', change, due, daysLeft }
		: { state: 'retrain-overdue', change, due, daysOver: -daysLeft };
}

/** Whether the last material change is recent enough for a banner: within `bannerDays` days before `today` (inclusive). */
export function recentChange(
	doc: RevisionLike,
	today: PlainDate,
	bannerDays: number,
): Revision | undefined {
	const change = lastMaterialChange(doc);
	if (change === undefined || change.date > today) return undefined;
	return daysBetween(change.date, today) <= bannerDays ? change : undefined;
}
