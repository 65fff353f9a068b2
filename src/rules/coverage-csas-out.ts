import { gapInWords } from '../coverage/describe.ts';
import { at, type Rule } from '../engine/rule.ts';
import { away, coverage } from './utils/coverage-gaps.ts';
import { COVERAGE_GAPS } from './utils/next-steps.ts';

export const coverageCsasOut: Rule = {
	id: 'coverage/csas-out',
	severity: 'warning',
	description:
		"A client's CSA and backup CSA are both out on the same working day in the coverage window.",
	why: 'On that day no one who knows the client answers its messages, approves its run or notices a missed cut-off.',
	fix: 'Move one of the absences, or arrange cover with another CSA in the hand-off note.',
	next: COVERAGE_GAPS,
	examples: {
		fails: [
			{
				title: 'the CSA and the backup CSA away together',
				files: {
					...away('ana-silva', '  - { from: 2026-12-07, to: 2026-12-11 }\n'),
					...away('ben-ode', '  - { from: 2026-12-10, to: 2026-12-18 }\n'),
				},
				message:
					'Acme Dental has no CSA in on 2026-12-10 to 2026-12-11 (2 working days): Ana Silva, Ben Ode are both out.',
			},
		],
		passes: [
			{
				title: 'one back before the other leaves',
				files: {
					...away('ana-silva', '  - { from: 2026-12-07, to: 2026-12-09 }\n'),
					...away('ben-ode', '  - { from: 2026-12-10, to: 2026-12-18 }\n'),
				},
			},
		],
	},
	*check(context) {
		for (const gap of coverage(context).gaps) {
			if (gap.kind !== 'client-csas') continue;
			const words = gapInWords(context.handbook, gap);
			yield at(
				gap.client.file,
				gap.client.data.backup_csa ? ['backup_csa'] : ['csa'],
				words.what,
				words.fix,
			);
		}
	},
};
