import { sopBodyWith } from './utils/base-handbook.ts';
import { REAL_SHAPED, sensitiveRule } from './utils/sensitive-rule.ts';

export const sensitiveSsn = sensitiveRule('sensitive/ssn', 'A Social Security number', {
	looksLike: 'NNN-NN-NNNN with a valid area, group and serial, or nine digits near SSN words',
	why: "A contractor's Social Security number is what identity theft needs; W-9 details stay in the client's files, never in an SOP.",
	examples: {
		fails: [
			{
				title: 'an SSN in a step',
				files: sopBodyWith("The contractor's SSN is 219-09-9999."),
				message:
					'contains what looks like a Social Security number (ending 9999). The handbook is read by everyone and indexed by search.',
				unpublished: REAL_SHAPED,
			},
		],
		passes: [
			{
				title: 'masked to the last four digits',
				files: sopBodyWith("The contractor's SSN ends XXX-XX-9999."),
			},
		],
	},
});
