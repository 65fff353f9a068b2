import { at, type Rule } from '../engine/rule.ts';

export const backupInactive: Rule = {
	id: 'backup/inactive',
	severity: 'error',
	description: 'The backup person is marked inactive.',
	*check({ handbook }) {
		for (const sop of handbook.sops.values()) {
			const backup = sop.data.backup;
			if (sop.data.status !== 'active' || !backup) continue;
			const person = handbook.people.get(backup.person);
			if (!person || person.data.active) continue;
			yield at(
				sop.file,
				['backup', 'person'],
				`backup "${backup.person}" (${person.data.name}) is marked inactive and can no longer cover this SOP.`,
				'Cross-train an active colleague and name them:\nbackup:\n  person: <their id>\n  trained_on: <the training day>',
			);
		}
	},
};
