/**
 * Measures the handbook check on large synthetic handbooks: `npm run bench -- check`.
 * Prints each figure with its ratio to the baseline measured in the same run. Nothing
 * here is asserted; the numbers are for people to read and compare over time.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
	appendFileSync,
	closeSync,
	copyFileSync,
	existsSync,
	mkdirSync,
	openSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
	writeSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { changedScope } from '../src/cli/changed.ts';
import { checkHandbook } from '../src/check.ts';
import { RULES } from '../src/rules/index.ts';
import { scanHandbookAndConfig } from '../src/rules/utils/sensitive-scan.ts';
import {
	ASTRO_PHASES,
	buildPhases,
	type LogLine,
	pagesByKind,
	pagesInAll,
	summariseProfile,
} from '../src/bench/build-profile.ts';
import { generateHandbook } from '../src/bench/generate-handbook.ts';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { BASE_HANDBOOK } from '../src/rules/utils/base-handbook.ts';
import { plainDate } from '../src/schemas/date.ts';

const TODAY = plainDate('2026-11-22');
const RUNS = 5;
const BENCH_DIR = resolve(import.meta.dirname, '..', '.bench');

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => void): number {
	run(); // warm-up: the first run also pays for compiling the code
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		globalThis.gc?.();
		const start = performance.now();
		run();
		times.push(performance.now() - start);
	}
	return median(times) / 1000;
}

/** The handbook with each file's kept sensitive-data scan dropped, so that the scan is timed and not looked up. */
function forgetScans<T extends { files: Array<{ work: Map<string, unknown> }> }>(handbook: T): T {
	for (const file of handbook.files) file.work.delete('sensitive');
	return handbook;
}

/** The floor: read every content file once, with nothing parsed. */
function readAll(root: string): number {
	const content = join(root, 'src', 'content');
	let bytes = 0;
	for (const name of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
		if (/\.(mdx|md|ya?ml)$/.test(name)) bytes += readFileSync(join(content, name), 'utf8').length;
	}
	return bytes;
}

const fmt = (n: number, digits = 2) =>
	n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const rate = (files: number, seconds: number) =>
	`${Math.round(files / seconds).toLocaleString('en-US')} files/s`;

function benchCheck(): void {
	const sizes = [2_500, 10_000];
	const roots = new Map<number, { root: string; files: number }>();
	for (const sops of sizes) {
		const root = join(BENCH_DIR, `handbook-${sops}`);
		const { files } = generateHandbook({ sops, out: root, today: TODAY });
		roots.set(sops, { root, files });
	}
	console.log(
		`handbook check, median of ${RUNS} runs, ${availableParallelism()} cores, Node ${process.version}\n`,
	);
	const results = new Map<
		number,
		{ read: number; metadata: number; full: number; files: number }
	>();
	for (const sops of sizes) {
		const { root, files } = roots.get(sops)!;
		const check = (frontmatterOnly: boolean) => {
			const { report } = checkHandbook({ root, today: TODAY, frontmatterOnly });
			if (report.summary.errors > 0)
				throw new Error(`the generated handbook has ${report.summary.errors} errors`);
		};
		const read = time(() => readAll(root));
		const metadata = time(() => check(true));
		const full = time(() => check(false));
		results.set(sops, { read, metadata, full, files });
		console.log(
			`${sops.toLocaleString('en-US')} SOPs (${files.toLocaleString('en-US')} files with the roster):`,
		);
		console.log(`  read files only (baseline)   ${fmt(read)} s  ${rate(files, read)}`);
		console.log(
			`  metadata rules               ${fmt(metadata)} s  ${rate(files, metadata)}  ${fmt(metadata / read, 1)}× baseline`,
		);
		console.log(
			`  all rules, MDX bodies too    ${fmt(full)} s  ${rate(files, full)}  ${fmt(full / read, 1)}× baseline`,
		);
	}
	const { root: largest } = roots.get(10_000)!;
	// As the pre-commit hook starts it: a fresh process on the pinned Node, start-up included.
	const cli = resolve(import.meta.dirname, 'handbook.ts');
	const command = time(() => {
		execFileSync(process.execPath, [cli, 'check', '--root', largest, '--today', TODAY], {
			stdio: 'ignore',
		});
	});
	const startup = time(() => {
		execFileSync(process.execPath, [cli, 'rules'], { stdio: 'ignore' });
	});
	console.log(
		`\nAs a command, 10,000 SOPs, all rules: ${fmt(command)} s; start-up and loading the code alone (handbook rules) ${fmt(startup)} s`,
	);
	// --cache: the first run checks and writes the entry (it hashes the inputs before and after);
	// every later run over the unchanged handbook prints the entry again.
	const location = join(BENCH_DIR, 'check-cache');
	rmSync(location, { recursive: true, force: true });
	const cached = [
		'check',
		'--root',
		largest,
		'--today',
		TODAY,
		'--cache',
		'--cache-location',
		location,
	];
	const cold = time(() => {
		rmSync(location, { recursive: true, force: true });
		execFileSync(process.execPath, [cli, ...cached], { stdio: 'ignore' });
	});
	const warm = time(() => {
		execFileSync(process.execPath, [cli, ...cached], { stdio: 'ignore' });
	});
	console.log(
		`With --cache: a first run ${fmt(cold)} s (${fmt(cold / command)}× the uncached command); a warm run over the unchanged handbook ${fmt(warm)} s (${fmt(warm / command, 3)}× the uncached command)`,
	);
	// One SOP edited between runs (it alternates between two texts, so every run finds one change).
	const edited = readdirSync(join(largest, 'src/content/sops'), {
		recursive: true,
		encoding: 'utf8',
	}).find((name) => name.endsWith('.mdx'))!;
	const editedPath = join(largest, 'src/content/sops', edited);
	const original = readFileSync(editedPath, 'utf8');
	let turn = 0;
	const oneChanged = time(() => {
		writeFileSync(editedPath, turn++ % 2 === 0 ? `${original}\nEdited.\n` : original);
		execFileSync(process.execPath, [cli, ...cached], { stdio: 'ignore' });
	});
	writeFileSync(editedPath, original);
	console.log(
		`With --cache, one SOP changed since the last run: ${fmt(oneChanged)} s (${fmt(oneChanged / command)}× the uncached command)`,
	);
	const withoutScan = RULES.filter((r) => !r.id.startsWith('sensitive/'));
	const plain = time(() => checkHandbook({ root: largest, today: TODAY, rules: withoutScan }));
	// The scan on its own, over a handbook already loaded and its bodies parsed (in a check,
	// the body rules parse them anyway, once for all): what it adds to a check.
	const { handbook: loaded } = checkHandbook({ root: largest, today: TODAY, rules: [] });
	for (const file of loaded.files) file.parseBody();
	const scan = time(() => scanHandbookAndConfig(forgetScans(loaded)));
	const scanned = plain + scan;
	console.log(
		`\nSensitive-data scan, 10,000 SOPs: every other rule ${fmt(plain)} s (baseline); the scan itself ${fmt(scan)} s`,
	);
	const small = results.get(2_500)!;
	const large = results.get(10_000)!;
	const perFile = (r: { full: number; files: number }) => r.full / r.files;
	console.log('\nTargets:');
	console.log(
		`  metadata rules over 10,000 SOPs: ${fmt(large.metadata)} s of a 2 s budget (${fmt(large.metadata / 2)}× target) ${large.metadata < 2 ? 'met' : 'NOT met'}`,
	);
	console.log(
		`  all rules over 10,000 SOPs as a command: ${fmt(command)} s of a 2 s budget (${fmt(command / 2)}× target) ${command <= 2 ? 'met' : 'NOT met'}`,
	);
	console.log(
		`  a --cache run after one of 10,000 SOPs changed: ${fmt(oneChanged / command)}× the uncached command (no target)`,
	);
	console.log(
		`  a warm --cache run over 10,000 unchanged SOPs: ${fmt(warm)} s of a 0.5 s budget (${fmt(warm / 0.5)}× target) ${warm <= 0.5 ? 'met' : 'NOT met'}`,
	);
	console.log(
		`  MDX checking scales linearly: time per file at 10,000 SOPs is ${fmt(perFile(large) / perFile(small))}× that at 2,500 (1.00 is linear)`,
	);
	console.log(
		`  the sensitive-data scan adds ${fmt((scanned / plain - 1) * 100, 1)}% to the check (${fmt(scanned / plain)}× baseline; target under 20%) ${scanned / plain < 1.2 ? 'met' : 'NOT met'}`,
	);
	console.log(`  peak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}

/**
 * The sensitive-data scan over one ever larger SOP of alternating allow markers and card
 * numbers (`npm run bench -- sensitive`): time per pair stays flat when the scan is linear.
 */
function benchSensitive(): void {
	const pairs = [1_250, 2_500, 5_000, 10_000];
	const pair =
		'{/* handbook-allow sensitive/card-number: the card networks publish this test number */}\nIn the sandbox, pay with 4111 1111 1111 1111.\n\n';
	console.log(
		`sensitive-data scan of one SOP of marker and card pairs, median of ${RUNS} runs, Node ${process.version}\n`,
	);
	let first: number | undefined;
	for (const n of pairs) {
		const root = join(BENCH_DIR, `sensitive-${n}`);
		rmSync(root, { recursive: true, force: true });
		generateHandbook({ sops: 1, out: root, today: TODAY });
		const sops = join(root, 'src/content/sops');
		const name = readdirSync(sops, { recursive: true, encoding: 'utf8' }).find((file) =>
			file.endsWith('.mdx'),
		)!;
		const path = join(sops, name);
		writeFileSync(path, `${readFileSync(path, 'utf8')}\n${pair.repeat(n)}`);
		const { handbook, report } = checkHandbook({ root, today: TODAY });
		const allowed = report.allowed?.length ?? 0;
		// Loaded and parsed once; what is timed is the scan itself, both views and the markers.
		const scan = time(() => scanHandbookAndConfig(forgetScans(handbook)));
		const perPair = (scan / n) * 1e6;
		first ??= perPair;
		const size = statSync(path).size / 1024 / 1024;
		console.log(
			`  ${n.toLocaleString('en-US').padStart(6)} pairs (${fmt(size)} MB)  ${fmt(scan, 3)} s  ${fmt(perPair, 1)} µs per pair  ${fmt(perPair / first)}× the smallest  (${allowed.toLocaleString('en-US')} allowed)`,
		);
	}
	console.log('\nLinear means flat time per pair: the last ratio near 1.00.');
}

/** HTML size of every SOP page in a build, in bytes, sorted. */
function sopPageSizes(dist: string): number[] {
	const sops = join(dist, 'sops');
	return readdirSync(sops, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('index.html') && f !== 'index.html')
		.map((f) => statSync(join(sops, f)).size)
		.sort((a, b) => a - b);
}

async function benchPageWeight(): Promise<void> {
	const LIMIT = 40 * 1024;
	console.log('SOP page HTML size, the same site built over small and large handbooks\n');
	const results: { sops: number; median: number; max: number; seconds: number }[] = [];
	for (const sops of [50, 5_000]) {
		const root = join(BENCH_DIR, `site-${sops}`);
		generateHandbook({ sops, out: root, today: TODAY });
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
		`  largest SOP page at 5,000 SOPs: ${kb(large.max)} of a 40 KB limit (${fmt(large.max / LIMIT)}× limit) ${large.max < LIMIT ? 'met' : 'NOT met'}`,
	);
	console.log(
		`  median SOP page, 5,000 SOPs vs 50: ${fmt(large.median / small.median)}× (1.00 means it does not grow)`,
	);
}

function benchChanged(): void {
	const root = join(BENCH_DIR, 'changed-5000');
	generateHandbook({ sops: 5_000, out: root, today: TODAY });
	const git = (...args: string[]) =>
		execFileSync('git', ['-C', root, ...args], { stdio: 'ignore' });
	git('init', '-q', '-b', 'main');
	git('add', '-A');
	git(
		'-c',
		'user.name=bench',
		'-c',
		'user.email=bench@example.invalid',
		'commit',
		'-q',
		'-m',
		'handbook',
	);
	git('checkout', '-q', '-b', 'change');
	// A pull request that edits one person: every SOP naming them is checked again.
	appendFileSync(join(root, 'src/content/people/csa-3.yaml'), 'github: csa-three\n');
	let scoped = 0;
	const changed = time(() => {
		const only = changedScope(root, 'main');
		scoped = checkHandbook({ root, today: TODAY, only }).report.summary.files;
	});
	const full = time(() => checkHandbook({ root, today: TODAY }));
	// As the pre-commit hook runs it: a fresh process, start-up included.
	const cli = resolve(import.meta.dirname, 'handbook.ts');
	const command = time(() => {
		execFileSync(
			process.execPath,
			[cli, 'check', '--root', root, '--changed', '--base', 'main', '--today', TODAY],
			{ stdio: 'ignore' },
		);
	});
	console.log(
		`check --changed on a 5,000-SOP handbook, one person file changed (${scoped} files affected), median of ${RUNS} runs\n`,
	);
	console.log(`  whole handbook (baseline)  ${fmt(full)} s`);
	console.log(`  --changed                  ${fmt(changed)} s  ${fmt(changed / full)}× baseline`);
	console.log(
		`  --changed, as a command    ${fmt(command)} s  (a new process, as the pre-commit hook runs it)`,
	);
	console.log(`\nTarget: under 1 s: ${command < 1 ? 'met' : 'NOT met'}`);
}

/**
 * Findings that ask for a suggestion ("did you mean") must not make the check superlinear:
 * the same 5,000-SOP handbook clean, with 1% of its SOPs carrying a broken link, and with a
 * thousand unknown person ids, checked side by side.
 */
function benchSuggestions(): void {
	const variants = ['clean', 'broken-links', 'unknown-people'] as const;
	const roots = new Map<string, string>();
	for (const variant of variants) {
		const root = join(BENCH_DIR, `suggest-${variant}`);
		generateHandbook({ sops: 5_000, out: root, today: TODAY });
		const sops = readdirSync(join(root, 'src/content/sops/clients'), {
			recursive: true,
			encoding: 'utf8',
		})
			.filter((f) => f.endsWith('.mdx'))
			.sort()
			.map((f) => join(root, 'src/content/sops/clients', f));
		if (variant === 'broken-links') {
			// 1% of the SOPs link to pages that moved: each a different path, near no page or near one.
			sops
				.filter((_, i) => i % 100 === 0)
				.forEach((file, i) =>
					appendFileSync(
						file,
						`\nSee [the old page](/sops/clients/client-${i}/procedure-${i}-old-${i * 7}/).\n`,
					),
				);
		}
		if (variant === 'unknown-people') {
			// A thousand SOPs approved by someone whose id is misspelt, each differently.
			sops
				.slice(0, 1_000)
				.forEach((file, i) =>
					writeFileSync(
						file,
						readFileSync(file, 'utf8').replace(
							/^approvers: \[approver-(a|b)\]$/m,
							`approvers: [aprover-$1-${i}]`,
						),
					),
				);
		}
		roots.set(variant, root);
	}
	console.log(
		`check with "did you mean" suggestions, 5,000 SOPs, median of ${RUNS} runs, ${availableParallelism()} cores, Node ${process.version}\n`,
	);
	const times = new Map<string, number>();
	for (const variant of variants) {
		let errors = 0;
		times.set(
			variant,
			time(() => {
				errors = checkHandbook({ root: roots.get(variant)!, today: TODAY }).report.summary.errors;
			}),
		);
		const seconds = times.get(variant)!;
		const clean = times.get('clean')!;
		console.log(
			`  ${variant.padEnd(16)} ${fmt(seconds)} s  ${errors.toLocaleString('en-US').padStart(5)} errors  ${variant === 'clean' ? '(baseline)' : `${fmt(seconds / clean)}× baseline`}`,
		);
	}
	console.log('\nTargets (at most 1.3× the clean handbook):');
	for (const variant of variants.slice(1)) {
		const ratio = times.get(variant)! / times.get('clean')!;
		console.log(`  ${variant}: ${fmt(ratio)}× ${ratio <= 1.3 ? 'met' : 'NOT met'}`);
	}
}

/** A bare Astro project over the SOPs of a generated handbook: MDX, a one-field schema, a plain layout. */
function writeBareAstro(dir: string, sopsDir: string): void {
	mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()] });\n`,
	);
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		[
			`import { defineCollection } from 'astro:content';`,
			`import { glob } from 'astro/loaders';`,
			`import { z } from 'astro/zod';`,
			`export const collections = { sops: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(sopsDir)} }), schema: z.object({ title: z.string() }) }) };`,
			'',
		].join('\n'),
	);
	writeFileSync(
		join(dir, 'src', 'pages', '[...id].astro'),
		[
			'---',
			`import { getCollection, render } from 'astro:content';`,
			`export async function getStaticPaths() {`,
			`	return (await getCollection('sops')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));`,
			`}`,
			`const { entry } = Astro.props;`,
			`const { Content } = await render(entry);`,
			'---',
			'<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><main><h1>{entry.data.title}</h1><Content /></main></body></html>',
			'',
		].join('\n'),
	);
}

/** Bare Starlight over the same files: its docs collection, its default look, a one-link sidebar. */
function writeBareStarlight(dir: string, sopsDir: string): void {
	mkdirSync(join(dir, 'src'), { recursive: true });
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		[
			`import starlight from '@astrojs/starlight';`,
			`import { defineConfig } from 'astro/config';`,
			`export default defineConfig({ integrations: [starlight({ title: 'Bench', sidebar: [{ label: 'Home', link: '/' }] })] });`,
			'',
		].join('\n'),
	);
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		[
			`import { defineCollection } from 'astro:content';`,
			`import { glob } from 'astro/loaders';`,
			`import { docsSchema } from '@astrojs/starlight/schema';`,
			`export const collections = { docs: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(sopsDir)} }), schema: docsSchema() }) };`,
			'',
		].join('\n'),
	);
}

interface BuildFigures {
	seconds: number;
	/** The largest single Node process of the build: Astro's. */
	peakMb: number;
	/** The build and everything it started (Pagefind's indexer), sampled every quarter second. */
	treePeakMb: number;
	pages: number;
	bytesPerPage: number;
	lines: LogLine[];
}

const ASTRO = resolve(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');

/** The site's own build, as `npm run build` runs it: the site, then its search index. */
const SITE_BUILD = resolve(import.meta.dirname, 'build.ts');

/**
 * Runs one build command (`node <command...> --outDir <outDir>` in `projectRoot`), every Node
 * process of it started with `nodeOptions`; its time, its peak memory and what it wrote.
 */
async function measureBuild(
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
			NODE_OPTIONS: [
				`--import=${resolve(import.meta.dirname, 'bench-rss.ts')}`,
				...nodeOptions,
			].join(' '),
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
function measureSiteBuild(
	label: string,
	root: string,
	outDir: string,
	nodeOptions: string[] = [],
): Promise<BuildFigures> {
	return measureBuild(
		label,
		resolve(import.meta.dirname, '..'),
		[SITE_BUILD],
		outDir,
		{ HANDBOOK_ROOT: root, HANDBOOK_TODAY: TODAY },
		nodeOptions,
	);
}

/**
 * The site against what it is built on: the same generated handbook built by this site, by
 * bare Astro + MDX over the same SOP files, and by bare Starlight over them, one after the
 * other in one run. `npm run bench -- build` (1,000 and 4,000 SOPs; BENCH_BUILD_SIZES=1000 for one).
 */
async function benchBuild(): Promise<void> {
	const sizes = (process.env.BENCH_BUILD_SIZES ?? '1000,4000').split(',').map(Number);
	console.log(
		`site build vs bare Astro and bare Starlight, one build each, ${availableParallelism()} cores, Node ${process.version}\n`,
	);
	for (const sops of sizes) {
		const root = join(BENCH_DIR, `build-${sops}`);
		generateHandbook({ sops, out: root, today: TODAY });
		const sopsDir = join(root, 'src', 'content', 'sops');
		writeBareAstro(join(root, 'bare-astro'), sopsDir);
		writeBareStarlight(join(root, 'bare-starlight'), sopsDir);
		const bare = await measureBuild(
			'bare Astro',
			join(root, 'bare-astro'),
			[ASTRO, 'build'],
			join(root, 'dist-bare-astro'),
			{},
		);
		const starlight = await measureBuild(
			'bare Starlight',
			join(root, 'bare-starlight'),
			[ASTRO, 'build'],
			join(root, 'dist-bare-starlight'),
			{},
		);
		const site = await measureSiteBuild('site', root, join(root, 'dist-site'));
		// Astro's own time for each page it renders, from its log.
		const msPerPage = (f: BuildFigures) => {
			const all = pagesInAll(pagesByKind(f.lines));
			return all.ms / Math.max(1, all.pages);
		};
		const row = (name: string, f: BuildFigures) =>
			`  ${name.padEnd(15)} ${fmt(f.seconds, 1).padStart(6)} s  ${fmt(f.seconds / bare.seconds)}× Astro  ${fmt(f.seconds / starlight.seconds)}× Starlight  ${Math.round(f.peakMb).toLocaleString('en-US').padStart(5)} MB  ${fmt(f.peakMb / bare.peakMb)}× Astro  ${f.pages.toLocaleString('en-US').padStart(6)} pages  ${fmt(f.bytesPerPage / 1024, 1)} KB/page  ${fmt(msPerPage(f), 1)} ms/page`;
		console.log(`${sops.toLocaleString('en-US')} SOPs:`);
		console.log(row('bare Astro', bare));
		console.log(row('bare Starlight', starlight));
		console.log(row('this site', site));
		// The same phases in each, from when the lines of its log arrived: where the difference goes.
		const phases = [bare, starlight, site].map((f) =>
			buildPhases(f.lines, f.seconds, ASTRO_PHASES),
		);
		console.log(
			`  ${'phase'.padEnd(60)} ${'Astro'.padStart(7)} ${'Starlight'.padStart(10)} ${'site'.padStart(7)}`,
		);
		for (let i = 0; i < phases[0]!.length; i++) {
			const cell = (n: number | undefined, width: number) =>
				(n === undefined ? '-' : `${fmt(n, 1)} s`).padStart(width);
			console.log(
				`  ${phases[0]![i]!.label.padEnd(60)} ${cell(phases[0]![i]!.seconds, 7)} ${cell(phases[1]![i]!.seconds, 10)} ${cell(phases[2]![i]!.seconds, 7)}`,
			);
		}
		const timeTarget =
			starlight.seconds / bare.seconds > 1.5
				? { limit: 1.1, of: starlight, name: 'bare Starlight' }
				: { limit: 1.5, of: bare, name: 'bare Astro' };
		const timeRatio = site.seconds / timeTarget.of.seconds;
		const memRatio = site.peakMb / bare.peakMb;
		console.log(
			`  target: time at most ${timeTarget.limit}× ${timeTarget.name}: ${fmt(timeRatio)}× ${timeRatio <= timeTarget.limit ? 'met' : 'NOT met'}`,
		);
		console.log(
			`  target: peak memory at most 1.2× bare Astro: ${fmt(memRatio)}× ${memRatio <= 1.2 ? 'met' : 'NOT met'}\n`,
		);
	}
}

/**
 * Bytes a reader's browser fetches for a search query, after the page itself has loaded:
 * the first query on the page (which also fetches Pagefind's code, its page list and the
 * filters), and the next query of the list typed over it in the same search box.
 */
/** Where a search is typed: the handbook's search dialog, or a bare Pagefind page's box. */
interface SearchBox {
	/** The page the reader is on. */
	path: string;
	/** What opens the search, if anything must. */
	open?: (page: import('playwright-core').Page) => Promise<void>;
}

const HANDBOOK_SEARCH: SearchBox = {
	// The generated handbook has no home page of its own; the start page stands in for it.
	path: '/start-here/',
	open: (page) => page.getByRole('button', { name: 'Search' }).click(),
};

/** Pagefind's own interface on a page of its own, as Pagefind's documentation sets it up (`writeBareSearch`). */
const BARE_SEARCH: SearchBox = { path: '/bare-search.html' };

/**
 * The same built pages indexed by bare Pagefind, filters aside, with Pagefind's default
 * interface on a page of its own: what any Pagefind site of these pages would fetch.
 * The pages are copied with their filter attributes removed; their text, weights and
 * sections are the same.
 */
async function writeBareSearch(dist: string, out: string): Promise<void> {
	rmSync(out, { recursive: true, force: true });
	for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
		if (!name.endsWith('.html')) continue;
		mkdirSync(dirname(join(out, name)), { recursive: true });
		writeFileSync(
			join(out, name),
			readFileSync(join(dist, name), 'utf8').replace(
				/\sdata-pagefind-(?:filter|meta)="[^"]*"/g,
				'',
			),
		);
	}
	const pagefind = await import('pagefind');
	try {
		const { index } = await pagefind.createIndex();
		await index!.addDirectory({ path: out });
		await index!.writeFiles({ outputPath: join(out, 'pagefind') });
	} finally {
		await pagefind.close();
	}
	writeFileSync(
		join(out, 'bare-search.html'),
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search</title><link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>` +
			`<body><div id="search"></div><script>window.addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search', showSubResults: true, showImages: false }));</script></body></html>`,
	);
}

async function searchTransfer(
	dist: string,
	queries: readonly string[],
	box: SearchBox = HANDBOOK_SEARCH,
): Promise<Map<string, { first: number; next: number }>> {
	const { chromium } = await import('playwright-core');
	const { serveStatic } = await import('../tests/support/static-server.ts');
	const { url, server } = await serveStatic(dist);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox'],
	});
	const bytes = new Map<string, { first: number; next: number }>();
	try {
		for (const query of queries) {
			// A fresh page each time, so nothing one query fetched is cached for the next.
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`${url}${box.path}`, { waitUntil: 'networkidle' });
			// Every response from here on, the search's web worker's included, with its headers.
			let sizes: Promise<number>[] = [];
			context.on('requestfinished', (request) => {
				sizes.push(
					request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize),
				);
			});
			const search = async (words: string) => {
				sizes = [];
				await page.locator('.pagefind-ui__search-input').fill(words);
				await page
					.locator('.pagefind-ui__message')
					.filter({ hasText: `for ${words}` })
					.waitFor({ timeout: 30_000 });
				// Each result's text is fetched as it is drawn: wait for the first page of results to be drawn.
				await page
					.locator('.pagefind-ui__result-title')
					.first()
					.waitFor({ timeout: 30_000 })
					.catch(() => undefined);
				await page.waitForLoadState('networkidle');
				await page.waitForTimeout(500);
				return (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
			};
			await box.open?.(page);
			const first = await search(query);
			// Another of the queries, typed over the first, as a reader tries a second wording.
			const next = await search(queries[(queries.indexOf(query) + 1) % queries.length]!);
			bytes.set(query, { first, next });
			await context.close();
		}
	} finally {
		await browser.close();
		server.close();
	}
	return bytes;
}

/**
 * What a search costs a reader at 10,000 SOPs against a small handbook, measured in
 * Chromium from the network log: `npm run bench -- search` (BENCH_SEARCH_SOPS to change the size).
 */
async function benchSearch(): Promise<void> {
	const sizes = [100, Number(process.env.BENCH_SEARCH_SOPS ?? 10_000)];
	const queries = ['duplicate check', 'Client 41 procedure', 'CSA 17', 'cut-off'];
	const results = new Map<number, Map<string, { first: number; next: number }>>();
	let bare = new Map<string, { first: number; next: number }>();
	for (const sops of sizes) {
		const root = join(BENCH_DIR, `search-${sops}`);
		generateHandbook({ sops, out: root, today: TODAY });
		const dist = join(root, 'dist');
		await measureSiteBuild('site', root, dist);
		results.set(sops, await searchTransfer(dist, queries));
		if (sops === sizes[1]) {
			const bareDist = join(root, 'dist-bare');
			await writeBareSearch(dist, bareDist);
			bare = await searchTransfer(bareDist, queries, BARE_SEARCH);
		}
	}
	const [small, large] = sizes.map((n) => results.get(n)!) as [
		Map<string, { first: number; next: number }>,
		Map<string, { first: number; next: number }>,
	];
	const kb = (n: number) => `${fmt(n / 1024, 1)} KB`;
	console.log(
		`search: bytes transferred for a query after the first page load, Chromium network log, text gzipped as static hosts serve it, ${availableParallelism()} cores\n`,
	);
	console.log(
		`  ${'query'.padEnd(22)} ${`${sizes[0]} SOPs`.padStart(12)} ${`${sizes[1]!.toLocaleString('en-US')} SOPs`.padStart(14)}  ratio`,
	);
	for (const query of queries) {
		const [a, b] = [small.get(query)!, large.get(query)!];
		console.log(
			`  ${query.padEnd(22)} ${kb(a.first).padStart(12)} ${kb(b.first).padStart(14)}  ${fmt(b.first / a.first)}×   first query on the page`,
		);
		const then = `  then "${queries[(queries.indexOf(query) + 1) % queries.length]!}"`;
		console.log(
			`  ${then.padEnd(22)} ${kb(a.next).padStart(12)} ${kb(b.next).padStart(14)}  ${a.next > 0 ? `${fmt(b.next / a.next)}×` : '     '}   the next query`,
		);
	}
	console.log(
		`\n  bare Pagefind over the same ${sizes[1]!.toLocaleString('en-US')} SOPs' pages, filters aside, its default interface:`,
	);
	for (const query of queries) {
		const [ours, theirs] = [large.get(query)!, bare.get(query)!];
		console.log(
			`  ${query.padEnd(22)} ${kb(theirs.first).padStart(12)} ${kb(ours.first).padStart(14)}  ${fmt(ours.first / theirs.first)}×   first query: bare, then this site`,
		);
	}
	const againstBare = Math.max(...queries.map((q) => large.get(q)!.first / bare.get(q)!.first));
	const worst = Math.max(...[...large.values()].map((q) => q.first));
	const worstNext = Math.max(...[...large.values()].map((q) => q.next));
	console.log(
		`\nTarget: the first query at most 1.1 times bare Pagefind's over the same pages: largest ${fmt(againstBare)}× ${againstBare <= 1.1 ? 'met' : 'NOT met'}`,
	);
	console.log(
		`Target: at most 150 KB for a query at ${sizes[1]!.toLocaleString('en-US')} SOPs: the first query on a page, largest ${kb(worst)} ${worst <= 150 * 1024 ? 'met' : 'NOT met'}; a later query, largest ${kb(worstNext)} ${worstNext <= 150 * 1024 ? 'met' : 'NOT met'}`,
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

/**
 * A large handbook's build, for the memory a CI runner must have: `npm run bench -- build-memory`
 * (BENCH_MEMORY_SOPS, default 10,000). Node is given the heap it would get by default on a
 * standard hosted runner with 7 GB (a quarter of its memory), and the resident memory of the
 * build and everything it starts (Pagefind's indexer) is summed every quarter second.
 */
async function benchBuildMemory(): Promise<void> {
	const sops = Number(process.env.BENCH_MEMORY_SOPS ?? 10_000);
	const heapMb = 1_792;
	const root = join(BENCH_DIR, `search-${sops}`);
	generateHandbook({ sops, out: root, today: TODAY });
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
		`\nTarget: at most 4 GB at the peak: ${gb(build.treePeakMb)} (${fmt(build.treePeakMb / 4096)}× target) ${build.treePeakMb <= 4096 ? 'met' : 'NOT met'}`,
	);
}

/**
 * Copies the files under `from` that are still there into `to`, skipping any that go while
 * it copies (Node's `cpSync` can abort the whole process when a folder goes mid-copy), and
 * any whose size and time in `copied` say they are unchanged since the last call.
 */
function copyWhileThere(from: string, to: string, copied: Map<string, string>): void {
	let names: string[];
	try {
		names = readdirSync(from, { recursive: true, encoding: 'utf8' });
	} catch {
		return;
	}
	for (const name of names) {
		try {
			const stat = statSync(join(from, name));
			const version = `${stat.size}:${stat.mtimeMs}`;
			if (!stat.isFile() || copied.get(name) === version) continue;
			mkdirSync(dirname(join(to, name)), { recursive: true });
			copyFileSync(join(from, name), join(to, name));
			copied.set(name, version);
		} catch {
			// Gone while copied: the copy made before stands.
		}
	}
}

/**
 * Where the site's build spends its time: `npm run bench -- build-profile` builds the
 * 1,000-SOP handbook of `bench -- build` once, with a CPU profile of every Node process,
 * and prints its phases, its pages by kind and its CPU by page component (BENCH_PROFILE_SOPS to change the size).
 */
async function benchBuildProfile(): Promise<void> {
	const sops = Number(process.env.BENCH_PROFILE_SOPS ?? 1_000);
	const root = join(BENCH_DIR, `build-${sops}`);
	generateHandbook({ sops, out: root, today: TODAY });
	const project = resolve(import.meta.dirname, '..');
	const profiles = join(root, 'profile');
	const chunks = join(root, 'profile-chunks');
	rmSync(profiles, { recursive: true, force: true });
	rmSync(chunks, { recursive: true, force: true });
	// Astro renders the pages with code it writes in a `.prerender` folder (in the output
	// folder or in its cache) and deletes at the end: copied while it is there.
	const outDir = join(root, 'dist-profile');
	const copied = new Map<string, string>();
	const copier = setInterval(() => {
		for (const prerender of [join(outDir, '.prerender'), join(project, '.astro', '.prerender')]) {
			try {
				if (readdirSync(prerender).some((name) => name.startsWith('prerender-entry')))
					copyWhileThere(prerender, chunks, copied);
			} catch {
				// Not written yet, or deleted while copied: the last whole copy stands.
			}
		}
	}, 200);
	const build = await measureSiteBuild('profiled site', root, outDir, [
		'--cpu-prof',
		`--cpu-prof-dir=${profiles}`,
	]);
	clearInterval(copier);
	// Astro's process is the one whose profile is largest.
	const [largest] = readdirSync(profiles)
		.map((name) => join(profiles, name))
		.sort((a, b) => statSync(b).size - statSync(a).size);
	const profile = summariseProfile(largest!, chunks, project);
	const s = (n: number | undefined) =>
		n === undefined ? '  (not seen)' : `${fmt(n, 1).padStart(6)} s`;
	const share = (n: number, of: number) => `${fmt((n / of) * 100, 0).padStart(3)}%`;
	console.log(
		`where the site's build of ${sops.toLocaleString('en-US')} SOPs spends its time, one profiled build, ${availableParallelism()} cores, Node ${process.version}\n`,
	);
	console.log(
		`phases, from when each line of the build's log arrived (${fmt(build.seconds, 1)} s in all, profiling included):`,
	);
	for (const phase of buildPhases(build.lines, build.seconds))
		console.log(`  ${s(phase.seconds)}  ${phase.label}`);
	const kinds = pagesByKind(build.lines);
	const all = pagesInAll(kinds);
	console.log(
		`\npages by kind, from Astro's time for each page (${fmt(all.ms / 1000, 1)} s over ${all.pages.toLocaleString('en-US')} pages):`,
	);
	for (const k of kinds.slice(0, 10)) {
		console.log(
			`  ${k.kind.padEnd(12)} ${k.pages.toLocaleString('en-US').padStart(6)} pages ${s(k.ms / 1000)} ${fmt(k.ms / k.pages, 1).padStart(6)} ms a page`,
		);
	}
	console.log(
		`\nCPU of Astro's process by page component, the innermost component on the stack (${fmt(profile.seconds, 1)} s of samples):`,
	);
	if (!profile.attributed)
		console.log(
			'  (the rendering code was not copied in time: nothing is attributed to components)',
		);
	const inComponents = profile.components.reduce((sum, c) => sum + c.seconds, 0);
	const ours = profile.components
		.filter((c) => c.file.startsWith('src/'))
		.reduce((sum, c) => sum + c.seconds, 0);
	console.log(
		`  ${s(inComponents)} ${share(inComponents, profile.seconds)}  in a component: the handbook's own ${fmt(ours, 2)} s, Starlight's and Astro's ${fmt(inComponents - ours, 2)} s`,
	);
	for (const c of profile.components.slice(0, 15))
		console.log(
			`  ${fmt(c.seconds * 1000, 0).padStart(5)} ms ${share(c.seconds, profile.seconds)}  ${c.file}`,
		);
	console.log('\nthe rest of its CPU, by package or by what V8 names it:');
	for (const o of profile.other.slice(0, 12))
		console.log(`  ${s(o.seconds)} ${share(o.seconds, profile.seconds)}  ${o.name}`);
}

/**
 * `import` of many Word documents, as a command (start-up included): copies of the
 * pandoc-made fixtures, each under a title of its own, imported into a small handbook at
 * 250, 500 and 1,000 documents. Linear means the time per document stays the same.
 */
function benchImport(): void {
	const fixtures = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'import', 'word');
	const originals = readdirSync(fixtures)
		.filter((name) => name.endsWith('.docx'))
		.map((name) => unzipSync(readFileSync(join(fixtures, name))));
	const titles = ['Weekly bill run for Harbor Dental', 'Vendor set-up', 'Month-end close'];
	const cli = resolve(import.meta.dirname, 'handbook.ts');
	const sizes = [250, 500, 1_000];
	const figures = new Map<number, number>();
	console.log(
		'import of Word documents (copies of the pandoc-made fixtures, each with a title of its own), as a command, one run per size\n',
	);
	for (const size of sizes) {
		const dir = join(BENCH_DIR, `import-${size}`);
		rmSync(dir, { recursive: true, force: true });
		const sources = join(dir, 'sources');
		const root = join(dir, 'handbook');
		mkdirSync(sources, { recursive: true });
		for (const [path, text] of Object.entries(BASE_HANDBOOK)) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		for (let i = 0; i < size; i++) {
			const which = i % originals.length;
			const files = { ...originals[which]! };
			const xml = strFromU8(files['word/document.xml']!).replace(
				titles[which]!,
				`${titles[which]!} ${i + 1}`,
			);
			files['word/document.xml'] = strToU8(xml);
			writeFileSync(join(sources, `document-${i + 1}.docx`), zipSync(files));
		}
		const start = performance.now();
		execFileSync(
			process.execPath,
			[
				cli,
				'import',
				sources,
				'--root',
				root,
				'--today',
				TODAY,
				'--owner',
				'ana-silva',
				'--backup',
				'ben-ode',
				'--approver',
				'cara-wu',
				'--format',
				'json',
			],
			{
				stdio: ['ignore', 'ignore', 'inherit'],
				maxBuffer: 1 << 28,
			},
		);
		const seconds = (performance.now() - start) / 1000;
		figures.set(size, seconds);
		const written = readdirSync(join(root, 'src', 'content', 'sops', 'firm')).filter((name) =>
			name.endsWith('.mdx'),
		).length;
		console.log(
			`  ${String(size).padStart(5)} documents  ${fmt(seconds)} s  ${fmt((seconds / size) * 1000)} ms per document  (${written} SOPs written)`,
		);
	}
	const ratio = figures.get(1_000)! / 1_000 / (figures.get(250)! / 250);
	console.log(
		`\n  per-document time at 1,000 vs 250: ${fmt(ratio)}× (1.00 is linear; start-up weighs more at 250)`,
	);
	console.log(
		`  Target: 1,000 Word documents in at most 60 s on ${availableParallelism()} cores: ${figures.get(1_000)! <= 60 ? 'met' : 'NOT met'}`,
	);
}

/** The code the check is compared with in `check-vs-base`: the commit before controls read the parsed page, the history and the declared references. */
const CHECK_BASE = process.env.BENCH_BASE ?? '51a4f61';

/** User and system CPU seconds, and wall seconds, of one command, as bash's `time` reports them for the command and its children. */
function cpuOf(command: string[]): { cpu: number; wall: number } {
	const out = execFileSync(
		'bash',
		['-c', 'TIMEFORMAT="%3U %3S %3R"; { time "$@" >/dev/null 2>&1; } 2>&1', 'bench', ...command],
		{ encoding: 'utf8' },
	);
	const [user, system, wall] = out.trim().split(/\s+/).slice(-3).map(Number);
	return { cpu: user! + system!, wall: wall! };
}

/**
 * The whole check as a command over 10,000 SOPs, this code against the code of CHECK_BASE
 * (set BENCH_BASE to compare with another commit), run in turn so that both meet the same
 * load: what this round's controls cost. The base is checked out beside the project for the
 * run and removed after it.
 */
function benchCheckVsBase(): void {
	const root = join(BENCH_DIR, 'handbook-10000');
	generateHandbook({ sops: 10_000, out: root, today: TODAY });
	const project = resolve(import.meta.dirname, '..');
	const tree = join(BENCH_DIR, 'base-code');
	const git = (...args: string[]) =>
		execFileSync('git', ['-C', project, ...args], {
			stdio: ['ignore', 'pipe', 'pipe'],
			encoding: 'utf8',
		});
	try {
		git('cat-file', '-e', `${CHECK_BASE}^{commit}`);
	} catch {
		console.error(
			`bench: commit ${CHECK_BASE} is not in this clone (a shallow clone?); fetch the history or set BENCH_BASE.`,
		);
		process.exitCode = 1;
		return;
	}
	if (existsSync(tree)) git('worktree', 'remove', '--force', tree);
	git('worktree', 'add', '--detach', tree, CHECK_BASE);
	try {
		symlinkSync(join(project, 'node_modules'), join(tree, 'node_modules'));
		const args = ['check', '--root', root, '--today', TODAY, '--format', 'json'];
		const command = (code: string) => [
			process.execPath,
			join(code, 'scripts', 'handbook.ts'),
			...args,
		];
		// One run of each first: the compile cache fills, the files are in the page cache.
		cpuOf(command(tree));
		cpuOf(command(project));
		const pairs = 8;
		const base: Array<{ cpu: number; wall: number }> = [];
		const now: Array<{ cpu: number; wall: number }> = [];
		for (let i = 0; i < pairs; i++) {
			// Alternate which goes first, so neither always runs after the other.
			const order = i % 2 === 0 ? [tree, project] : [project, tree];
			for (const code of order) (code === tree ? base : now).push(cpuOf(command(code)));
		}
		const cpu = median(now.map((r) => r.cpu)) / median(base.map((r) => r.cpu));
		const wall = median(now.map((r) => r.wall)) / median(base.map((r) => r.wall));
		const perPair = now.map((r, i) => fmt(r.cpu / base[i]!.cpu)).join(', ');
		console.log(
			`check as a command over 10,000 SOPs, this code against ${CHECK_BASE}, ${pairs} pairs run in turn, ${availableParallelism()} cores, Node ${process.version}\n`,
		);
		console.log(
			`  base: CPU ${fmt(median(base.map((r) => r.cpu)))} s, wall ${fmt(median(base.map((r) => r.wall)))} s (medians)`,
		);
		console.log(
			`  this: CPU ${fmt(median(now.map((r) => r.cpu)))} s, wall ${fmt(median(now.map((r) => r.wall)))} s (medians)`,
		);
		console.log(`  CPU ratio per pair: ${perPair}`);
		console.log(
			`\nTarget: no slowdown beyond 10%: CPU ${fmt(cpu)}×, wall ${fmt(wall)}× the base ${cpu <= 1.1 ? 'met' : 'NOT met'} (judged on CPU, which the machine's other work disturbs less)`,
		);
	} finally {
		git('worktree', 'remove', '--force', tree);
	}
}

const BENCHES: Record<string, () => void | Promise<void>> = {
	check: benchCheck,
	'check-vs-base': benchCheckVsBase,
	changed: benchChanged,
	'page-weight': benchPageWeight,
	suggestions: benchSuggestions,
	sensitive: benchSensitive,
	build: benchBuild,
	'build-memory': benchBuildMemory,
	'build-profile': benchBuildProfile,
	search: benchSearch,
	import: benchImport,
};
const names = process.argv.slice(2);
for (const name of names.length > 0 ? names : Object.keys(BENCHES)) {
	const bench = BENCHES[name];
	if (!bench) {
		console.error(
			`bench: unknown benchmark "${name}"; choose from ${Object.keys(BENCHES).join(', ')}.`,
		);
		process.exit(2);
	}
	await bench();
}
