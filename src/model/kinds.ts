import type { z } from 'astro/zod';
import { clientSchema } from '../schemas/client.ts';
import { docPageSchema } from '../schemas/doc-page.ts';
import { kpiSchema } from '../schemas/kpi.ts';
import { personSchema } from '../schemas/person.ts';
import { podSchema } from '../schemas/pod.ts';
import { principleSchema } from '../schemas/principle.ts';
import { sopSchema } from '../schemas/sop.ts';
import { trainingSchema } from '../schemas/training.ts';
import { DOCUMENT_ID_PATTERN, ID_PATTERN } from '../schemas/id.ts';

export type Kind = 'person' | 'pod' | 'client' | 'kpi' | 'sop' | 'principle' | 'training' | 'doc';

export interface KindSpec {
	kind: Kind;
	/** Folder under `src/content/`. */
	folder: string;
	/** YAML data files, or MDX with frontmatter. */
	format: 'yaml' | 'mdx';
	/** Whether ids may contain `/` (files in sub-folders). */
	nested: boolean;
	schema: z.ZodType;
	/** What authors call one of these, for messages. */
	noun: string;
}

/** Every content kind, in the order the handbook is loaded and reported. */
export const KINDS: readonly KindSpec[] = [
	{ kind: 'person', folder: 'people', format: 'yaml', nested: false, schema: personSchema, noun: 'person' },
	{ kind: 'pod', folder: 'pods', format: 'yaml', nested: false, schema: podSchema, noun: 'pod' },
	{ kind: 'client', folder: 'clients', format: 'yaml', nested: false, schema: clientSchema, noun: 'client' },
	{ kind: 'kpi', folder: 'kpis', format: 'yaml', nested: false, schema: kpiSchema, noun: 'KPI' },
	{ kind: 'sop', folder: 'sops', format: 'mdx', nested: true, schema: sopSchema, noun: 'SOP' },
	{ kind: 'principle', folder: 'principles', format: 'mdx', nested: false, schema: principleSchema, noun: 'principle' },
	{ kind: 'training', folder: 'training', format: 'mdx', nested: true, schema: trainingSchema, noun: 'training module' },
	{ kind: 'doc', folder: 'docs', format: 'mdx', nested: true, schema: docPageSchema, noun: 'page' },
];

export const EXTENSIONS: Record<KindSpec['format'], readonly string[]> = {
	yaml: ['.yaml', '.yml'],
	mdx: ['.mdx', '.md'],
};

/** The registry entry of a kind. */
export function kindSpec(kind: Kind): KindSpec {
	return KINDS.find((k) => k.kind === kind)!;
}

/** The extension `new` gives a file of this kind: `.yaml` or `.mdx`. */
export function newFileExtension(spec: KindSpec): string {
	return EXTENSIONS[spec.format][0]!;
}

/** What a kind's ids look like: `maria-lopez`, or with sub-folders `clients/acme/bill-run`. */
export function idPattern(spec: KindSpec): RegExp {
	return spec.nested ? DOCUMENT_ID_PATTERN : ID_PATTERN;
}

/**
 * The site address of an entry: its folder and id (`/sops/clients/acme/bill-run/`); for
 * general pages the id alone, an `index` page standing for its folder.
 */
export function routeOf(kind: Kind, id: string): string {
	if (kind === 'doc') return id === 'index' ? '/' : `/${id.replace(/\/index$/, '')}/`;
	return `/${kindSpec(kind).folder}/${id}/`;
}

/**
 * The files of a kind the site's build loads, as a glob under its folder. The check reads
 * a superset (every file with these extensions, in any sub-folder, whatever its name),
 * so nothing the build publishes goes unchecked.
 */
export function globPattern(spec: KindSpec): string {
	const extensions = EXTENSIONS[spec.format].map((ext) => ext.slice(1)).join(',');
	return `${spec.nested ? '**/' : ''}*.{${extensions}}`;
}

/** The content id for a file path relative to its kind's folder: no extension, forward slashes. */
export function idFromPath(relative: string): string {
	return relative.replace(/\\/g, '/').replace(/\.(mdx|md|yaml|yml)$/i, '');
}
