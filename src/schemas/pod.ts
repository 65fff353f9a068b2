import { z } from 'astro/zod';
import { plainText } from './text.ts';
import { ref } from './reference.ts';

/** A group of people who cover for each other: `src/content/pods/<pod-id>.yaml`. */
export const podSchema = z.strictObject({
	name: plainText.meta({ description: "The pod's name as people say it.", examples: ['Pod East'] }),
	lead: ref('person')
		.optional()
		.meta({
			description: 'The person who leads the pod (a person id).',
			examples: ['maria-lopez'],
		}),
	description: z
		.string()
		.optional()
		.meta({
			description: 'What the pod covers, in a sentence.',
			examples: ['Dental and medical practices in the Central time zone.'],
		}),
});

export type Pod = z.infer<typeof podSchema>;
