import type { PlainDate } from '../schemas/date.ts';
import type { Handbook } from '../model/handbook.ts';
import { isActivePerson } from '../model/status.ts';
import { GITHUB_HANDLE } from '../schemas/person.ts';

/** Someone the report asks to act: the reviews they own that are overdue or due soon, and the SOPs they must re-train on. */
export interface NeedsAction {
	person: string;
	name: string;
	/** Their `github` handle, `null` when their file gives none. */
	github: string | null;
	/** Whether the report @mentions them: mentions are on, they are active, they have a handle and no one listed before them has the same one. */
	mention: boolean;
	reviews_overdue: number;
	reviews_due_soon: number;
	/** Re-trainings still within their window. */
	retrain_due: number;
	/** Re-trainings whose last day has passed. */
	retrain_overdue: number;
	/** The earliest last day of the re-trainings still within their window, `null` when none is. */
	retrain_by: PlainDate | null;
}

/**
 * Everyone who must act, by name: each owner of a review overdue or due soon, and each
 * person who must re-train. Only a handle the person schema accepted, of an active person,
 * becomes a mention; nothing else in the report ever does.
 */
export function needsAction(
	handbook: Handbook,
	reviews: readonly { owner: string; state: string }[],
	retrain: readonly { person: string; due: PlainDate; state: 'due' | 'overdue' }[],
	mentions: boolean,
): NeedsAction[] {
	const people = new Map<string, NeedsAction>();
	const of = (id: string) => {
		let entry = people.get(id);
		if (!entry) {
			const person = handbook.people.get(id);
			const github =
				person?.data.github !== undefined && GITHUB_HANDLE.test(person.data.github)
					? person.data.github
					: null;
			entry = {
				person: id,
				name: person?.data.name ?? id,
				github,
				mention: mentions && github !== null && isActivePerson(person),
				reviews_overdue: 0,
				reviews_due_soon: 0,
				retrain_due: 0,
				retrain_overdue: 0,
				retrain_by: null,
			};
			people.set(id, entry);
		}
		return entry;
	};
	for (const r of reviews) {
		if (r.state === 'overdue') of(r.owner).reviews_overdue += 1;
		else of(r.owner).reviews_due_soon += 1;
	}
	for (const r of retrain) {
		const entry = of(r.person);
		if (r.state === 'overdue') {
			entry.retrain_overdue += 1;
			continue;
		}
		entry.retrain_due += 1;
		if (entry.retrain_by === null || r.due < entry.retrain_by) entry.retrain_by = r.due;
	}
	const list = [...people.values()].sort(
		(a, b) => a.name.localeCompare(b.name, 'en') || a.person.localeCompare(b.person),
	);
	// Two files that give the same handle (handles ignore case) mention it once, for the first by name.
	const mentioned = new Set<string>();
	for (const entry of list) {
		if (!entry.mention) continue;
		const key = entry.github!.toLowerCase();
		if (mentioned.has(key)) entry.mention = false;
		mentioned.add(key);
	}
	return list;
}
