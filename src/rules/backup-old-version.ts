import { retrainState } from '../dates/revision.ts';
import { at, type Rule } from '../engine/rule.ts';
import { count } from '../text/plural.ts';
import { activeDocuments } from './utils/active-documents.ts';
import { NO_USABLE_BACKUP } from './utils/next-steps.ts';
import { changedOn, trainees } from './utils/trainees.ts';

export const backupOldVersion: Rule = {
	id: 'backup/old-version',
	severity: 'error',
	description:
		"The backup was trained before the SOP's last material change, and more than retrain_days (default 14) have passed since the change.",
	why: 'A backup who learned the old steps is not cover for the new ones: when the owner is out, the SOP would be run the old way. The window gives time to re-train; after it the SOP has no cross-trained backup.',
	fix: 'Re-train the backup on the current version and record it with `npm run handbook -- trained <sop-id> --person <backup>`, or name a backup who knows it.',
	next: NO_USABLE_BACKUP,
	examples: {
		fails: [
			{
				title: 'a backup trained before a change a month ago',
				files: changedOn('2026-10-20'),
				message:
					'backup "ben-ode" was trained on 2026-01-10, before the material change of 2026-10-20 ("Approvals over $5,000 now go to the controller."), and the 14 days to re-train ended on 2026-11-03; the SOP has no backup trained on its current version.',
			},
		],
		passes: [
			{ title: 'a change 14 days ago: still inside the window', files: changedOn('2026-11-08') },
			{
				title: 'a backup re-trained after the change',
				files: changedOn('2026-10-20', ['trained_on: 2026-01-10', 'trained_on: 2026-10-22']),
			},
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
