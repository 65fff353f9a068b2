import { z } from 'astro/zod';
import { controlledDocumentFields } from './controlled-document.ts';
import { entityId } from './id.ts';
import { ref } from './reference.ts';

/** One quiz question with its answer. */
export const quizQuestion = z
	.strictObject({
		/** The question as the trainee reads it. */
		question: z.string().min(1),
		/** Two or more answers to choose from. */
		options: z.array(z.string().min(1)).min(2),
		/** The position of the right answer in `options`, counting from 0. */
		answer: z.int().nonnegative(),
		/** Why that answer is right; shown after the trainee answers. */
		explanation: z.string().min(1),
	})
	.superRefine((q, ctx) => {
		if (q.answer >= q.options.length) {
			ctx.addIssue({ code: 'custom', path: ['answer'], message: 'answer-out-of-range', input: q.answer });
		}
	});

/** A training module: `src/content/training/**\/<name>.mdx`. */
export const trainingSchema = z.strictObject({
	...controlledDocumentFields,
	/** The onboarding tracks this module belongs to: `[csa]`, `[csa, bpa]`. */
	track: z.array(entityId).min(1),
	/** Its place within the track, from 1. */
	order: z.int().positive(),
	/** About how long the module takes, in minutes. */
	duration_minutes: z.int().positive(),
	/** Ids of modules to finish first (their paths under `training/`). */
	prerequisites: z.array(ref('training')).default([]),
	/** Ids of the SOPs this module teaches. */
	sops: z.array(ref('sop')).default([]),
	/** Ids of the principles this module teaches. */
	principles: z.array(ref('principle')).default([]),
	/** One or two sentences: what the trainee will be able to do. */
	summary: z.string().optional(),
	/** Questions to check understanding, answered in the browser. */
	quiz: z.array(quizQuestion).default([]),
});

export type Training = z.infer<typeof trainingSchema>;
