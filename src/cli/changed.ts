import { assertRef, defaultBase } from '../git/base-ref.ts';
import { gitComplaint, runGit } from '../git/git.ts';
import { readTree } from '../git/read-tree.ts';
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
		fail(`git could not list the changed files (${gitComplaint(error) || 'is this a git checkout?'}).`);
	}
}

export interface ChangedFiles {
	/** Added, modified or renamed-to paths, relative to the handbook root. */
	changed: Set<string>;
	/** Deleted or renamed-from paths. */
	removed: Set<string>;
	/** The text at the base of each changed SOP that was there, for the rules that compare a change with what it changes. */
	base: Map<string, string>;
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
			return runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${from}^{commit}`])
				.toString('utf8')
				.trim();
		} catch (error) {
			const complaint = gitComplaint(error);
			if (complaint.includes('not a git repository')) fail(`git could not list the changed files (${complaint}).`);
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
	// With -z, --name-status gives a status field, then one path (two for a rename or copy).
	const record = (fields: string[]) => {
		for (let i = 0; i < fields.length;) {
			const status = fields[i]!;
			if (status.startsWith('R') || status.startsWith('C')) {
				if (status.startsWith('R')) removed.add(fields[i + 1]!);
				changed.add(fields[i + 2]!);
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
	const sops = [...changed].filter((path) => path.startsWith('src/content/sops/'));
	const before = sops.length > 0 ? readTree(root, commit, sops).files : new Map<string, string>();
	return { changed, removed, base: before };
}
