import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '..', '..', 'scripts', 'handbook.ts');

/** A user's shell environment, without the day or the colour settings the test runner may have set, and `env` on top. */
function cliEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
	return {
		...process.env,
		HANDBOOK_TODAY: undefined,
		NO_COLOR: undefined,
		FORCE_COLOR: undefined,
		...env,
	};
}

/** Runs the handbook command line as a user would, with no terminal attached. */
export function runCli(
	args: string[],
	env: Record<string, string | undefined> = {},
	input?: string,
) {
	const result = spawnSync(process.execPath, [CLI, ...args], {
		encoding: 'utf8',
		input,
		env: cliEnv(env),
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Like `runCli`, without blocking: for a test that serves what the command reaches (a
 * webhook on 127.0.0.1) from its own process, which must keep running meanwhile.
 */
export function runCliAsync(
	args: string[],
	env: Record<string, string | undefined> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [CLI, ...args], {
			env: cliEnv(env),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}
