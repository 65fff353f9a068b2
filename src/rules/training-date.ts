import { at, type Rule } from '../engine/rule.ts';
import { EARLIEST_RECORD, recordedDayProblem } from '../model/recorded.ts';
import { fieldName } from '../model/schema-messages.ts';
import type { PlainDate } from '../schemas/date.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';

const trainedOn = (day: string) =>
	['client: acme\n', `client: acme\ntrained:\n  - { person: dev-rao, on: ${day} }\n`] as const;

export const trainingDate: Rule = {
	id: 'training/date',
	severity: 'error',
	description: `A training record (backup.trained_on, a trained entry's on, a trained_roles entry's on) is dated after today, or before ${EARLIEST_RECORD}.`,
	why: 'A training date is the evidence that someone can run the SOP. A planned training is not that yet, and a placeholder date such as 0001-01-01 records nothing; the trained command refuses both.',
	fix: 'Write the day the training took place, or leave the person out until it has.',
	examples: {
		fails: [
			{
				title: 'a training that is only planned',
				files: edited(EXAMPLE_SOP, trainedOn('2026-12-01')),
				message:
					'trained[0].on is 2026-12-01, which is after today (2026-11-22); a planned training is not a record of one.',
			},
			{
				title: 'a placeholder date',
				files: edited(EXAMPLE_SOP, ['trained_on: 2026-01-10', 'trained_on: 0001-01-01']),
				message:
					'backup.trained_on is 0001-01-01, before 2000-01-01: a placeholder, not the day of a training.',
			},
		],
		passes: [
			{ title: 'a training that took place', files: edited(EXAMPLE_SOP, trainedOn('2026-11-02')) },
		],
	},
	*check({ handbook, today }) {
		for (const sop of handbook.sops.values()) {
			if (sop.data.status !== 'active') continue;
			const dated = function* (): Iterable<{ path: (string | number)[]; day: PlainDate }> {
				if (sop.data.backup?.trained_on !== undefined)
					yield { path: ['backup', 'trained_on'], day: sop.data.backup.trained_on };
				for (const [i, t] of sop.data.trained.entries())
					yield { path: ['trained', i, 'on'], day: t.on };
				for (const [i, t] of sop.data.trained_roles.entries())
					yield { path: ['trained_roles', i, 'on'], day: t.on };
			};
			for (const { path, day } of dated()) {
				const problem = recordedDayProblem(day, today);
				// A backup's planned training is backup/not-trained's finding, with its own advice.
				if (problem === undefined || (problem === 'future' && path[0] === 'backup')) continue;
				const field = fieldName(path);
				yield at(
					sop.file,
					path,
					problem === 'future'
						? `${field} is ${day}, which is after today (${today}); a planned training is not a record of one.`
						: `${field} is ${day}, before ${EARLIEST_RECORD}: a placeholder, not the day of a training.`,
					`Write the day the training took place, e.g. ${today}, once it has.`,
				);
			}
		}
	},
};
