import {
	referencesIn,
	type ReferenceField,
	type ReferenceTarget,
	type ReferenceValue,
} from '../schemas/reference.ts';
import type { Entry, Handbook } from './handbook.ts';
import { kindSpec, KINDS, referenceAt, type Kind } from './kinds.ts';
import type { SourceFile } from './source-file.ts';

/** One id an entry names, with the entry that names it. */
export interface Reference extends ReferenceValue {
	kind: Kind;
	id: string;
	file: SourceFile;
}

/** A reference, and whether the entry writing it is a draft (drafts are checked for shape only). */
interface Written extends Reference {
	draft: boolean;
}

/** Every reference of a handbook, read once and shared by the rules, the scope and the pages that ask. */
const written = new WeakMap<Handbook, Written[]>();

function allReferences(handbook: Handbook): Written[] {
	let found = written.get(handbook);
	if (!found) {
		found = [];
		for (const spec of KINDS) {
			if (spec.references.length === 0) continue;
			const entries: Entry<unknown>[] = [...handbook.entries[spec.kind].values()];
			entries.sort((a, b) => (a.file.path < b.file.path ? -1 : 1));
			for (const entry of entries) {
				const draft = (entry.data as { status?: unknown }).status === 'draft';
				for (const ref of referencesIn(spec.references, entry.data))
					found.push(
						Object.assign(ref, { kind: spec.kind, id: entry.id, file: entry.file, draft }),
					);
			}
		}
		written.set(handbook, found);
	}
	return found;
}

/**
 * Every reference written in the handbook, along the reference fields each kind's schema
 * declares, in kind and path order: those naming `target` only, when given; drafts'
 * references are left out unless `drafts` is set.
 */
export function* handbookReferences(
	handbook: Handbook,
	{ target, drafts = false }: { target?: ReferenceTarget; drafts?: boolean } = {},
): Iterable<Reference> {
	for (const ref of allReferences(handbook))
		if ((target === undefined || ref.target === target) && (drafts || !ref.draft)) yield ref;
}

/** The ids a reference target knows: a kind's ids with a file, or the config's roles. */
export function knownIds(handbook: Handbook, target: ReferenceTarget): ReadonlySet<string> {
	return target === 'role' ? new Set(handbook.config.roles) : handbook.ids[target];
}

/**
 * The ids an entry of `kind` names: in the reference field at a dotted `path`
 * (`backup.person`), or in every field that names `target`. A path that is no declared
 * reference field is a mistake in the caller, and throws.
 */
export function idsNamed(
	kind: Kind,
	data: unknown,
	which: { path: string } | { target: ReferenceTarget },
): string[] {
	const spec = kindSpec(kind);
	let fields: ReferenceField[];
	if ('path' in which) {
		const field = referenceAt(spec, which.path);
		if (!field) throw new Error(`${which.path} is not a reference field of a ${spec.noun}`);
		fields = [field];
	} else {
		fields = spec.references.filter((f) => f.target === which.target);
	}
	return [...new Set(referencesIn(fields, data).map((r) => r.value))];
}
