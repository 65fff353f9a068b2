import { at, type Rule } from '../engine/rule.ts';

export const backupSameAsOwner: Rule = {
	id: 'backup/same-as-owner',
	severity: 'error',
	description: 'The backup is the owner.',
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
