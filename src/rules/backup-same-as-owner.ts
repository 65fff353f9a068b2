import { at, type Rule } from '../engine/rule.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { NO_USABLE_BACKUP } from './utils/next-steps.ts';

export const backupSameAsOwner: Rule = {
	id: 'backup/same-as-owner',
	severity: 'error',
	description: 'The backup is the owner.',
	why: 'A backup who is the owner covers nothing: when that person is out, nobody can run the SOP.',
	fix: 'Name a different, cross-trained person under `backup.person`.',
	next: NO_USABLE_BACKUP,
	examples: {
		fails: [
			{
				title: 'the owner named as backup',
				files: edited(EXAMPLE_SOP, ['person: ben-ode', 'person: ana-silva']),
				message: 'backup is the same person as owner ("ana-silva").',
			},
		],
		passes: [
			{
				title: 'a colleague of the owner as backup',
				files: edited(EXAMPLE_SOP, ['person: ben-ode', 'person: dev-rao']),
			},
		],
	},
	*check({ handbook }) {
		for (const sop of handbook.sops.values()) {
			const backup = sop.data.backup;
			if (sop.data.status !== 'active' || backup?.person !== sop.data.owner) continue;
			yield at(
				sop.file,
				['backup', 'person'],
				`backup is the same person as owner ("${sop.data.owner}").`,
				'Name a different, cross-trained person:\nbackup:\n  person: <a colleague who has been trained on it>',
			);
		}
	},
};
