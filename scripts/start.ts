/**
 * `npm start`: check and build this handbook as of the day its sample content was written
 * (`sample_as_of` in handbook.config.yaml), then serve it. The sample's review dates are
 * fixed, so judged against the real calendar it would fall overdue within months; this
 * command says plainly which day it judges by. `npm run build` and `npm run check` always
 * use the real date.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { loadConfig } from '../src/model/load.ts';

const root = resolve(import.meta.dirname, '..');
const { config, diagnostics } = loadConfig(root, 'YYYY-MM-DD');
const asOf = config.sample_as_of;
if (diagnostics.length > 0 || !asOf) {
	console.error(
		diagnostics.length > 0
			? 'handbook.config.yaml has errors; run npm run check to see them.'
			: 'npm start is for the sample handbook and needs sample_as_of in handbook.config.yaml. For a real handbook use npm run build and npm run preview.',
	);
	process.exit(2);
}

console.log(`Judging the sample handbook as of ${asOf} (sample_as_of in handbook.config.yaml), not today's date.`);
const astro = resolve(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const env = { ...process.env, HANDBOOK_TODAY: asOf };
const built = spawnSync(process.execPath, [resolve(root, 'scripts', 'build.ts')], { cwd: root, env, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const served = spawnSync(process.execPath, [astro, 'preview', ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
process.exit(served.status ?? 0);
