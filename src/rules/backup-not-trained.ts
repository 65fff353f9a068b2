import { at, type Rule } from '../engine/rule.ts';

export const backupNotTrained: Rule = {
	id: 'backup/not-trained',
	severity: 'error',
	description: 'The backup has no trained_on date, or it is after today.',
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
