/**
 * `npm run bench -- build`: the site against what it is built on, bare Astro + MDX and bare
 * Starlight over the same generated SOPs, with each build's phases.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import {
	ASTRO_PHASES,
	buildPhases,
	pagesByKind,
	pagesInAll,
} from '../../src/bench/build-profile.ts';
import { fmt, generatedHandbook, met } from './harness.ts';
import { ASTRO, type BuildFigures, measureBuild, measureSiteBuild } from './site-build.ts';

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

/**
 * The site against what it is built on: the same generated handbook built by this site, by
 * bare Astro + MDX over the same SOP files, and by bare Starlight over them, one after the
 * other in one run. `npm run bench -- build` (1,000 and 4,000 SOPs; BENCH_BUILD_SIZES=1000 for one).
 */
export async function benchBuild(): Promise<void> {
	const sizes = (process.env.BENCH_BUILD_SIZES ?? '1000,4000').split(',').map(Number);
	console.log(
		`site build vs bare Astro and bare Starlight, one build each, ${availableParallelism()} cores, Node ${process.version}\n`,
	);
	for (const sops of sizes) {
		const { root } = generatedHandbook(`build-${sops}`, sops);
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
			`  target: time at most ${timeTarget.limit}× ${timeTarget.name}: ${fmt(timeRatio)}× ${met(timeRatio <= timeTarget.limit)}`,
		);
		console.log(
			`  target: peak memory at most 1.2× bare Astro: ${fmt(memRatio)}× ${met(memRatio <= 1.2)}\n`,
		);
	}
}
