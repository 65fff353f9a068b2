import { execFileSync } from 'node:child_process';
import { assertRef, defaultBase } from '../git/base-ref.ts';
import { fail } from './usage-error.ts';

function git(root: string, args: string[]): string[] {
	try {
		return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
			.split('\n')
			.map((line) => line.trim())
			.filter(Boolean);
	} catch (error) {
		const stderr = (error as { stderr?: string }).stderr?.trim().split('\n')[0] ?? '';
		fail(`git could not list the changed files (${stderr || 'is this a git checkout?'}).`);
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
	const record = (lines: string[]) => {
		for (const line of lines) {
			const [status, ...paths] = line.split('\t');
			if (!status) continue;
			if (status.startsWith('D')) removed.add(paths[0]!);
			else if (status.startsWith('R')) {
				removed.add(paths[0]!);
				changed.add(paths[1]!);
			} else changed.add(paths[0]!);
		}
	};
	record(git(root, ['diff', '--name-status', '--relative', '-M', `${from}...HEAD`]));
	record(git(root, ['diff', '--name-status', '--relative', '-M', 'HEAD']));
	for (const path of git(root, ['ls-files', '--others', '--exclude-standard'])) changed.add(path);
	for (const path of removed) if (changed.has(path)) removed.delete(path);
	return { changed, removed };
}
