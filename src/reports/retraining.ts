import type { PlainDate } from '../schemas/date.ts';
import type { Handbook } from '../model/handbook.ts';
import { retrainState } from '../dates/revision.ts';
import { isInUse } from '../model/status.ts';

/** Someone trained on an older version of an SOP in use: who, on what, and by when. */
export interface Retraining {
	person: string;
	person_name: string;
	id: string;
	title: string;
	/** Whether they are the SOP's backup (the SOP has no backup on its current version once `due` passes). */
	backup: boolean;
	trained_on: PlainDate;
	changed_on: PlainDate;
	/** What changed, as its author wrote it. */
	note: string;
	/** The last day of the re-training window. */
	due: PlainDate;
	state: 'due' | 'overdue';
}

/** Everyone who must re-train, by person name, then by due date. */
export function retrainingList(handbook: Handbook, today: PlainDate): Retraining[] {
	const name = (id: string) => handbook.people.get(id)?.data.name ?? id;
	const list: Retraining[] = [];
	for (const sop of handbook.sops.values()) {
		if (!isInUse(sop)) continue;
		const trained = [
			...(sop.data.backup?.trained_on !== undefined
				? [{ person: sop.data.backup.person, on: sop.data.backup.trained_on, backup: true }]
				: []),
			...sop.data.trained.map((entry) => ({ ...entry, backup: false })),
		];
		for (const { person, on, backup } of trained) {
			const state = retrainState(sop.data, on, today, handbook.config.retrain_days);
			if (state.state === 'current') continue;
			list.push({
				person,
				person_name: name(person),
				id: sop.id,
				title: sop.data.title,
				backup,
				trained_on: on,
				changed_on: state.change.date,
				note: state.change.note,
				due: state.due,
				state: state.state === 'retrain-due' ? 'due' : 'overdue',
			});
		}
	}
	return list.sort(
		(a, b) =>
			a.person_name.localeCompare(b.person_name) ||
			(a.due < b.due ? -1 : a.due > b.due ? 1 : a.title.localeCompare(b.title)),
	);
}
