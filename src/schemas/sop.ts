import { z } from 'astro/zod';
import { controlledDocumentFields } from './controlled-document.ts';
import { calendarDate } from './date.ts';
import { ref } from './reference.ts';

/** The cross-trained colleague who can run this SOP when the owner cannot. */
export const backupSchema = z.strictObject({
	/** The backup person: active, and not the owner. */
	person: ref('person'),
	/** The day they were trained on this SOP, `YYYY-MM-DD`. */
	trained_on: calendarDate.optional(),
});

/** Another colleague trained on this SOP, besides the backup. */
export const trainedPersonSchema = z.strictObject({
	/** The person trained. */
	person: ref('person'),
	/** The day they were trained, `YYYY-MM-DD`. */
	on: calendarDate,
});

/** Everyone who holds a role counts as trained on this SOP's part for that role, from a day (a firm-wide SOP the whole team runs). */
export const trainedRoleSchema = z.strictObject({
	/** The role trained as a whole: one of the handbook config's roles. */
	role: ref('role'),
	/** The day the role was trained (the training session, or the day the SOP became part of onboarding). */
	on: calendarDate,
});

/** A standard operating procedure: `src/content/sops/**\/<name>.mdx`. */
export const sopSchema = z
	.strictObject({
		...controlledDocumentFields,
		/** Required for an active SOP. The cross-trained backup and when they were trained. */
		backup: backupSchema.optional(),
		/**
		 * The roles that run this SOP, each one of the handbook config's roles: `[csa, bpa]`.
		 * Default: the owner's roles. With more than one, every step names its role in bold.
		 */
		roles: z.array(ref('role')).min(1).optional(),
		/** Other colleagues trained on this SOP, besides the backup: `- { person: leo-fischer, on: 2026-05-04 }`. */
		trained: z.array(trainedPersonSchema).default([]),
		/** Roles trained as a whole, for a firm-wide SOP everyone in the role runs: `- { role: csa, on: 2026-01-12 }`. */
		trained_roles: z.array(trainedRoleSchema).default([]),
		/** The client this SOP belongs to (a file name in `clients/`); leave out for firm-wide SOPs. */
		client: ref('client').optional(),
		/** Ids of the guiding principles this SOP puts into practice. */
		principles: z.array(ref('principle')).default([]),
		/** Ids of the KPIs this SOP serves (files in `kpis/`, no extension); its `## Targets` section, if any, names them. */
		kpis: z.array(ref('kpi')).default([]),
		/** One or two sentences: what this SOP is for. Shown in lists and search. */
		summary: z.string().optional(),
		/** Free keywords for search: `[ach, returns]`. */
		tags: z.array(z.string().min(1)).default([]),
		/** With `status: retired`: the id of the SOP that replaces this one. */
		superseded_by: ref('sop').optional(),
	})
	.superRefine((sop, ctx) => {
		if (sop.superseded_by !== undefined && sop.status !== 'retired') {
			ctx.addIssue({ code: 'custom', path: ['superseded_by'], message: 'superseded-needs-retired', input: sop.superseded_by });
		}
	});

export type Sop = z.infer<typeof sopSchema>;
