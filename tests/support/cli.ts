import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '..', '..', 'scripts', 'handbook.ts');

/** Runs the handbook command line as a user would, with no terminal attached. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}, input?: string) {
	const result = spawnSync(process.execPath, [CLI, ...args], {
		encoding: 'utf8',
		input,
		env: { ...process.env, HANDBOOK_TODAY: undefined, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
