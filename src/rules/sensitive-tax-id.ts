import { sopBodyWith } from './utils/base-handbook.ts';
import { REAL_SHAPED, sensitiveRule } from './utils/sensitive-rule.ts';

export const sensitiveTaxId = sensitiveRule('sensitive/tax-id', 'An EIN or ITIN', {
	looksLike: 'NN-NNNNNNN with an IRS prefix, an ITIN, or nine digits near EIN, TIN or W-9',
	why: "A vendor's EIN or ITIN belongs with its W-9 in the client's files; in the handbook it is taxpayer data open to everyone.",
	examples: {
		fails: [
			{
				title: 'an EIN in a step',
				files: sopBodyWith('Their EIN: 12-3456789.'),
				message:
					'contains what looks like an EIN (ending 6789). The handbook is read by everyone and indexed by search.',
				unpublished: REAL_SHAPED,
			},
		],
		passes: [
			{
				title: 'where to find it instead',
				files: sopBodyWith("Their EIN is on the W-9 in the client's vendor folder."),
			},
		],
	},
});
