import { z } from 'astro/zod';
import { entityId } from './id.ts';
import { plainText } from './text.ts';

/** A group of people who cover for each other: `src/content/pods/<pod-id>.yaml`. */
export const podSchema = z.strictObject({
	/** The pod's name as people say it: `Pod East`. */
	name: plainText,
	/** The person who leads the pod. */
	lead: entityId.optional(),
	/** What the pod covers, in a sentence. */
	description: z.string().optional(),
});

export type Pod = z.infer<typeof podSchema>;
