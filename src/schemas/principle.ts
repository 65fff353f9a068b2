import { z } from 'astro/zod';
import { controlledDocumentFields } from './controlled-document.ts';

/** A guiding principle: `src/content/principles/<id>.mdx`. */
export const principleSchema = z
	.strictObject({
		...controlledDocumentFields,
		order: z
			.int()
			.positive()
			.optional()
			.meta({
				description:
					'Its place among the core principles: 1 to 13 by default. Leave out for the +1.',
				examples: [1],
			}),
		plus_one: z
			.boolean()
			.optional()
			.meta({
				description:
					'`true` for the extra principle ("be replaceable by design"); then leave out `order`.',
				examples: [true],
			}),
		summary: z
			.string()
			.min(1)
			.meta({
				description: 'The principle in one sentence.',
				examples: [
					'We act before the problem arrives: approvals chased before the cut-off, cash checked before the run.',
				],
			}),
	})
	.superRefine((principle, ctx) => {
		if (principle.plus_one === true && principle.order !== undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['order'],
				message: 'plus-one-with-order',
				input: principle.order,
			});
		} else if (principle.plus_one !== true && principle.order === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['order'],
				message: 'principle-needs-order',
				input: undefined,
			});
		}
	});

export type Principle = z.infer<typeof principleSchema>;
