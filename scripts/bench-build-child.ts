/**
 * One build for `npm run bench -- build`, in a process of its own so that its peak memory
 * is its own: builds the Astro project at argv[2] into argv[3], then writes
 * `{"maxRssKb": N}` to the file argv[4]. The build's own log goes where the caller sends it.
 */
import { writeFileSync } from 'node:fs';
import { build } from 'astro';

const [projectRoot, outDir, figures] = process.argv.slice(2);
if (!projectRoot || !outDir || !figures) {
	console.error('usage: bench-build-child.ts PROJECT_ROOT OUT_DIR FIGURES_FILE');
	process.exit(2);
}
await build({ root: projectRoot, outDir, logLevel: 'warn' });
writeFileSync(figures, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
