import { retrainState } from '../dates/revision.ts';
import { at, type NextStep, type Rule } from '../engine/rule.ts';
import type { FieldPath } from '../model/yaml-source.ts';
import type { PlainDate } from '../schemas/date.ts';
import { count } from '../text/plural.ts';
import { activeDocuments } from './active-documents.ts';
import { EXAMPLE_SOP, edited } from './examples/base-handbook.ts';
import { NO_USABLE_BACKUP } from './next-steps.ts';

/** The example SOP with a material change on `day` (its last review), the backup trained on 2026-01-10. */
const changedOn = (day: string, ...more: readonly (readonly [string, string])[]) =>
	edited(
		EXAMPLE_SOP,
		[
			'last_reviewed: 2026-10-01\n',
			`last_reviewed: ${day}\nreviews:\n  - date: ${day}\n    by: ana-silva\n    change: material\n    note: Approvals over $5,000 now go to the controller.\n`,
		],
		...more,
	);

const RETRAIN: NextStep = {
	priority: 65,
	advice: (n) =>
		`${count(n, 'person is', 'people are')} trained on an older version of an SOP. Re-train them, then record it with: npm run handbook -- trained <sop-id> --person <id>`,
};

interface Trainee {
	person: string;
	on: PlainDate;
	path: FieldPath;
	isBackup: boolean;
}

/** Everyone an SOP names as trained on it, with the field that says so. */
function trainees(sop: { backup?: { person: string; trained_on?: PlainDate | undefined } | undefined; trained: readonly { person: string; on: PlainDate }[] }): Trainee[] {
	const list: Trainee[] = [];
	if (sop.backup?.trained_on !== undefined) list.push({ person: sop.backup.person, on: sop.backup.trained_on, path: ['backup', 'trained_on'], isBackup: true });
	for (const [index, entry] of sop.trained.entries()) list.push({ person: entry.person, on: entry.on, path: ['trained', index, 'on'], isBackup: false });
	return list;
}

const field = (t: Trainee) => (t.isBackup ? 'backup.trained_on' : `trained[${String(t.path[1])}].on`);

export const retrainDue: Rule = {
	id: 'training/retrain',
	severity: 'warning',
	description:
		'Someone trained on the SOP (the backup or a trained entry) was trained before its last material change: within retrain_days of the change (14 unless the config says otherwise) for the backup, at any time for the others.',
	why: 'A material change means the steps people learned are no longer the steps. Whoever runs the SOP from memory runs the old one until they re-learn it; coverage stops counting them after `retrain_days`.',
	fix: 'Walk them through what changed, then record the training: `npm run handbook -- trained <sop-id> --person <id>`.',
	next: RETRAIN,
	examples: {
		fails: [
			{ title: 'a backup trained before a change made last week', files: changedOn('2026-11-15') },
			{
				title: 'a trained colleague who missed a change two months ago',
				files: changedOn('2026-09-20', ['  trained_on: 2026-01-10\n', '  trained_on: 2026-09-21\ntrained:\n  - { person: dev-rao, on: 2026-03-02 }\n']),
			},
		],
		passes: [
			{ title: 'a backup re-trained on the day of the change', files: changedOn('2026-11-15', ['trained_on: 2026-01-10', 'trained_on: 2026-11-15']) },
			{
				title: 'an editorial review after the training',
				files: edited(EXAMPLE_SOP, [
					'last_reviewed: 2026-10-01\n',
					'last_reviewed: 2026-10-01\nreviews:\n  - date: 2026-10-01\n    by: ana-silva\n    change: editorial\n    note: Fixed two links.\n',
				]),
			},
		],
	},
	*check({ handbook, today }) {
		const days = handbook.config.retrain_days;
		for (const doc of activeDocuments(handbook)) {
			if (doc.kind !== 'sop') continue;
			for (const trainee of trainees(doc.data)) {
				const state = retrainState(doc.data, trainee.on, today, days);
				if (state.state === 'current') continue;
				if (trainee.isBackup && state.state === 'retrain-overdue') continue; // backup/old-version reports it as an error.
				const note = state.change.note ? `: "${state.change.note}"` : '';
				const when =
					state.state === 'retrain-due'
						? `re-train them by ${state.due} (${state.daysLeft === 0 ? 'today' : `in ${count(state.daysLeft, 'day')}`})${trainee.isBackup ? ', or the SOP has no cross-trained backup' : ''}`
						: `they no longer count as able to run it (the ${count(days, 'day')} to re-train ended on ${state.due})`;
				yield at(
					doc.file,
					trainee.path,
					`${trainee.person} was trained on ${trainee.on}, before the material change of ${state.change.date}${note}; ${when}.`,
					`Once they have re-learned it, record it with:\n  npm run handbook -- trained ${doc.id} --person ${trainee.person}\n(or set ${field(trainee)}: <the training day>)`,
				);
			}
		}
	},
};

export const backupOldVersion: Rule = {
	id: 'backup/old-version',
	severity: 'error',
	description: "The backup was trained before the SOP's last material change, and more than retrain_days (default 14) have passed since the change.",
	why: 'A backup who learned the old steps is not cover for the new ones: when the owner is out, the SOP would be run the old way. The window gives time to re-train; after it the SOP has no cross-trained backup.',
	fix: 'Re-train the backup on the current version and record it with `npm run handbook -- trained <sop-id> --person <backup>`, or name a backup who knows it.',
	next: NO_USABLE_BACKUP,
	examples: {
		fails: [{ title: 'a backup trained before a change a month ago', files: changedOn('2026-10-20') }],
		passes: [
			{ title: 'a change 14 days ago: still inside the window', files: changedOn('2026-11-08') },
			{ title: 'a backup re-trained after the change', files: changedOn('2026-10-20', ['trained_on: 2026-01-10', 'trained_on: 2026-10-22']) },
		],
	},
	*check({ handbook, today }) {
		const days = handbook.config.retrain_days;
		for (const doc of activeDocuments(handbook)) {
			if (doc.kind !== 'sop') continue;
			const backup = trainees(doc.data).find((t) => t.isBackup);
			if (!backup) continue;
			const state = retrainState(doc.data, backup.on, today, days);
			if (state.state !== 'retrain-overdue') continue;
			const note = state.change.note ? ` ("${state.change.note}")` : '';
			yield at(
				doc.file,
				backup.path,
				`backup "${backup.person}" was trained on ${backup.on}, before the material change of ${state.change.date}${note}, and the ${count(days, 'day')} to re-train ended on ${state.due}; the SOP has no backup trained on its current version.`,
				`Re-train ${backup.person} on what changed, then record it with:\n  npm run handbook -- trained ${doc.id} --person ${backup.person}\nor name a backup trained on the current version.`,
			);
		}
	},
};
