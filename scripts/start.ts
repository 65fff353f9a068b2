/**
 * `npm start`: check and build this project's handbook, then serve it. The sample handbook
 * (and any demo handbook) names the day its review dates were written against
 * (`sample_as_of` in its config) and is judged as of that day, so it builds on any later
 * date; a firm's own handbook has no such day and is judged by the real date, as the
 * build and CI judge it. The command says plainly which day it judges by.
 */
import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { loadConfig } from '../src/model/load.ts';
import { defaultHandbookRoot } from '../src/site/handbook-root.ts';

const project = resolve(import.meta.dirname, '..');
const root = resolve(process.env.HANDBOOK_ROOT || defaultHandbookRoot(project));
const { config, diagnostics } = loadConfig(root);
if (diagnostics.length > 0) {
	console.error('handbook.config.yaml has errors; run npm run check to see them.');
	process.exit(2);
}
const asOf = config.sample_as_of;
const where = relative(project, root) || 'this project';
const env: NodeJS.ProcessEnv = { ...process.env, HANDBOOK_ROOT: root };
if (asOf) {
	console.log(
		`Judging the handbook in ${where} as of ${asOf} (sample_as_of in its handbook.config.yaml), not today's date.`,
	);
	env.HANDBOOK_TODAY = asOf;
} else {
	console.log(`Judging the handbook in ${where} as of today, as the build and CI do.`);
}
const astro = resolve(project, 'node_modules', 'astro', 'bin', 'astro.mjs');
const built = spawnSync(process.execPath, [resolve(project, 'scripts', 'build.ts')], {
	cwd: project,
	env,
	stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);
const served = spawnSync(process.execPath, [astro, 'preview', ...process.argv.slice(2)], {
	cwd: project,
	env,
	stdio: 'inherit',
});
process.exit(served.status ?? 0);
