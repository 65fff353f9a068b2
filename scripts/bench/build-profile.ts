/**
 * `npm run bench -- build-profile`: where the site's build spends its time, from one build
 * profiled (`src/bench/build-profile.ts` reads the profile).
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import {
	buildPhases,
	pagesByKind,
	pagesInAll,
	summariseProfile,
} from '../../src/bench/build-profile.ts';
import { fmt, generatedHandbook, PROJECT } from './harness.ts';
import { measureSiteBuild } from './site-build.ts';

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
export async function benchBuildProfile(): Promise<void> {
	const sops = Number(process.env.BENCH_PROFILE_SOPS ?? 1_000);
	const { root } = generatedHandbook(`build-${sops}`, sops);
	const profiles = join(root, 'profile');
	const chunks = join(root, 'profile-chunks');
	rmSync(profiles, { recursive: true, force: true });
	rmSync(chunks, { recursive: true, force: true });
	// Astro renders the pages with code it writes in a `.prerender` folder (in the output
	// folder or in its cache) and deletes at the end: copied while it is there.
	const outDir = join(root, 'dist-profile');
	const copied = new Map<string, string>();
	const copier = setInterval(() => {
		for (const prerender of [join(outDir, '.prerender'), join(PROJECT, '.astro', '.prerender')]) {
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
	const profile = summariseProfile(largest!, chunks, PROJECT);
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
