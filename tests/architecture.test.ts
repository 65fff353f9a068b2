import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** The layers of the README's picture, top first: a file may import only from its own folder or a lower layer. */
const LAYERS: readonly (readonly string[])[] = [
	['scripts', 'astro.config.mjs', 'src/content.config.ts', 'src/pages'],
	['src/cli', 'src/integrations', 'src/components'],
	['src/check.ts', 'src/approvals', 'src/formats', 'src/site'],
	['src/rules'],
	['src/import'],
	['src/engine', 'src/reports', 'src/editing', 'src/git'],
	['src/coverage'],
	['src/dates'],
	['src/model'],
	['src/content-policy', 'src/schemas', 'src/sensitive', 'src/text'],
	['src/errors.ts', 'src/paths.ts'],
];

function placeOf(path: string): { place: string; layer: number } | undefined {
	for (const [layer, places] of LAYERS.entries()) {
		for (const place of places) if (path === place || path.startsWith(`${place}/`)) return { place, layer };
	}
	return undefined;
}

function sources(dir: string): string[] {
	return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(ts|mts|mjs|astro)$/.test(name))
		.map((name) => `${dir}/${name}`);
}

/** Relative imports in code, not in strings or comments that merely mention a path. */
const IMPORT = /^\s*(?:import|export)\s[^'"\n]*?from\s+'(\.{1,2}\/[^']+)'|^\s*import\s+'(\.{1,2}\/[^']+)'/gm;

describe('the folders show the architecture', () => {
	it('every import points down the layers, never up or sideways', () => {
		const files = [...sources('src'), ...sources('scripts'), 'astro.config.mjs'];
		const wrong: string[] = [];
		let seen = 0;
		for (const file of files) {
			const from = placeOf(file);
			expect(from, `${file} belongs to no layer of the README's picture`).toBeDefined();
			for (const match of readFileSync(join(ROOT, file), 'utf8').matchAll(IMPORT)) {
				const target = relative(ROOT, resolve(ROOT, dirname(file), match[1] ?? match[2]!))
					.split('\\')
					.join('/');
				const to = placeOf(target);
				seen += 1;
				if (!to || to.place === from!.place) continue;
				if (to.layer <= from!.layer) wrong.push(`${file} imports ${target} (layer ${from!.layer + 1} to ${to.layer + 1})`);
			}
		}
		expect(seen).toBeGreaterThan(200);
		expect(wrong).toEqual([]);
	});
});
