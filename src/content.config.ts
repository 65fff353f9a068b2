import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guardedDocsSchema } from './site/docs-schema.ts';
import { handbookRoot } from './site/handbook-root.ts';
import {
	globPattern,
	idFromPath,
	KIND_FOLDERS,
	kindSpec,
	type Kind,
	type KindFolder,
} from './model/kinds.ts';

const content = join(handbookRoot(), 'src', 'content');

/** Ids are the path without extension, exactly as the handbook check names them. */
const generateId = ({ entry }: { entry: string }) => idFromPath(entry);

/** A kind's collection: its files, from its folder and glob in the kinds registry (the files the check reads, or fewer), and its schema. */
function collection<K extends Kind>(kind: K) {
	const spec = kindSpec(kind);
	return defineCollection({
		loader: glob({ base: join(content, spec.folder), pattern: globPattern(spec), generateId }),
		schema: spec.schema,
	});
}

/** One collection per kind, named by its folder; general pages take Starlight's fields, guarded. */
export const collections = {
	docs: defineCollection({
		loader: glob({
			base: join(content, KIND_FOLDERS.doc),
			pattern: globPattern(kindSpec('doc')),
			generateId,
		}),
		schema: guardedDocsSchema(),
	}),
	people: collection('person'),
	pods: collection('pod'),
	clients: collection('client'),
	kpis: collection('kpi'),
	sops: collection('sop'),
	principles: collection('principle'),
	training: collection('training'),
} satisfies Record<KindFolder, unknown>;
