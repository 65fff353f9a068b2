import { assertRef, defaultBase } from '../git/base-ref.ts';
import { gitComplaint, runGit } from '../git/git.ts';
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
	record(git(root, ['diff', '--name-status', '--relative', '-M', `${from}...HEAD`]));
	record(git(root, ['diff', '--name-status', '--relative', '-M', 'HEAD']));
	for (const path of git(root, ['ls-files', '--others', '--exclude-standard'])) changed.add(path);
	for (const path of removed) if (changed.has(path)) removed.delete(path);
	return { changed, removed };
}
