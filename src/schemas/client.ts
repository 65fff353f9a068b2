import { z } from 'astro/zod';
import { plainText } from './text.ts';
import { ref } from './reference.ts';

export const PLATFORMS = ['qbo', 'sage-intacct', 'xero', 'netsuite', 'other'] as const;

/** Who at the client approves bills, and up to what amount. */
export const approvalLimitSchema = z.strictObject({
	approver: plainText.meta({
		description: 'Who approves, as the client names them (a role or a person at the client).',
		examples: ['Office manager (own office)', 'Controller, Ines Vargas'],
	}),
	up_to: z
		.number()
		.positive()
		.optional()
		.meta({
			description:
				'The highest amount of one bill they may approve, in `currency`. Leave out when they may approve any amount.',
			examples: [2500],
		}),
	currency: z
		.string()
		.regex(/^[A-Z]{3}$/, { error: 'not-a-currency' })
		.default('USD')
		.meta({
			description: 'The currency of `up_to`, as a three-letter code. Default `USD`.',
			examples: ['USD'],
		}),
	note: plainText.optional().meta({
		description: 'A word on scope, if any.',
		examples: ['lab fees only, per case, by standing instruction'],
	}),
});

/** One client company: `src/content/clients/<client-id>.yaml`. */
export const clientSchema = z.strictObject({
	name: plainText.meta({
		title: 'Client name',
		description: "The client's name as it appears on their books.",
		examples: ['Acme Dental Group'],
	}),
	pod: ref('pod').meta({
		title: 'Pod',
		description: 'The pod that covers this client (a pod id).',
		examples: ['pod-east'],
	}),
	csa: ref('person', { holds: 'csa' }).meta({
		title: 'CSA',
		description: 'The Client Service Associate who owns the client (a person id).',
		examples: ['maria-lopez'],
	}),
	backup_csa: ref('person', { holds: 'csa' })
		.optional()
		.meta({
			title: 'Backup CSA',
			description: 'A different CSA who covers the client when the CSA is out (a person id).',
			examples: ['sam-okafor'],
		}),
	bpas: z
		.array(ref('person', { holds: 'bpa' }))
		.default([])
		.meta({
			title: 'BPAs',
			description: "The bill pay associates who enter and pay this client's bills (person ids).",
			examples: [['arjun-mehta']],
		}),
	backup_bpas: z
		.array(ref('person', { holds: 'bpa' }))
		.default([])
		.meta({
			description:
				'Bill pay associates trained on this client who step in when its BPAs are out (person ids).',
			examples: [['sofia-alvarez']],
		}),
	platform: z.enum(PLATFORMS).meta({
		title: 'Platform',
		description:
			'The accounting system: `qbo` (QuickBooks Online), `sage-intacct`, `xero`, `netsuite` or `other`.',
		examples: ['qbo'],
	}),
	status: z
		.enum(['active', 'offboarded'])
		.default('active')
		.meta({
			description:
				'`active` while the firm serves the client; `offboarded` after. Default `active`.',
			examples: ['active'],
		}),
	industry: z
		.string()
		.optional()
		.meta({
			description: "The client's line of business, in a few words.",
			examples: ['dental practices', 'law firm'],
		}),
	summary: z
		.string()
		.optional()
		.meta({
			description: 'A sentence on what makes this client different.',
			examples: ['Six dental offices; supplies and lab fees weekly, rent monthly.'],
		}),
	run_day: plainText.optional().meta({
		description:
			"When the client's bills are paid, in a few words. Shown in the client quick reference.",
		examples: ['Tuesday', 'Thursday', 'Monthly, business day 7'],
	}),
	cut_off: plainText.optional().meta({
		description: 'The cut-off for a bill to make the run, and the release time.',
		examples: ['Bills in by Monday 5:00 pm Central; released by 11:00 am Central'],
	}),
	approval_limits: z
		.array(approvalLimitSchema)
		.default([])
		.meta({
			description:
				'Who at the client approves bills, each with the most they may approve; lowest first.',
			examples: [[{ approver: 'Office manager', up_to: 2500 }, { approver: 'Practice owner' }]],
		}),
});

export type Client = z.infer<typeof clientSchema>;
