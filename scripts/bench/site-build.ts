/**
 * One build of a site, measured: its time, the peak memory of its largest Node process and of
 * all its processes together, the pages it wrote and each line of its log with when it arrived.
 * Used by the benchmarks that build (`build`, `build-memory`, `build-profile`, `page-weight`,
 * `search`).
 */
import { spawn } from 'node:child_process';
import {
	closeSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { LogLine } from '../../src/bench/build-profile.ts';
import { PROJECT, TODAY } from './harness.ts';

/** What one build measured. */
export interface BuildFigures {
	seconds: number;
	/** The largest single Node process of the build: Astro's. */
	peakMb: number;
	/** The build and everything it started (Pagefind's indexer), sampled every quarter second. */
	treePeakMb: number;
	pages: number;
	bytesPerPage: number;
	lines: LogLine[];
}

/** Astro's own command line, which builds the bare projects. */
export const ASTRO = join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** The site's own build, as `npm run build` runs it: the site, then its search index. */
const SITE_BUILD = join(PROJECT, 'scripts', 'build.ts');

/**
 * Runs one build command (`node <command...> --outDir <outDir>` in `projectRoot`), every Node
 * process of it started with `nodeOptions`; its time, its peak memory and what it wrote.
 */
export async function measureBuild(
	label: string,
	projectRoot: string,
	command: string[],
	outDir: string,
	env: Record<string, string>,
	nodeOptions: string[] = [],
): Promise<BuildFigures> {
	rmSync(outDir, { recursive: true, force: true });
	const logPath = `${outDir}.log`;
	const log = openSync(logPath, 'w');
	const rssDir = `${outDir}.rss`;
	rmSync(rssDir, { recursive: true, force: true });
	mkdirSync(rssDir, { recursive: true });
	const start = performance.now();
	const child = spawn(process.execPath, [...command, '--outDir', outDir], {
		cwd: projectRoot,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: {
			...process.env,
			...env,
			NODE_OPTIONS: [`--import=${join(import.meta.dirname, 'peak-rss.ts')}`, ...nodeOptions].join(
				' ',
			),
			BENCH_RSS_DIR: rssDir,
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
		},
	});
	// Each line of the output, with when it arrived (for the phases of `build-profile`).
	const lines: LogLine[] = [];
	for (const stream of [child.stdout, child.stderr]) {
		let partial = '';
		stream.on('data', (chunk: Buffer) => {
			writeSync(log, chunk);
			const at = (performance.now() - start) / 1000;
			const parts = (partial + chunk.toString('utf8')).split('\n');
			partial = parts.pop()!;
			for (const text of parts) lines.push({ at, text });
		});
	}
	let treePeakKb = 0;
	const sampler = setInterval(() => {
		treePeakKb = Math.max(treePeakKb, treeRssKb(child.pid!));
	}, 250);
	const code = await new Promise<number | null>((done) => child.on('close', done));
	clearInterval(sampler);
	const seconds = (performance.now() - start) / 1000;
	closeSync(log);
	if (code !== 0) throw new Error(`the ${label} build failed; see ${logPath}`);
	const peaks = readdirSync(rssDir).map(
		(f) => (JSON.parse(readFileSync(join(rssDir, f), 'utf8')) as { maxRssKb: number }).maxRssKb,
	);
	const html = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
		f.endsWith('.html'),
	);
	const bytes = html.reduce((sum, f) => sum + statSync(join(outDir, f)).size, 0);
	return {
		seconds,
		peakMb: Math.max(...peaks) / 1024,
		treePeakMb: treePeakKb / 1024,
		pages: html.length,
		bytesPerPage: bytes / html.length,
		lines,
	};
}

/** Builds the site over the handbook at `root` into `outDir` with `npm run build`'s command. */
export function measureSiteBuild(
	label: string,
	root: string,
	outDir: string,
	nodeOptions: string[] = [],
): Promise<BuildFigures> {
	return measureBuild(
		label,
		PROJECT,
		[SITE_BUILD],
		outDir,
		{ HANDBOOK_ROOT: root, HANDBOOK_TODAY: TODAY },
		nodeOptions,
	);
}

/** The resident memory of `pid` and every process under it, in KB, read from /proc. */
function treeRssKb(pid: number): number {
	const processes: { pid: number; parent: number }[] = [];
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const status = readFileSync(`/proc/${name}/status`, 'utf8');
			processes.push({ pid: Number(name), parent: Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) });
			rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
		} catch {
			// The process ended while being read.
		}
	}
	const children = Map.groupBy(processes, (p) => p.parent);
	let total = 0;
	const pending = [pid];
	while (pending.length > 0) {
		const next = pending.pop()!;
		total += rss.get(next) ?? 0;
		pending.push(...(children.get(next) ?? []).map((p) => p.pid));
	}
	return total;
}
