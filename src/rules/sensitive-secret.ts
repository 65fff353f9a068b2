import { sopBodyWith } from './utils/base-handbook.ts';
import { REAL_SHAPED, sensitiveRule } from './utils/sensitive-rule.ts';

export const sensitiveSecret = sensitiveRule(
	'sensitive/secret',
	'A private key, API token or password',
	{
		looksLike:
			'a private key block (PEM or PGP), a token in a well-known format (AWS, GitHub, Slack tokens and webhook addresses, Stripe, Google, OpenAI and Anthropic keys, JWT), or a password, token or secret field with a real-looking value',
		why: "A password or API token in the handbook hands a client's bank or accounting login to everyone who can read the page, and to everything that indexes it.",
		fix: 'Remove it and keep it in the password manager; name the entry there instead.',
		examples: {
			fails: [
				{
					title: 'a token in a step',
					files: sopBodyWith('Use token ghp_abcdefghijklmnopqrstuvwxyz0123456789 for the export.'),
					message:
						'contains what looks like a GitHub token. The handbook is read by everyone and indexed by search.',
					unpublished: REAL_SHAPED,
				},
			],
			passes: [
				{
					title: 'the password manager entry named instead',
					files: sopBodyWith(
						'Use the "Acme export token" entry in the password manager for the export.',
					),
				},
			],
		},
	},
);
