import { CONFIG_FILE } from '../paths.ts';
import type { Handbook } from '../model/handbook.ts';
import type { Kind } from '../model/kinds.ts';
import { handbookReferences } from '../model/references.ts';

/**
 * The files whose findings can change when `changed` files change: the files themselves,
 * every file that names one of them, and every file one of them names (a client's "has an
 * SOP in use" depends on the SOPs that name it). Which field names what is read from the
 * schemas' reference declarations, drafts included, so a new reference field is followed
 * here without a word. `undefined` means "everything": a removed file, or a config
 * change, can affect any file.
 */
export function affectedFiles(
	handbook: Handbook,
	changed: ReadonlySet<string>,
	removed: ReadonlySet<string>,
): Set<string> | undefined {
	const content = [...changed, ...removed].filter(
		(p) => p.startsWith('src/content/') || p === CONFIG_FILE,
	);
	if (removed.size > 0 && [...removed].some((p) => p.startsWith('src/content/'))) return undefined;
	if (content.includes(CONFIG_FILE)) return undefined;
	const byPath = new Map(handbook.files.map((f) => [f.path, f]));
	const touched = content.map((p) => byPath.get(p)).filter((f) => f !== undefined);
	const ids = new Map<Kind, Set<string>>();
	for (const file of touched) ids.set(file.kind, (ids.get(file.kind) ?? new Set()).add(file.id));
	const isTouched = (kind: Kind, id: string) => ids.get(kind)?.has(id) === true;
	const scope = new Set(touched.map((f) => f.path));

	for (const ref of handbookReferences(handbook, { drafts: true })) {
		if (ref.target === 'role') continue;
		if (isTouched(ref.target, ref.value)) scope.add(ref.file.path);
		if (isTouched(ref.kind, ref.id)) {
			const named = handbook.entries[ref.target].get(ref.value);
			if (named) scope.add(named.file.path);
		}
	}
	if (ids.has('principle')) scope.add('src/content/principles');
	return scope;
}
