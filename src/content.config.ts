import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { clientSchema } from './schemas/client.ts';
import { personSchema } from './schemas/person.ts';
import { podSchema } from './schemas/pod.ts';
import { principleSchema } from './schemas/principle.ts';
import { sopSchema } from './schemas/sop.ts';
import { trainingSchema } from './schemas/training.ts';
import { handbookRoot } from './site/handbook-root.ts';
import { idFromPath } from './validation/kinds.ts';

const content = join(handbookRoot(), 'src', 'content');

/** Ids are the path without extension, exactly as the handbook check names them. */
const generateId = ({ entry }: { entry: string }) => idFromPath(entry);

const from = (folder: string, pattern: string) => glob({ base: join(content, folder), pattern, generateId });

const DATA = '[!_]*.{yaml,yml}';
const DOCUMENTS = '**/[!_]*.{md,mdx}';

export const collections = {
	docs: defineCollection({ loader: from('docs', DOCUMENTS), schema: docsSchema() }),
	people: defineCollection({ loader: from('people', DATA), schema: personSchema }),
	pods: defineCollection({ loader: from('pods', DATA), schema: podSchema }),
	clients: defineCollection({ loader: from('clients', DATA), schema: clientSchema }),
	sops: defineCollection({ loader: from('sops', DOCUMENTS), schema: sopSchema }),
	principles: defineCollection({ loader: from('principles', '[!_]*.{md,mdx}'), schema: principleSchema }),
	training: defineCollection({ loader: from('training', DOCUMENTS), schema: trainingSchema }),
};
