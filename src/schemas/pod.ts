import { z } from 'astro/zod';
import { plainText } from './text.ts';
import { ref } from './reference.ts';

/** A group of people who cover for each other: `src/content/pods/<pod-id>.yaml`. */
export const podSchema = z.strictObject({
	/** The pod's name as people say it: `Pod East`. */
	name: plainText,
	/** The person who leads the pod. */
	lead: ref('person').optional(),
	/** What the pod covers, in a sentence. */
	description: z.string().optional(),
});

export type Pod = z.infer<typeof podSchema>;
