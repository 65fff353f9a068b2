import { at, type Rule } from '../engine/rule.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { NO_USABLE_BACKUP } from './utils/next-steps.ts';

export const backupMissing: Rule = {
	id: 'backup/missing',
	severity: 'error',
	description: 'An active SOP has no cross-trained backup.',
	why: 'Be replaceable by design: when the owner is out, the bill run still has to go out on Tuesday, and only a colleague trained on it can run it.',
	fix: 'Cross-train a colleague, then name them under `backup` with the day of the training.',
	next: NO_USABLE_BACKUP,
	examples: {
		fails: [
			{
				title: 'an active SOP without a backup',
				files: edited(EXAMPLE_SOP, ['backup:\n  person: ben-ode\n  trained_on: 2026-01-10\n', '']),
				message:
					'has no backup. Every active SOP needs a cross-trained colleague who can run it when ana-silva is out.',
			},
		],
		passes: [
			{
				title: 'a colleague trained on it as backup',
				files: edited(EXAMPLE_SOP, [
					'person: ben-ode\n  trained_on: 2026-01-10',
					'person: dev-rao\n  trained_on: 2026-03-02',
				]),
			},
		],
	},
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
