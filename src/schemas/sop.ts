import { z } from 'astro/zod';
import { controlledDocumentFields } from './controlled-document.ts';
import { calendarDate } from './date.ts';
import { ref } from './reference.ts';

/** The cross-trained colleague who can run this SOP when the owner cannot. */
export const backupSchema = z.strictObject({
	person: ref('person').meta({
		title: 'Cross-trained backup',
		description: 'The backup (a person id): active, and not the owner.',
		examples: ['sam-okafor'],
	}),
	trained_on: calendarDate.optional().meta({
		title: 'Day the backup was trained',
		description: 'The day they were trained on this SOP, YYYY-MM-DD.',
	}),
});

/** Another colleague trained on this SOP, besides the backup. */
export const trainedPersonSchema = z.strictObject({
	person: ref('person').meta({
		description: 'The person trained (a person id).',
		examples: ['sam-okafor'],
	}),
	on: calendarDate.meta({ description: 'The day they were trained, YYYY-MM-DD.' }),
});

/** Everyone who holds a role counts as trained on this SOP's part for that role, from a day (a firm-wide SOP the whole team runs). */
export const trainedRoleSchema = z.strictObject({
	role: ref('role').meta({
		description: "The role trained as a whole: one of the handbook config's roles.",
		examples: ['csa'],
	}),
	on: calendarDate.meta({
		description:
			'The day the role was trained (the training session, or the day the SOP became part of onboarding), YYYY-MM-DD.',
	}),
});

/** A standard operating procedure: `src/content/sops/**\/<name>.mdx`. */
export const sopSchema = z
	.strictObject({
		...controlledDocumentFields,
		backup: backupSchema.optional().meta({
			description:
				'The cross-trained colleague who can run this SOP when the owner cannot, and when they were trained. Required for an active SOP.',
			examples: [{ person: 'sam-okafor', trained_on: '2026-05-04' }],
		}),
		roles: z
			.array(ref('role'))
			.min(1)
			.optional()
			.meta({
				description:
					"The roles that run this SOP, each one of the handbook config's roles. Default: the owner's roles. With more than one, every step names its role in bold.",
				examples: [['csa'], ['csa', 'bpa']],
			}),
		trained: z
			.array(trainedPersonSchema)
			.default([])
			.meta({
				description: 'Other colleagues trained on this SOP, besides the backup.',
				examples: [[{ person: 'leo-fischer', on: '2026-05-04' }]],
			}),
		trained_roles: z
			.array(trainedRoleSchema)
			.default([])
			.meta({
				description: 'Roles trained as a whole, for a firm-wide SOP everyone in the role runs.',
				examples: [[{ role: 'csa', on: '2026-01-12' }]],
			}),
		client: ref('client')
			.optional()
			.meta({
				title: 'Client',
				description:
					'The client this SOP belongs to (a file name in `clients/`, no extension); leave out for firm-wide SOPs.',
				examples: ['acme-dental'],
			}),
		principles: z
			.array(ref('principle'))
			.default([])
			.meta({
				description: 'Ids of the guiding principles this SOP puts into practice.',
				examples: [['be-proactive']],
			}),
		kpis: z
			.array(ref('kpi'))
			.default([])
			.meta({
				description:
					'Ids of the KPIs this SOP serves (files in `kpis/`, no extension); its `## Targets` section, if any, names them.',
				examples: [['client-response']],
			}),
		summary: z
			.string()
			.optional()
			.meta({
				title: 'Summary, in a sentence or two',
				description: 'One or two sentences: what this SOP is for. Shown in lists and search.',
				examples: ["Enter, approve and pay a client's bills on its run day."],
			}),
		tags: z
			.array(z.string().min(1))
			.default([])
			.meta({ description: 'Free keywords for search.', examples: [['ach', 'returns']] }),
		superseded_by: ref('sop')
			.optional()
			.meta({
				description: 'With `status: retired`: the id of the SOP that replaces this one.',
				examples: ['clients/acme-dental/weekly-bill-run'],
			}),
	})
	.superRefine((sop, ctx) => {
		if (sop.superseded_by !== undefined && sop.status !== 'retired') {
			ctx.addIssue({
				code: 'custom',
				path: ['superseded_by'],
				message: 'superseded-needs-retired',
				input: sop.superseded_by,
			});
		}
	});

export type Sop = z.infer<typeof sopSchema>;
