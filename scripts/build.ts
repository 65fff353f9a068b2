/**
 * `npm run build`: builds the site with `astro build` (flags such as --outDir are passed on),
 * then writes its search index and scans the index for sensitive values.
 *
 * The index is written after Astro's process has ended, not in its last step as Starlight
 * does it: Pagefind's indexer is a process of its own, and Astro holds the memory of the
 * whole build until it exits. For 10,000 SOPs the two side by side needed more than 4 GB.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const project = resolve(import.meta.dirname, '..');
const astro = resolve(project, 'node_modules', 'astro', 'bin', 'astro.mjs');
const args = process.argv.slice(2);

const built = spawnSync(process.execPath, [astro, 'build', ...args], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
// Astro printed its help and built nothing.
if (args.includes('--help') || args.includes('-h')) process.exit(0);

const { values } = parseArgs({ args, options: { outDir: { type: 'string' } }, strict: false });
const outDir = resolve(typeof values.outDir === 'string' ? values.outDir : 'dist');

// Needed only once the site has built.
const { SearchIndexError, writeSearchIndex } = await import('../src/site/search-index.ts');
const { allowedInHandbook, publishRefusal } = await import('../src/integrations/handbook-gate.ts');
const { describeSiteFinding, scanBuiltSite } = await import('../src/sensitive/scan-site.ts');

const log = (line: string) => console.log(`[search-index] ${line}`);
const started = performance.now();
log('Building the search index with Pagefind...');
let pages: number;
try {
	pages = await writeSearchIndex(outDir);
} catch (error) {
	if (!(error instanceof SearchIndexError)) throw error;
	console.error(
		`[search-index] ${error.message}\n  The site in ${outDir} has no search index: do not deploy it.`,
	);
	process.exit(1);
}
log(`${pages} pages indexed in ${((performance.now() - started) / 1000).toFixed(2)} s.`);

// Values an author marked safe are looked up only when the index holds something to judge:
// that means reading the whole handbook again.
let findings = scanBuiltSite(outDir, new Set(), 'pagefind');
if (findings.length > 0) findings = scanBuiltSite(outDir, allowedInHandbook(), 'pagefind');
if (findings.length > 0) {
	for (const f of findings) console.error(`[search-index] ${describeSiteFinding(f)}`);
	const { message, hint } = publishRefusal(findings.length);
	console.error(`${message}\n  Hint: ${hint}`);
	process.exit(1);
}
log('No sensitive values in the search index.');
