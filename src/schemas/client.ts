import { z } from 'astro/zod';
import { plainText } from './text.ts';
import { ref } from './reference.ts';

export const PLATFORMS = ['qbo', 'sage-intacct', 'xero', 'netsuite', 'other'] as const;

/** Who at the client approves bills, and up to what amount: `- { approver: Office manager, up_to: 2500 }`. */
export const approvalLimitSchema = z.strictObject({
	/** Who approves, as the client names them (a role or a person at the client): `Office manager (own office)`, `Controller, Ines Vargas`. */
	approver: plainText,
	/** The highest amount of one bill they may approve, in `currency`. Leave out when they may approve any amount. */
	up_to: z.number().positive().optional(),
	/** The currency of `up_to`, as a three-letter code. Default `USD`. */
	currency: z
		.string()
		.regex(/^[A-Z]{3}$/, { error: 'not-a-currency' })
		.default('USD'),
	/** A word on scope, if any: `lab fees only, per case, by standing instruction`. */
	note: plainText.optional(),
});

/** One client company: `src/content/clients/<client-id>.yaml`. */
export const clientSchema = z.strictObject({
	/** The client's name as it appears on their books: `Acme Dental Group`. */
	name: plainText,
	/** The pod that covers this client. */
	pod: ref('pod'),
	/** The Client Service Associate who owns the client. */
	csa: ref('person', { holds: 'csa' }),
	/** A different CSA who covers the client when the CSA is out. */
	backup_csa: ref('person', { holds: 'csa' }).optional(),
	/** The bill pay associates who enter and pay this client's bills. */
	bpas: z.array(ref('person', { holds: 'bpa' })).default([]),
	/** Bill pay associates trained on this client who step in when its BPAs are out. */
	backup_bpas: z.array(ref('person', { holds: 'bpa' })).default([]),
	/** The accounting system: `qbo` (QuickBooks Online), `sage-intacct`, `xero`, `netsuite` or `other`. */
	platform: z.enum(PLATFORMS),
	/** `active` while the firm serves the client; `offboarded` after. Default `active`. */
	status: z.enum(['active', 'offboarded']).default('active'),
	/** The client's line of business, in a few words: `dental practices`, `law firm`. */
	industry: z.string().optional(),
	/** A sentence on what makes this client different. */
	summary: z.string().optional(),
	/** When the client's bills are paid, in a few words: `Tuesday`, `Thursday`, `Monthly, business day 7`. Shown in the client quick reference. */
	run_day: plainText.optional(),
	/** The cut-off for a bill to make the run, and the release time: `Bills in by Monday 5:00 pm Central; released by 11:00 am Central`. */
	cut_off: plainText.optional(),
	/** Who at the client approves bills, each with the most they may approve; lowest first. */
	approval_limits: z.array(approvalLimitSchema).default([]),
});

export type Client = z.infer<typeof clientSchema>;
