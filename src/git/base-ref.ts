import { GitError, gitComplaint, runGit } from './git.ts';

/**
 * Refuses a ref that git would read as an option (`--output=x` makes `git diff` write a
 * file): a ref comes from a flag or a CI variable and is never trusted to be a ref.
 */
export function assertRef(ref: string, flag = '--base'): void {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses or removes
	if (ref === '' || ref.startsWith('-') || /[\s\0-\x1f\x7f]/.test(ref)) {
		throw new GitError(
			`${flag} is ${JSON.stringify(ref)}, which is not a branch or commit name; name one such as ${flag} origin/main.`,
		);
	}
}

/** The base to compare with when none is named: origin/main, else main (else the same for master). */
export function defaultBase(root: string): string {
	for (const candidate of ['origin/main', 'main', 'origin/master', 'master']) {
		try {
			runGit(root, [
				'rev-parse',
				'--verify',
				'--quiet',
				'--end-of-options',
				`${candidate}^{commit}`,
			]);
			return candidate;
		} catch {
			// try the next one
		}
	}
	throw new GitError(
		'no --base given and no main branch found; name the branch to compare with: --base origin/main',
	);
}

/** The commit `ref` names in the repository at `root`, as a full object name. */
export function resolveCommit(root: string, ref: string, flag = '--base'): string {
	assertRef(ref, flag);
	try {
		return runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
			.toString('utf8')
			.trim();
	} catch (error) {
		const complaint = gitComplaint(error);
		if (complaint.includes('not a git repository'))
			throw new GitError(`${root} is not in a git checkout, so ${flag} ${ref} cannot be read.`);
		throw new GitError(
			`${flag} ${ref} names no commit here; fetch it first (git fetch origin ${ref.replace(/^origin\//, '')}) or name another.`,
		);
	}
}
