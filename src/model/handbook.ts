import type { Finding } from './diagnostic.ts';
import type { Client } from '../schemas/client.ts';
import type { HandbookConfig } from '../schemas/config.ts';
import type { Kpi } from '../schemas/kpi.ts';
import type { Person } from '../schemas/person.ts';
import type { Pod } from '../schemas/pod.ts';
import type { Principle } from '../schemas/principle.ts';
import type { Sop } from '../schemas/sop.ts';
import type { Training } from '../schemas/training.ts';
import type { ControlledKind, Kind, KindData } from './kinds.ts';
import type { SourceFile } from './source-file.ts';

/** A file whose frontmatter passed its schema, with the parsed data. */
export interface Entry<T> {
	id: string;
	file: SourceFile;
	data: T;
}

export type { ControlledKind };
export type ControlledData = Sop | Principle | Training;

/** A controlled document of any kind, for rules that treat them alike. */
export type ControlledEntry =
	| (Entry<Sop> & { kind: 'sop' })
	| (Entry<Principle> & { kind: 'principle' })
	| (Entry<Training> & { kind: 'training' });

/** The whole handbook, loaded once and handed to every rule. */
export interface Handbook {
	/** Absolute path of the folder holding `src/content`. */
	root: string;
	config: HandbookConfig;
	/** What is wrong with `handbook.config.yaml` (the defaults stand in meanwhile). */
	configProblems: Finding[];
	/** Every content file, in path order, valid or not. */
	files: SourceFile[];
	/** Every id that has a file, whether or not its frontmatter is valid. */
	ids: Record<Kind, Set<string>>;
	/** The valid entries of each kind, by id; the maps below are the same maps by name. */
	entries: { [K in Kind]: Map<string, Entry<KindData[K]>> };
	people: Map<string, Entry<Person>>;
	pods: Map<string, Entry<Pod>>;
	clients: Map<string, Entry<Client>>;
	kpis: Map<string, Entry<Kpi>>;
	sops: Map<string, Entry<Sop>>;
	principles: Map<string, Entry<Principle>>;
	training: Map<string, Entry<Training>>;
	docs: Map<string, Entry<KindData['doc']>>;
}

/** SOPs, principles and training modules with valid frontmatter, in path order. */
export function controlledDocuments(handbook: Handbook): ControlledEntry[] {
	const all: ControlledEntry[] = [
		...[...handbook.sops.values()].map((e) => ({ ...e, kind: 'sop' as const })),
		...[...handbook.principles.values()].map((e) => ({ ...e, kind: 'principle' as const })),
		...[...handbook.training.values()].map((e) => ({ ...e, kind: 'training' as const })),
	];
	return all.sort((a, b) => (a.file.path < b.file.path ? -1 : 1));
}
