/**
 * Where a build's time goes, for `npm run bench -- build-profile` (and the phases of
 * `npm run bench -- build`): its phases from the times its log lines arrived, its pages by
 * kind from Astro's per-page times, and its CPU by page component from a V8 CPU profile of
 * Astro's process.
 *
 * Components are found in the code Astro renders the pages with (a `.prerender` folder),
 * which Astro deletes at the end of the build, so the bench copies it while the build
 * runs. A sample is charged to the innermost component on its stack; Astro renders
 * asynchronously, so most of the rendering itself shows with no component on the stack,
 * and is counted by package instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A line of the build's output and when it arrived, in seconds from the start. */
export interface LogLine {
	at: number;
	text: string;
}

/** A phase of a build: it ends at the first line, after the last phase's end, that matches `end`. */
export interface Phase {
	label: string;
	end: RegExp;
}

/** The site's build, in order, as `npm run build` logs it. */
export const SITE_PHASES: readonly Phase[] = [
	{ label: 'start-up and the handbook check', end: /\[handbook-gate\] Checking the handbook/ },
	{ label: 'content sync and types', end: /\[types\] Generated/ },
	{
		label: 'bundler: every page and MDX file compiled, content policy included',
		end: /\[build\] Rearranging server assets/,
	},
	{ label: 'rendering the pages', end: /\[build\] ✓ Completed in/ },
	{ label: 'scan of the built pages', end: /\[handbook-publish-scan\]/ },
	{ label: "Astro's end of build", end: /\[build\] Complete!/ },
	{ label: 'search index (Pagefind)', end: /\[search-index\] \d+ pages indexed/ },
	{ label: 'scan of the search index', end: /\[search-index\] No sensitive values/ },
];

/**
 * Any Astro build, bare or not, in the phases every Astro build logs: what a build does
 * beyond them (the site's check, a search index) falls in the phase it happens in.
 */
export const ASTRO_PHASES: readonly Phase[] = [
	{
		label: 'start-up, config and its integrations (the handbook check)',
		end: /\[content\] Syncing content/,
	},
	{ label: 'content sync, types, build info', end: /\[build\] Building static entrypoints/ },
	{
		label: 'bundler (every page and MDX file compiled)',
		end: /\[build\] Rearranging server assets/,
	},
	{ label: 'rendering the pages', end: /\[build\] ✓ Completed in/ },
];

/** How long each of `phases` took, from when the lines of the build's log arrived; the last is the rest, to `total`. */
export function buildPhases(
	lines: readonly LogLine[],
	total: number,
	phases: readonly Phase[] = SITE_PHASES,
): { label: string; seconds: number | undefined }[] {
	const timed: { label: string; seconds: number | undefined }[] = [];
	let from = 0;
	let index = 0;
	for (const { label, end } of phases) {
		const found = lines.findIndex((line, i) => i >= index && end.test(line.text));
		if (found === -1) {
			timed.push({ label, seconds: undefined });
			continue;
		}
		timed.push({ label, seconds: lines[found]!.at - from });
		from = lines[found]!.at;
		index = found + 1;
	}
	timed.push({
		label:
			phases === SITE_PHASES
				? 'the rest (process exit)'
				: 'the rest: end of build, search index, scans',
		seconds: total - from,
	});
	return timed;
}

/** Astro's time for every page it rendered, and how many pages. */
export function pagesInAll(kinds: readonly { pages: number; ms: number }[]): {
	pages: number;
	ms: number;
} {
	return kinds.reduce((all, k) => ({ pages: all.pages + k.pages, ms: all.ms + k.ms }), {
		pages: 0,
		ms: 0,
	});
}

/** Astro's time per page (its `(+12ms)` after each route), summed by the route's first folder. */
export function pagesByKind(
	lines: readonly LogLine[],
): { kind: string; pages: number; ms: number }[] {
	const kinds = new Map<string, { pages: number; ms: number }>();
	for (const { text } of lines) {
		const page = /[├└]─ \/(?:([^/\s]+)\/)?\S* \(\+(\d+)ms\)/.exec(text);
		if (!page) continue;
		const kind = page[1] ?? '(top level)';
		const entry = kinds.get(kind) ?? { pages: 0, ms: 0 };
		entry.pages += 1;
		entry.ms += Number(page[2]);
		kinds.set(kind, entry);
	}
	return [...kinds].map(([kind, e]) => ({ kind, ...e })).sort((a, b) => b.ms - a.ms);
}

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

interface ComponentRange {
	file: string;
	start: number;
	end: number;
}

/** The components compiled into one chunk: the lines of each `createComponent(...)` call and its source file. */
function componentsIn(chunk: string, projectRoot: string): ComponentRange[] {
	const lines = chunk.split('\n');
	const ranges: ComponentRange[] = [];
	let start = -1;
	for (let i = 0; i < lines.length; i++) {
		if (/\$\$\w+ = createComponent\(/.test(lines[i]!)) start = i;
		const end = start === -1 ? null : /^\}, "([^"]+\.astro)", /.exec(lines[i]!);
		if (end) {
			ranges.push({
				file: end[1]!.replace(/.*\/node_modules\//, '').replace(`${projectRoot}/`, ''),
				start,
				end: i,
			});
			start = -1;
		}
	}
	return ranges;
}

export interface ProfileSummary {
	seconds: number;
	/** CPU with a component on the stack, by the component's file. */
	components: { file: string; seconds: number }[];
	/** The rest, by package or by what V8 names it (garbage collector, idle). */
	other: { name: string; seconds: number }[];
	/** False when the rendering code could not be copied: every sample is then in `other`. */
	attributed: boolean;
}

/** What the profile at `profilePath` spent, with the rendering code copied to `chunks`. */
export function summariseProfile(
	profilePath: string,
	chunks: string,
	projectRoot: string,
): ProfileSummary {
	const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile;
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const marker = '/.prerender/';
	const rangesByUrl = new Map<string, ComponentRange[]>();
	const rangesOf = (url: string) => {
		let ranges = rangesByUrl.get(url);
		if (!ranges) {
			const copy = join(chunks, url.slice(url.indexOf(marker) + marker.length));
			ranges = existsSync(copy) ? componentsIn(readFileSync(copy, 'utf8'), projectRoot) : [];
			rangesByUrl.set(url, ranges);
		}
		return ranges;
	};
	const components = new Map<string, number>();
	const other = new Map<string, number>();
	let total = 0;
	for (let i = 0; i < profile.samples.length; i++) {
		const delta = profile.timeDeltas[i] ?? 0;
		total += delta;
		let component: string | undefined;
		for (
			let id: number | undefined = profile.samples[i];
			id !== undefined && !component;
			id = parent.get(id)
		) {
			const { url, lineNumber } = byId.get(id)!.callFrame;
			if (url.includes(marker))
				component = rangesOf(url).find((r) => lineNumber >= r.start && lineNumber <= r.end)?.file;
		}
		if (component) {
			components.set(component, (components.get(component) ?? 0) + delta);
			continue;
		}
		const { url, functionName } = byId.get(profile.samples[i]!)!.callFrame;
		const name = !url
			? functionName.startsWith('(')
				? functionName
				: '(Node: loading modules, files)'
			: url.includes(marker)
				? "Astro's renderer and the pages' code"
				: (/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
					(url.startsWith('node:')
						? '(Node: loading modules, files)'
						: url
								.replace(/^file:\/\//, '')
								.replace(`${projectRoot}/`, '')
								.split('/')
								.slice(0, 2)
								.join('/')));
		other.set(name, (other.get(name) ?? 0) + delta);
	}
	const sorted = (m: Map<string, number>) =>
		[...m].sort((a, b) => b[1] - a[1]).map(([key, us]) => [key, us / 1e6] as const);
	return {
		seconds: total / 1e6,
		components: sorted(components).map(([file, seconds]) => ({ file, seconds })),
		other: sorted(other).map(([name, seconds]) => ({ name, seconds })),
		attributed: rangesByUrl.size > 0 && [...rangesByUrl.values()].some((r) => r.length > 0),
	};
}
