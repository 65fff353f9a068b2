import { GitError, gitComplaint, runGit } from './git.ts';

/** Files as they are in one commit, by path relative to the handbook root. */
export interface TreeSnapshot {
	/** Every path in the listed folders, whatever it is (file, link, submodule). */
	paths: Set<string>;
	/** The text of every ordinary file among them. */
	files: Map<string, string>;
}

const ORDINARY_FILE = new Set(['100644', '100755']);

/** `git ls-tree -r` of `pathspecs` at `commit`, entries NUL-separated, with `flags` (`--name-only`). */
function lsTree(
	root: string,
	commit: string,
	pathspecs: readonly string[],
	flags: readonly string[],
): string[] {
	try {
		return runGit(root, [
			'--literal-pathspecs',
			'ls-tree',
			'-r',
			'-z',
			...flags,
			'--end-of-options',
			commit,
			'--',
			...pathspecs,
		])
			.toString('utf8')
			.split('\0');
	} catch (error) {
		throw new GitError(
			`git could not list the files of ${commit} (${gitComplaint(error) || 'is this a git checkout?'}).`,
		);
	}
}

/** Which of `pathspecs` (and the paths under them) exist at `commit`, without reading any file. */
export function listTree(root: string, commit: string, pathspecs: readonly string[]): Set<string> {
	if (pathspecs.length === 0) return new Set();
	return new Set(lsTree(root, commit, pathspecs, ['--name-only']).filter((path) => path !== ''));
}

/**
 * The files under `pathspecs` (relative to `root`) at `commit`: one `git ls-tree` for the
 * list and one `git cat-file --batch` for every file's text, whatever the number of files.
 */
export function readTree(root: string, commit: string, pathspecs: readonly string[]): TreeSnapshot {
	const paths = new Set<string>();
	const wanted: { path: string; object: string }[] = [];
	for (const entry of lsTree(root, commit, pathspecs, [])) {
		const tab = entry.indexOf('\t');
		if (tab < 0) continue;
		const [mode, type, object] = entry.slice(0, tab).split(' ');
		const path = entry.slice(tab + 1);
		paths.add(path);
		if (type === 'blob' && object && ORDINARY_FILE.has(mode ?? '')) wanted.push({ path, object });
	}
	const files = new Map<string, string>();
	if (wanted.length === 0) return { paths, files };
	let batch: Buffer;
	try {
		batch = runGit(root, ['cat-file', '--batch'], wanted.map((w) => `${w.object}\n`).join(''));
	} catch (error) {
		throw new GitError(`git could not read the files of ${commit} (${gitComplaint(error)}).`);
	}
	// Each answer is "<object> blob <size>\n<content>\n", in the order asked.
	let at = 0;
	for (const { path } of wanted) {
		const end = batch.indexOf(0x0a, at);
		const header = batch.subarray(at, end).toString('utf8').split(' ');
		const size = Number(header[2]);
		if (end < 0 || header[1] !== 'blob' || !Number.isInteger(size))
			throw new GitError(`git could not read ${path} at ${commit}.`);
		files.set(path, batch.subarray(end + 1, end + 1 + size).toString('utf8'));
		at = end + 1 + size + 1;
	}
	return { paths, files };
}
