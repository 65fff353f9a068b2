import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const PROJECT = join(import.meta.dirname, '..', '..');
const ASTRO = join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const BUILD = join(PROJECT, 'scripts', 'build.ts');

/** Variables the test runner sets that would make Astro think it is in development. */
const RUNNER_ONLY = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);

/** The environment a person's shell would give Astro: none of the test runner's variables. */
export function astroEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env = Object.fromEntries(
		Object.entries(process.env).filter(
			([key]) => !key.startsWith('VITEST') && !RUNNER_ONLY.has(key),
		),
	);
	return { ...env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/**
 * Builds the site into `outDir` as `npm run build` does (the site, then its search index);
 * `env` chooses the handbook (HANDBOOK_ROOT) and the day (HANDBOOK_TODAY).
 */
export function buildSite(outDir: string, env: Record<string, string>, args: string[] = []) {
	const result = spawnSync(process.execPath, [BUILD, '--outDir', outDir, ...args], {
		cwd: PROJECT,
		encoding: 'utf8',
		env: astroEnv(env),
	});
	return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export function astroCommand(args: string[]): [string, string[]] {
	return [process.execPath, [ASTRO, ...args]];
}
