import { at, type Rule } from '../engine/rule.ts';

export const backupMissing: Rule = {
	id: 'backup/missing',
	severity: 'error',
	description: 'An active SOP has no cross-trained backup.',
	*check({ handbook, today }) {
		for (const sop of handbook.sops.values()) {
			if (sop.data.status !== 'active' || sop.data.backup) continue;
			yield at(
				sop.file,
				['backup'],
				`has no backup. Every active SOP needs a cross-trained colleague who can run it when ${sop.data.owner} is out.`,
				`Train a colleague on it, then add:\nbackup:\n  person: <their id>\n  trained_on: ${today}`,
			);
		}
	},
};
