import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	ASTRO_PHASES,
	buildPhases,
	pagesByKind,
	summariseProfile,
} from '../src/bench/build-profile.ts';

/** Lines as a site build prints them, with when each arrived. */
const LOG = [
	[1.5, '02:12:56 [handbook-gate] Checking the handbook in handbook as of 2026-11-22.'],
	[2.0, '02:12:58 [content] Synced content'],
	[2.5, '02:12:58 [types] Generated 1.11s'],
	[7.5, '02:13:03 [build] Rearranging server assets...'],
	[7.6, '02:13:03   ├─ /404.html (+33ms) '],
	[7.7, '02:13:03   ├─ /sops/sop-1/index.html (+6ms) '],
	[7.8, '02:13:03   ├─ /sops/sop-2/index.html (+4ms) '],
	[7.9, '02:13:03   └─ /clients/client-1/index.html (+5ms) '],
	[13.5, '02:13:09 [build] ✓ Completed in 11.52s.'],
	[14.0, '02:13:10 [handbook-publish-scan] No sensitive values in the built pages.'],
	[14.1, '02:13:10 [build] Complete!'],
	[15.3, '[search-index] 1227 pages indexed in 1.20 s.'],
	[15.5, '[search-index] No sensitive values in the search index.'],
].map(([at, text]) => ({ at: at as number, text: text as string }));

describe('the build profile bench', () => {
	it('times each phase from the line that ends it', () => {
		const phases = buildPhases(LOG, 15.6);
		expect(
			phases.map((p) => [
				p.label,
				p.seconds === undefined ? undefined : Math.round(p.seconds * 10) / 10,
			]),
		).toEqual([
			['start-up and the handbook check', 1.5],
			['content sync and types', 1],
			['bundler: every page and MDX file compiled, content policy included', 5],
			['rendering the pages', 6],
			['scan of the built pages', 0.5],
			["Astro's end of build", 0.1],
			['search index (Pagefind)', 1.2],
			['scan of the search index', 0.2],
			['the rest (process exit)', 0.1],
		]);
	});

	it('says when a phase never ended, and times the next from the last one seen', () => {
		const withoutScan = LOG.filter((line) => !line.text.includes('handbook-publish-scan'));
		const phases = buildPhases(withoutScan, 15.6);
		expect(phases.find((p) => p.label === 'scan of the built pages')?.seconds).toBeUndefined();
		expect(phases.find((p) => p.label === "Astro's end of build")?.seconds).toBeCloseTo(0.6);
	});

	it('times a bare Astro build in the phases every Astro build logs, build info not mistaken for rendering', () => {
		const bare = [
			[0.8, '[content] Syncing content'],
			[1.0, '[build] Collecting build info...'],
			[1.1, '[build] ✓ Completed in 0.10s.'],
			[1.2, '[build] Building static entrypoints...'],
			[5.2, '[build] Rearranging server assets...'],
			[9.2, '[build] ✓ Completed in 8.00s.'],
			[9.5, '[build] Complete!'],
		].map(([at, text]) => ({ at: at as number, text: text as string }));
		expect(
			buildPhases(bare, 10, ASTRO_PHASES).map((p) => Math.round((p.seconds ?? -1) * 10) / 10),
		).toEqual([0.8, 0.4, 4, 4, 0.8]);
	});

	it("sums Astro's time for each page by the page's first folder", () => {
		expect(pagesByKind(LOG)).toEqual([
			{ kind: '(top level)', pages: 1, ms: 33 },
			{ kind: 'sops', pages: 2, ms: 10 },
			{ kind: 'clients', pages: 1, ms: 5 },
		]);
	});

	const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('charges a sample to the innermost component on its stack, and the rest by package', () => {
		const project = '/project';
		const chunks = join(dir, 'chunks');
		mkdirSync(join(chunks, 'chunks'), { recursive: true });
		// Lines 0 to 3: a component; lines 4 to 7: another, whose code the first calls.
		writeFileSync(
			join(chunks, 'chunks', 'page.mjs'),
			[
				'const $$Page = createComponent(($$result) => {',
				'  return render`${panel()}`;',
				'  // ...',
				'}, "/project/src/pages/page.astro", void 0);',
				'const $$Panel = createComponent(($$result) => {',
				'  return render`<p>`;',
				'  // ...',
				'}, "/project/node_modules/@astrojs/starlight/dist/components/Panel.astro", void 0);',
				'function renderer() {}',
			].join('\n'),
		);
		const url = 'file:///out/.prerender/chunks/page.mjs';
		const frame = (
			id: number,
			functionName: string,
			url: string,
			lineNumber: number,
			children: number[] = [],
		) => ({ id, callFrame: { functionName, url, lineNumber }, children });
		const profile = {
			nodes: [
				frame(1, '(root)', '', -1, [2, 5, 6, 7]),
				frame(2, '', url, 0, [3]),
				frame(3, '', url, 4, [4]),
				frame(4, 'escape', 'file:///project/node_modules/astro/dist/runtime.js', 10),
				frame(5, 'renderer', url, 8),
				frame(6, '(garbage collector)', '', -1),
				frame(7, 'parse', 'file:///project/node_modules/satteri/dist/compile.js', 1),
			],
			samples: [2, 4, 4, 5, 6, 7],
			timeDeltas: [1000, 2000, 2000, 3000, 4000, 5000],
		};
		writeFileSync(join(dir, 'cpu.cpuprofile'), JSON.stringify(profile));
		const summary = summariseProfile(join(dir, 'cpu.cpuprofile'), chunks, project);
		expect(summary.attributed).toBe(true);
		expect(summary.seconds).toBeCloseTo(0.017);
		expect(summary.components).toEqual([
			{ file: '@astrojs/starlight/dist/components/Panel.astro', seconds: 0.004 },
			{ file: 'src/pages/page.astro', seconds: 0.001 },
		]);
		expect(summary.other).toEqual([
			{ name: 'satteri', seconds: 0.005 },
			{ name: '(garbage collector)', seconds: 0.004 },
			{ name: "Astro's renderer and the pages' code", seconds: 0.003 },
		]);
	});

	it('attributes nothing to components when the rendering code was not copied', () => {
		const summary = summariseProfile(join(dir, 'cpu.cpuprofile'), join(dir, 'missing'), '/project');
		expect(summary.attributed).toBe(false);
		expect(summary.components).toEqual([]);
	});
});
