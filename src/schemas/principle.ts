import { z } from 'astro/zod';
import { controlledDocumentFields } from './controlled-document.ts';

/** A guiding principle: `src/content/principles/<id>.mdx`. */
export const principleSchema = z
	.strictObject({
		...controlledDocumentFields,
		/** Its place among the core principles: 1 to 13 by default. Leave out for the +1. */
		order: z.int().positive().optional(),
		/** `true` for the extra principle ("be replaceable by design"); then leave out `order`. */
		plus_one: z.boolean().optional(),
		/** The principle in one sentence. */
		summary: z.string().min(1),
	})
	.superRefine((principle, ctx) => {
		if (principle.plus_one === true && principle.order !== undefined) {
			ctx.addIssue({ code: 'custom', path: ['order'], message: 'plus-one-with-order', input: principle.order });
		} else if (principle.plus_one !== true && principle.order === undefined) {
			ctx.addIssue({ code: 'custom', path: ['order'], message: 'principle-needs-order', input: undefined });
		}
	});

export type Principle = z.infer<typeof principleSchema>;
