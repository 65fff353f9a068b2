import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fmt, generatedHandbook, met } from './harness.ts';
import { measureSiteBuild } from './site-build.ts';

/**
 * A large handbook's build, for the memory a CI runner must have: `npm run bench -- build-memory`
 * (BENCH_MEMORY_SOPS, default 10,000). Node is given the heap it would get by default on a
 * standard hosted runner with 7 GB (a quarter of its memory), and the resident memory of the
 * build and everything it starts (Pagefind's indexer) is summed every quarter second.
 */
export async function benchBuildMemory(): Promise<void> {
	const sops = Number(process.env.BENCH_MEMORY_SOPS ?? 10_000);
	const heapMb = 1_792;
	const { root } = generatedHandbook(`search-${sops}`, sops);
	const build = await measureSiteBuild(`${sops}-SOP`, root, join(root, 'dist-memory'), [
		`--max-old-space-size=${heapMb}`,
	]);
	const gb = (mb: number) => `${fmt(mb / 1024)} GB`;
	console.log(
		`build of ${sops.toLocaleString('en-US')} SOPs with a ${heapMb} MB heap (a 7 GB runner's default), ${availableParallelism()} cores\n`,
	);
	console.log(
		`  ${fmt(build.seconds, 0)} s, ${build.pages.toLocaleString('en-US')} pages; Astro's process at most ${gb(build.peakMb)}; all the build's processes together (the search index after Astro's) at most ${gb(build.treePeakMb)}`,
	);
	console.log(
		`\nTarget: at most 4 GB at the peak: ${gb(build.treePeakMb)} (${fmt(build.treePeakMb / 4096)}× target) ${met(build.treePeakMb <= 4096)}`,
	);
}
