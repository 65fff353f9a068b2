/**
 * Loaded by the benchmarks that build (`site-build.ts`) into every Node process of a build
 * (NODE_OPTIONS=--import): when the process ends, it writes its peak resident memory to
 * BENCH_RSS_DIR/<pid>.json, so the bench can name the largest process of a build that runs
 * in several.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.BENCH_RSS_DIR;
if (dir) {
	process.on('exit', () => {
		writeFileSync(
			join(dir, `${process.pid}.json`),
			JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, argv: process.argv.slice(1) }),
		);
	});
}
