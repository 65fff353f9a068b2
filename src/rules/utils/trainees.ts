import type { FieldPath } from '../../model/yaml-source.ts';
import type { PlainDate } from '../../schemas/date.ts';
import { EXAMPLE_SOP, edited } from './base-handbook.ts';

/** The example SOP with a material change on `day` (its last review), the backup trained on 2026-01-10. */
export const changedOn = (day: string, ...more: readonly (readonly [string, string])[]) =>
	edited(
		EXAMPLE_SOP,
		[
			'last_reviewed: 2026-10-01\n',
			`last_reviewed: ${day}\nreviews:\n  - date: ${day}\n    by: ana-silva\n    change: material\n    note: Approvals over $5,000 now go to the controller.\n`,
		],
		...more,
	);

export interface Trainee {
	person: string;
	on: PlainDate;
	path: FieldPath;
	isBackup: boolean;
}

/** Everyone an SOP names as trained on it, with the field that says so. */
export function trainees(sop: {
	backup?: { person: string; trained_on?: PlainDate | undefined } | undefined;
	trained: readonly { person: string; on: PlainDate }[];
}): Trainee[] {
	const list: Trainee[] = [];
	if (sop.backup?.trained_on !== undefined)
		list.push({
			person: sop.backup.person,
			on: sop.backup.trained_on,
			path: ['backup', 'trained_on'],
			isBackup: true,
		});
	for (const [index, entry] of sop.trained.entries())
		list.push({
			person: entry.person,
			on: entry.on,
			path: ['trained', index, 'on'],
			isBackup: false,
		});
	return list;
}
