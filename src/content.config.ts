import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { clientSchema } from './schemas/client.ts';
import { kpiSchema } from './schemas/kpi.ts';
import { personSchema } from './schemas/person.ts';
import { podSchema } from './schemas/pod.ts';
import { principleSchema } from './schemas/principle.ts';
import { sopSchema } from './schemas/sop.ts';
import { trainingSchema } from './schemas/training.ts';
import { guardedDocsSchema } from './site/docs-schema.ts';
import { handbookRoot } from './site/handbook-root.ts';
import { globPattern, idFromPath, kindSpec, type Kind } from './model/kinds.ts';

const content = join(handbookRoot(), 'src', 'content');

/** Ids are the path without extension, exactly as the handbook check names them. */
const generateId = ({ entry }: { entry: string }) => idFromPath(entry);

/** A kind's files, from its folder and glob in the kinds registry: the files the check reads, or fewer. */
function from(kind: Kind) {
	const spec = kindSpec(kind);
	return glob({ base: join(content, spec.folder), pattern: globPattern(spec), generateId });
}

export const collections = {
	docs: defineCollection({ loader: from('doc'), schema: guardedDocsSchema() }),
	people: defineCollection({ loader: from('person'), schema: personSchema }),
	pods: defineCollection({ loader: from('pod'), schema: podSchema }),
	clients: defineCollection({ loader: from('client'), schema: clientSchema }),
	kpis: defineCollection({ loader: from('kpi'), schema: kpiSchema }),
	sops: defineCollection({ loader: from('sop'), schema: sopSchema }),
	principles: defineCollection({ loader: from('principle'), schema: principleSchema }),
	training: defineCollection({ loader: from('training'), schema: trainingSchema }),
};
