/**
 * `npm run bench -- page-weight`: the HTML size of the SOP pages, the same site built over
 * 50 and 5,000 generated SOPs.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, generatedHandbook, met } from './harness.ts';
import { measureSiteBuild } from './site-build.ts';

/** HTML size of every SOP page in a build, in bytes, sorted. */
function sopPageSizes(dist: string): number[] {
	const sops = join(dist, 'sops');
	return readdirSync(sops, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('index.html') && f !== 'index.html')
		.map((f) => statSync(join(sops, f)).size)
		.sort((a, b) => a - b);
}

export async function benchPageWeight(): Promise<void> {
	const LIMIT = 40 * 1024;
	console.log('SOP page HTML size, the same site built over small and large handbooks\n');
	const results: { sops: number; median: number; max: number; seconds: number }[] = [];
	for (const sops of [50, 5_000]) {
		const { root } = generatedHandbook(`site-${sops}`, sops);
		const { seconds } = await measureSiteBuild(`${sops}-SOP`, root, join(root, 'dist'));
		const sizes = sopPageSizes(join(root, 'dist'));
		results.push({
			sops,
			median: sizes[Math.floor(sizes.length / 2)]!,
			max: sizes[sizes.length - 1]!,
			seconds,
		});
	}
	const kb = (n: number) => `${fmt(n / 1024, 1)} KB`;
	for (const r of results) {
		console.log(
			`  ${r.sops.toLocaleString('en-US').padStart(5)} SOPs: median ${kb(r.median)}, largest ${kb(r.max)} (built in ${fmt(r.seconds, 0)} s)`,
		);
	}
	const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
	console.log(`\nTargets:`);
	console.log(
		`  largest SOP page at 5,000 SOPs: ${kb(large.max)} of a 40 KB limit (${fmt(large.max / LIMIT)}× limit) ${met(large.max < LIMIT)}`,
	);
	console.log(
		`  median SOP page, 5,000 SOPs vs 50: ${fmt(large.median / small.median)}× (1.00 means it does not grow)`,
	);
}
