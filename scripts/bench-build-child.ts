/**
 * One build for `npm run bench -- build`, in a process of its own so that its peak memory
 * is its own: builds the Astro project at argv[2] into argv[3] and prints, as its last
 * line, `{"maxRssKb": N}`. The build's own log goes to stderr.
 */
import { build } from 'astro';

const [projectRoot, outDir] = process.argv.slice(2);
if (!projectRoot || !outDir) {
	console.error('usage: bench-build-child.ts PROJECT_ROOT OUT_DIR');
	process.exit(2);
}
await build({ root: projectRoot, outDir, logLevel: 'warn' });
console.log(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
