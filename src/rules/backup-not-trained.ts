import { at, type Rule } from '../engine/rule.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { NO_USABLE_BACKUP } from './utils/next-steps.ts';

export const backupNotTrained: Rule = {
	id: 'backup/not-trained',
	severity: 'error',
	description: 'The backup has no trained_on date, or it is after today.',
	why: 'A name under `backup` is cover only if that person has run the SOP with the owner; the training date is the evidence a supervisor or an auditor asks for.',
	fix: 'Record the day the training happened under `backup.trained_on`.',
	next: NO_USABLE_BACKUP,
	examples: {
		fails: [
			{
				title: 'no training date',
				files: edited(EXAMPLE_SOP, ['  trained_on: 2026-01-10\n', '']),
				message:
					'backup "ben-ode" has no trained_on date, so nothing shows they were trained on this SOP.',
			},
			{
				title: 'a training that is only planned',
				files: edited(EXAMPLE_SOP, ['trained_on: 2026-01-10', 'trained_on: 2026-12-01']),
				message:
					'backup.trained_on is 2026-12-01, which is after today (2026-11-22); a planned training does not make a backup.',
			},
		],
		passes: [
			{
				title: 'trained today',
				files: edited(EXAMPLE_SOP, ['trained_on: 2026-01-10', 'trained_on: 2026-11-22']),
			},
		],
	},
	*check({ handbook, today }) {
		for (const sop of handbook.sops.values()) {
			const backup = sop.data.backup;
			if (sop.data.status !== 'active' || !backup) continue;
			if (backup.trained_on === undefined) {
				yield at(
					sop.file,
					['backup', 'person'],
					`backup "${backup.person}" has no trained_on date, so nothing shows they were trained on this SOP.`,
					`Once they have been trained, add the day under backup:\n  trained_on: ${today}`,
				);
			} else if (backup.trained_on > today) {
				yield at(
					sop.file,
					['backup', 'trained_on'],
					`backup.trained_on is ${backup.trained_on}, which is after today (${today}); a planned training does not make a backup.`,
					`Write the day the training took place:\n  trained_on: ${today}`,
				);
			}
		}
	},
};
