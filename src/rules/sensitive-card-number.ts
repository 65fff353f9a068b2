import { sopBodyWith } from './utils/base-handbook.ts';
import { REAL_SHAPED, sensitiveRule } from './utils/sensitive-rule.ts';

export const sensitiveCardNumber = sensitiveRule('sensitive/card-number', 'A payment card number', {
	looksLike:
		"13 to 19 digits, spaces or dashes allowed, with a card network's prefix and a valid Luhn check",
	why: 'A full card number in the handbook is cardholder data in a place not built to hold it; the last four digits identify the card well enough for the work.',
	examples: {
		fails: [
			{
				title: 'a card number in a step',
				files: sopBodyWith('Pay the renewal with card 4539 1488 0343 6467.'),
				message:
					'contains what looks like a payment card number (ending 6467). The handbook is read by everyone and indexed by search.',
				unpublished: REAL_SHAPED,
			},
		],
		passes: [
			{
				title: 'the last four digits only',
				files: sopBodyWith('Pay the renewal with the card ending 6467.'),
			},
			{
				title: "a card network's published test number, marked safe with a reason",
				files: sopBodyWith(
					'{/* handbook-allow sensitive/card-number: the card networks publish this test number */}\nIn the sandbox, pay with 4111 1111 1111 1111.',
				),
				unpublished: 'the page itself would then list the allowed value in every report',
			},
		],
	},
});
