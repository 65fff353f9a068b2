import { execFileSync } from 'node:child_process';

/** git could not do what a command needs: the command cannot run (exit 2). */
export class GitError extends Error {}

/** Enough for the text of a large handbook in one answer. */
const MAX_OUTPUT = 1024 * 1024 * 1024;

/** Runs git in `root` with an argument list, never through a shell, and returns its standard output. */
export function runGit(root: string, args: readonly string[], input?: string): Buffer {
	return execFileSync('git', ['-C', root, ...args], {
		input,
		maxBuffer: MAX_OUTPUT,
		stdio: ['pipe', 'pipe', 'pipe'],
	});
}

/** The first line git wrote to standard error, for a message. */
export function gitComplaint(error: unknown): string {
	const stderr = (error as { stderr?: Buffer | string }).stderr;
	return (
		String(stderr ?? '')
			.trim()
			.split('\n')[0] ?? ''
	);
}
