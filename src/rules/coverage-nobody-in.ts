import { gapInWords } from '../coverage/describe.ts';
import { at, type Rule } from '../engine/rule.ts';
import { away, coverage } from './utils/coverage-gaps.ts';
import { COVERAGE_GAPS } from './utils/next-steps.ts';

export const coverageNobodyIn: Rule = {
	id: 'coverage/nobody-in',
	severity: 'warning',
	description:
		"On some working day in the coverage window, no one who can run a role's part of an SOP in use is in (or no one is trained for it at all).",
	why: 'An SOP is only covered if someone trained for each part is at work on the day it runs; two names on the page do not help when both are on leave.',
	fix: 'Move one of the absences, or cross-train another person and record them under `trained` (or a whole role under `trained_roles`).',
	next: COVERAGE_GAPS,
	examples: {
		fails: [
			{
				title: 'the owner and the backup out on the same day',
				files: {
					...away('ana-silva', '  - { from: 2026-12-01, to: 2026-12-01 }\n'),
					...away('ben-ode', '  - { from: 2026-11-30, to: 2026-12-02 }\n'),
				},
				message:
					'No one can run the CSA part of "Acme weekly bill run" on 2026-12-01 (1 working day): Ana Silva, Ben Ode are all out.',
			},
		],
		passes: [
			{
				title: 'their time off on different days',
				files: {
					...away('ana-silva', '  - { from: 2026-12-01, to: 2026-12-01 }\n'),
					...away('ben-ode', '  - { from: 2026-12-02, to: 2026-12-03 }\n'),
				},
			},
		],
	},
	*check(context) {
		for (const gap of coverage(context).gaps) {
			if (gap.kind !== 'sop-part') continue;
			const words = gapInWords(context.handbook, gap);
			const path = gap.sop.data.roles ? ['roles'] : gap.sop.data.backup ? ['backup'] : ['owner'];
			yield at(gap.sop.file, path, words.what, words.fix);
		}
	},
};
