import type { z } from 'astro/zod';
import { clientSchema, type Client } from '../schemas/client.ts';
import { docPageSchema, type DocPage } from '../schemas/doc-page.ts';
import { kpiSchema, type Kpi } from '../schemas/kpi.ts';
import { personSchema, type Person } from '../schemas/person.ts';
import { podSchema, type Pod } from '../schemas/pod.ts';
import { principleSchema, type Principle } from '../schemas/principle.ts';
import { referenceFields, type ReferenceField } from '../schemas/reference.ts';
import { sopSchema, type Sop } from '../schemas/sop.ts';
import { trainingSchema, type Training } from '../schemas/training.ts';
import { DOCUMENT_ID_PATTERN, ID_PATTERN } from '../schemas/id.ts';

/**
 * The data of each content kind, as its schema gives it. This is the one list of kinds:
 * the registry below must give each one its folder and schema, and the handbook a map of
 * its entries, so adding a kind here is a change the compiler walks through.
 */
export interface KindData {
	person: Person;
	pod: Pod;
	client: Client;
	kpi: Kpi;
	sop: Sop;
	principle: Principle;
	training: Training;
	doc: DocPage;
}

export type Kind = keyof KindData;

/** Each kind's folder under `src/content/`, which is also the name of the site's collection. */
export const KIND_FOLDERS = {
	person: 'people',
	pod: 'pods',
	client: 'clients',
	kpi: 'kpis',
	sop: 'sops',
	principle: 'principles',
	training: 'training',
	doc: 'docs',
} as const satisfies Record<Kind, string>;

export type KindFolder = (typeof KIND_FOLDERS)[Kind];

/** The kinds that carry owner, approvers and a review log: SOPs, principles, training modules. */
export type ControlledKind = 'sop' | 'principle' | 'training';

export interface KindSpec<K extends Kind = Kind> {
	kind: K;
	/** Folder under `src/content/`, and the name of the site's collection. */
	folder: (typeof KIND_FOLDERS)[K];
	/** YAML data files, or MDX with frontmatter. */
	format: 'yaml' | 'mdx';
	/** Whether ids may contain `/` (files in sub-folders). */
	nested: boolean;
	schema: z.ZodType<KindData[K]>;
	/** What authors call one of these, for messages. */
	noun: string;
	/** Whether its documents carry an owner, approvers and a review log (and need an approver's approval). */
	controlled: K extends ControlledKind ? true : false;
	/** The fields that name other entries or roles, read from the schema's declarations. */
	references: readonly ReferenceField[];
}

function spec<K extends Kind>(
	kind: K,
	fields: Omit<KindSpec<K>, 'kind' | 'folder' | 'references'>,
): KindSpec<K> {
	return {
		kind,
		folder: KIND_FOLDERS[kind],
		...fields,
		references: referenceFields(fields.schema),
	};
}

/** Every content kind's registry entry, by kind. */
export const KIND_SPECS: { readonly [K in Kind]: KindSpec<K> } = {
	person: spec('person', {
		format: 'yaml',
		nested: false,
		schema: personSchema,
		noun: 'person',
		controlled: false,
	}),
	pod: spec('pod', {
		format: 'yaml',
		nested: false,
		schema: podSchema,
		noun: 'pod',
		controlled: false,
	}),
	client: spec('client', {
		format: 'yaml',
		nested: false,
		schema: clientSchema,
		noun: 'client',
		controlled: false,
	}),
	kpi: spec('kpi', {
		format: 'yaml',
		nested: false,
		schema: kpiSchema,
		noun: 'KPI',
		controlled: false,
	}),
	sop: spec('sop', {
		format: 'mdx',
		nested: true,
		schema: sopSchema,
		noun: 'SOP',
		controlled: true,
	}),
	principle: spec('principle', {
		format: 'mdx',
		nested: false,
		schema: principleSchema,
		noun: 'principle',
		controlled: true,
	}),
	training: spec('training', {
		format: 'mdx',
		nested: true,
		schema: trainingSchema,
		noun: 'training module',
		controlled: true,
	}),
	doc: spec('doc', {
		format: 'mdx',
		nested: true,
		schema: docPageSchema,
		noun: 'page',
		controlled: false,
	}),
};

/** Every content kind, in the order the handbook is loaded and reported. */
export const KINDS: readonly KindSpec[] = Object.values(KIND_SPECS);

/** The reference a kind declares at a dotted field path (`backup.person`, `approvers`), if that field is one. */
export function referenceAt(spec: KindSpec, path: string): ReferenceField | undefined {
	return spec.references.find((ref) => ref.path.filter((step) => step !== '*').join('.') === path);
}

/** The kind whose folder holds a path under `src/content/`, if any. */
export function kindOfPath(path: string): KindSpec | undefined {
	const match = /^src\/content\/([^/]+)\/(.+)$/.exec(path);
	if (!match) return undefined;
	const spec = KINDS.find((k) => k.folder === match[1]);
	if (!spec || !EXTENSIONS[spec.format].some((ext) => match[2]!.toLowerCase().endsWith(ext)))
		return undefined;
	return spec;
}

export const EXTENSIONS: Record<KindSpec['format'], readonly string[]> = {
	yaml: ['.yaml', '.yml'],
	mdx: ['.mdx', '.md'],
};

/** The registry entry of a kind. */
export function kindSpec<K extends Kind>(kind: K): KindSpec<K> {
	return KIND_SPECS[kind];
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
