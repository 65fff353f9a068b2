import { at, type Rule } from '../engine/rule.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { NO_USABLE_BACKUP } from './utils/next-steps.ts';

export const backupInactive: Rule = {
	id: 'backup/inactive',
	severity: 'error',
	description: 'The backup person is marked inactive.',
	why: 'Someone who has left cannot cover the SOP, so it is back to one person who knows how to run it.',
	fix: 'Cross-train an active colleague and name them under `backup`.',
	next: NO_USABLE_BACKUP,
	examples: {
		fails: [
			{
				title: 'a backup who has left',
				files: edited(EXAMPLE_SOP, ['person: ben-ode', 'person: old-hand']),
				message:
					'backup "old-hand" (Old Hand) is marked inactive and can no longer cover this SOP.',
			},
		],
		passes: [
			{
				title: 'an active colleague as backup',
				files: edited(EXAMPLE_SOP, ['person: ben-ode', 'person: dev-rao']),
			},
		],
	},
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
