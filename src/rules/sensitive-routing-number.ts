import { sopBodyWith } from './utils/base-handbook.ts';
import { REAL_SHAPED, sensitiveRule } from './utils/sensitive-rule.ts';

export const sensitiveRoutingNumber = sensitiveRule(
	'sensitive/routing-number',
	'A bank routing number',
	{
		looksLike:
			'nine digits that pass the ABA checksum with a valid Federal Reserve prefix, unless the words before call them something else (invoice, check no., ...)',
		why: "The handbook is read by the whole firm and indexed by search; a client's routing number beside its account number is what a fraudulent debit needs.",
		examples: {
			fails: [
				{
					title: 'a routing number in a step',
					files: sopBodyWith('Wire to routing number 021000021 at First Harbor Bank.'),
					message:
						'contains what looks like a bank routing number (ending 0021). The handbook is read by everyone and indexed by search.',
					unpublished: REAL_SHAPED,
				},
			],
			passes: [
				{
					title: 'the last four digits only',
					files: sopBodyWith('Wire to the routing number ending 0021 at First Harbor Bank.'),
				},
			],
		},
	},
);
