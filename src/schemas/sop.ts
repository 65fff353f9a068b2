import { z } from 'astro/zod';
import { controlledDocumentFields } from './controlled-document.ts';
import { calendarDate } from './date.ts';
import { documentId, entityId } from './id.ts';

/** The cross-trained colleague who can run this SOP when the owner cannot. */
export const backupSchema = z.strictObject({
	/** The backup person: active, and not the owner. */
	person: entityId,
	/** The day they were trained on this SOP, `YYYY-MM-DD`. */
	trained_on: calendarDate.optional(),
});

/** A standard operating procedure: `src/content/sops/**\/<name>.mdx`. */
export const sopSchema = z
	.strictObject({
		...controlledDocumentFields,
		/** Required for an active SOP. The cross-trained backup and when they were trained. */
		backup: backupSchema.optional(),
		/** The client this SOP belongs to (a file name in `clients/`); leave out for firm-wide SOPs. */
		client: entityId.optional(),
		/** Ids of the guiding principles this SOP puts into practice. */
		principles: z.array(entityId).default([]),
		/** One or two sentences: what this SOP is for. Shown in lists and search. */
		summary: z.string().optional(),
		/** Free keywords for search: `[ach, returns]`. */
		tags: z.array(z.string().min(1)).default([]),
		/** With `status: retired`: the id of the SOP that replaces this one. */
		superseded_by: documentId.optional(),
	})
	.superRefine((sop, ctx) => {
		if (sop.superseded_by !== undefined && sop.status !== 'retired') {
			ctx.addIssue({ code: 'custom', path: ['superseded_by'], message: 'superseded-needs-retired', input: sop.superseded_by });
		}
	});

export type Sop = z.infer<typeof sopSchema>;
