import { z } from 'astro/zod';
import { controlledDocumentFields } from './controlled-document.ts';
import { entityId } from './id.ts';
import { ref } from './reference.ts';

/** One quiz question with its answer. */
export const quizQuestion = z
	.strictObject({
		question: z
			.string()
			.min(1)
			.meta({
				description: 'The question as the trainee reads it.',
				examples: ['What comes first?'],
			}),
		options: z
			.array(z.string().min(1))
			.min(2)
			.meta({
				description: 'Two or more answers to choose from.',
				examples: [['First option', 'Second option']],
			}),
		answer: z
			.int()
			.nonnegative()
			.meta({
				description: 'The position of the right answer in `options`, counting from 0.',
				examples: [0],
			}),
		explanation: z
			.string()
			.min(1)
			.meta({
				description: 'Why that answer is right; shown after the trainee answers.',
				examples: ['Why the right answer is right.'],
			}),
	})
	.superRefine((q, ctx) => {
		if (q.answer >= q.options.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['answer'],
				message: 'answer-out-of-range',
				input: q.answer,
			});
		}
	});

/** A training module: `src/content/training/**\/<name>.mdx`. */
export const trainingSchema = z.strictObject({
	...controlledDocumentFields,
	track: z
		.array(entityId)
		.min(1)
		.meta({
			title: 'Tracks',
			description:
				"The onboarding tracks this module belongs to, by id; the handbook config's `tracks` gives their names.",
			examples: [['csa'], ['csa', 'bpa']],
		}),
	order: z
		.int()
		.positive()
		.meta({
			title: 'Place in the track',
			description: 'Its place within the track, from 1.',
			examples: [1],
		}),
	duration_minutes: z
		.int()
		.positive()
		.meta({
			title: 'Minutes it takes',
			description: 'About how long the module takes, in minutes.',
			examples: [30],
		}),
	prerequisites: z
		.array(ref('training'))
		.default([])
		.meta({
			description: 'Ids of modules to finish first (their paths under `training/`, no extension).',
			examples: [['csa/reading-a-client-file']],
		}),
	sops: z
		.array(ref('sop'))
		.default([])
		.meta({
			description: 'Ids of the SOPs this module teaches (their paths under `sops/`, no extension).',
			examples: [['firm/weekly-bill-run']],
		}),
	principles: z
		.array(ref('principle'))
		.default([])
		.meta({
			description: 'Ids of the principles this module teaches.',
			examples: [['be-proactive']],
		}),
	summary: z
		.string()
		.optional()
		.meta({
			description: 'One or two sentences: what the trainee will be able to do.',
			examples: ['Prepare, check and release a weekly run with your trainer.'],
		}),
	quiz: z
		.array(quizQuestion)
		.default([])
		.meta({ description: 'Questions to check understanding, answered in the browser.' }),
});

export type Training = z.infer<typeof trainingSchema>;
