import { at, type Rule } from '../engine/rule.ts';
import { coverageDays, spanOf } from '../coverage/coverage.ts';
import { isAwayOn } from '../model/away.ts';
import { NO_USABLE_BACKUP } from './utils/next-steps.ts';

const BEN = 'src/content/people/ben-ode.yaml';
const benOut = (from: string, to: string) => ({
	[BEN]: `name: Ben Ode\nroles: [csa]\npod: east\nout_of_office:\n  - { from: ${from}, to: ${to} }\n`,
});

export const backupUnavailable: Rule = {
	id: 'backup/unavailable',
	severity: 'error',
	description:
		'The backup is out of office on every working day of the coverage window (coverage_weeks from today), so the SOP has no backup who can run it.',
	why: 'A backup is cover only if they can step in. One who is away for the whole window, such as a leave entered as one long absence, leaves the SOP with one person who can run it, which is what the backup rule is there to prevent.',
	fix: 'Name a backup who is in during the coverage window, and cross-train them.',
	next: NO_USABLE_BACKUP,
	examples: {
		fails: [
			{
				title: 'a backup away for years',
				files: benOut('2000-01-01', '2999-12-31'),
				message:
					'backup "ben-ode" (Ben Ode) is out of office on every working day from 2026-11-23 to 2027-01-15, so nobody but ana-silva can run this SOP.',
			},
		],
		passes: [{ title: 'a backup away for two weeks', files: benOut('2026-12-21', '2027-01-01') }],
	},
	*check({ handbook, today }) {
		const days = coverageDays(today, handbook.config.coverage_weeks);
		if (days.length === 0) return;
		for (const sop of handbook.sops.values()) {
			const backup = sop.data.backup;
			if (sop.data.status !== 'active' || !backup) continue;
			const person = handbook.people.get(backup.person);
			if (!person || !days.every((day) => isAwayOn(person, day))) continue;
			yield at(
				sop.file,
				['backup', 'person'],
				`backup "${backup.person}" (${person.data.name}) is out of office on every working day from ${spanOf({ from: days[0]!, to: days.at(-1)! })}, so nobody but ${sop.data.owner} can run this SOP.`,
				'Cross-train a colleague who is in, and name them:\nbackup:\n  person: <their id>\n  trained_on: <the training day>',
			);
		}
	},
};
