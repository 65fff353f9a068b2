import { z } from 'astro/zod';
import { entityId } from './id.ts';
import { plainText } from './text.ts';

export const PLATFORMS = ['qbo', 'sage-intacct', 'xero', 'netsuite', 'other'] as const;

/** One client company: `src/content/clients/<client-id>.yaml`. */
export const clientSchema = z.strictObject({
	/** The client's name as it appears on their books: `Acme Dental Group`. */
	name: plainText,
	/** The pod that covers this client. */
	pod: entityId,
	/** The Client Service Associate who owns the client. */
	csa: entityId,
	/** A different CSA who covers the client when the CSA is out. */
	backup_csa: entityId.optional(),
	/** The bill pay associates who enter and pay this client's bills. */
	bpas: z.array(entityId).default([]),
	/** Bill pay associates trained on this client who step in when its BPAs are out. */
	backup_bpas: z.array(entityId).default([]),
	/** The accounting system: `qbo` (QuickBooks Online), `sage-intacct`, `xero`, `netsuite` or `other`. */
	platform: z.enum(PLATFORMS),
	/** `active` while the firm serves the client; `offboarded` after. Default `active`. */
	status: z.enum(['active', 'offboarded']).default('active'),
	/** The client's line of business, in a few words: `dental practices`, `law firm`. */
	industry: z.string().optional(),
	/** A sentence on what makes this client different. */
	summary: z.string().optional(),
});

export type Client = z.infer<typeof clientSchema>;
