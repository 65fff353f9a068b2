import { sopBodyWith } from './utils/base-handbook.ts';
import { REAL_SHAPED, sensitiveRule } from './utils/sensitive-rule.ts';

export const sensitiveAccountNumber = sensitiveRule(
	'sensitive/account-number',
	'A bank account number',
	{
		looksLike:
			'6 to 17 digits near account words (account, acct, DDA, checking, savings) or a routing number, or an IBAN that passes its mod-97 check',
		why: "A client's or vendor's bank account number in a page anyone can read and search is bank data exposed; the last four digits identify the account well enough for the work.",
		examples: {
			fails: [
				{
					title: 'an account number in a step',
					files: sopBodyWith('Deposit refunds into checking account 483920175533.'),
					message:
						'contains what looks like a bank account number (ending 5533). The handbook is read by everyone and indexed by search.',
					unpublished: REAL_SHAPED,
				},
			],
			passes: [
				{
					title: 'the last four digits only',
					files: sopBodyWith('Deposit refunds into the checking account ending 5533 (****5533).'),
				},
			],
		},
	},
);
