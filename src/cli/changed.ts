import { assertRef, defaultBase } from '../git/base-ref.ts';
import { gitComplaint, runGit } from '../git/git.ts';
import { readTree } from '../git/read-tree.ts';
import { EXTENSIONS, kindSpec } from '../model/kinds.ts';
import type { ControlledKind } from '../model/handbook.ts';
import { fail } from './usage-error.ts';

/**
 * Runs git with `-z`, so paths come NUL-separated and exactly as named: never quoted or
 * escaped (git quotes `café.mdx` and names with spaces or newlines otherwise).
 */
function git(root: string, args: string[]): string[] {
	try {
		return runGit(root, [...args, '-z'])
			.toString('utf8')
			.split('\0')
			.filter((field) => field !== '');
	} catch (error) {
		fail(
			`git could not list the changed files (${gitComplaint(error) || 'is this a git checkout?'}).`,
		);
	}
}

export interface ChangedFiles {
	/** Added, modified or renamed-to paths, relative to the handbook root. */
	changed: Set<string>;
	/** Deleted or renamed-from paths. */
	removed: Set<string>;
	/**
	 * The text on the base branch of each changed controlled document (SOP, principle,
	 * training module) that was there, by its path on the branch: a file moved or renamed
	 * on the branch has the text it had under its old path.
	 */
	base: Map<string, string>;
}

/** The folders whose files keep a review log and may have material sections. */
const CONTROLLED_FOLDERS = Object.values({
	sop: kindSpec('sop').folder,
	principle: kindSpec('principle').folder,
	training: kindSpec('training').folder,
} satisfies Record<ControlledKind, string>).map((folder) => `src/content/${folder}/`);

/** The same document under its other extensions (`.mdx` for `.md`): the id, and so the page, stays the same. */
function sameId(path: string): string[] {
	const ext = EXTENSIONS.mdx.find((e) => path.toLowerCase().endsWith(e));
	if (ext === undefined) return [];
	const stem = path.slice(0, -ext.length);
	return EXTENSIONS.mdx.filter((other) => other !== ext).map((other) => stem + other);
}

/**
 * The commit a branch is compared with: where it left `from` (their merge base), or, in a
 * shallow clone that holds `from` but not the history between, `from` itself.
 */
function comparisonCommit(root: string, from: string): string {
	try {
		return runGit(root, ['merge-base', from, 'HEAD']).toString('utf8').trim();
	} catch {
		try {
			return runGit(root, [
				'rev-parse',
				'--verify',
				'--quiet',
				'--end-of-options',
				`${from}^{commit}`,
			])
				.toString('utf8')
				.trim();
		} catch (error) {
			const complaint = gitComplaint(error);
			if (complaint.includes('not a git repository'))
				fail(`git could not list the changed files (${complaint}).`);
			fail(
				`the base ${from} is not in this clone, so the change cannot be compared with it. Fetch it first; in a shallow clone the base commit alone is enough: git fetch --depth=1 origin ${from.replace(/^origin\//, '')}`,
			);
		}
	}
}

/**
 * What a branch changes compared with `base`, plus uncommitted and untracked files, as
 * paths relative to the handbook root.
 */
export function changedScope(root: string, base: string | undefined): ChangedFiles {
	if (base !== undefined) assertRef(base);
	const from = base ?? defaultBase(root);
	const changed = new Set<string>();
	const removed = new Set<string>();
	/** Where a renamed file was at the base, by its path now (git's rename detection). */
	const renamedFrom = new Map<string, string>();
	// With -z, --name-status gives a status field, then one path (two for a rename or copy).
	const record = (fields: string[]) => {
		for (let i = 0; i < fields.length;) {
			const status = fields[i]!;
			if (status.startsWith('R') || status.startsWith('C')) {
				const [from, to] = [fields[i + 1]!, fields[i + 2]!];
				if (status.startsWith('R')) {
					removed.add(from);
					// Renamed once in the commits and again in the working tree: back to where it started.
					renamedFrom.set(to, renamedFrom.get(from) ?? from);
				}
				changed.add(to);
				i += 3;
			} else {
				if (status.startsWith('D')) removed.add(fields[i + 1]!);
				else changed.add(fields[i + 1]!);
				i += 2;
			}
		}
	};
	const commit = comparisonCommit(root, from);
	record(git(root, ['diff', '--name-status', '--relative', '-M', commit, 'HEAD']));
	record(git(root, ['diff', '--name-status', '--relative', '-M', 'HEAD']));
	for (const path of git(root, ['ls-files', '--others', '--exclude-standard'])) changed.add(path);
	for (const path of removed) if (changed.has(path)) removed.delete(path);
	const documents = [...changed].filter((path) =>
		CONTROLLED_FOLDERS.some((folder) => path.startsWith(folder)),
	);
	// Each document's text at the base: where git says it was, else where it is, else under the same id with another extension.
	const candidates = new Map(
		documents.map((path) => [
			path,
			[renamedFrom.get(path), path, ...sameId(path)].filter((p): p is string => p !== undefined),
		]),
	);
	const wanted = [...new Set([...candidates.values()].flat())];
	const files =
		wanted.length > 0 ? readTree(root, commit, wanted).files : new Map<string, string>();
	const texts = new Map<string, string>();
	for (const [path, paths] of candidates) {
		const found = paths.find((p) => files.has(p));
		if (found !== undefined) texts.set(path, files.get(found)!);
	}
	return { changed, removed, base: texts };
}
