import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LAYERS, withLayerPicture } from '../src/layers.ts';

const ROOT = join(import.meta.dirname, '..');

/** The layers, top first, as places only: a file may import only from its own folder or a lower layer. */
const PLACES: readonly (readonly string[])[] = LAYERS.map((layer) => layer.places);

function placeOf(path: string): { place: string; layer: number } | undefined {
	for (const [layer, places] of PLACES.entries()) {
		for (const place of places)
			if (path === place || path.startsWith(`${place}/`)) return { place, layer };
	}
	return undefined;
}

function sources(dir: string): string[] {
	return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(ts|mts|mjs|astro)$/.test(name))
		.map((name) => `${dir}/${name}`);
}

/**
 * The code of a file: a `.astro` file's frontmatter and scripts, anything else whole.
 * (The markup between holds no imports.)
 */
function codeOf(file: string, text: string): string[] {
	if (!file.endsWith('.astro')) return [text];
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
	return [
		frontmatter,
		...[...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!),
	];
}

/**
 * Relative imports in code, as TypeScript reads them: static imports and exports on one
 * line or many, `import()`, and side-effect imports; not paths in strings or comments.
 */
export function relativeImports(file: string, text: string): string[] {
	return codeOf(file, text).flatMap((code) =>
		ts
			.preProcessFile(code, true, true)
			.importedFiles.map((f) => f.fileName)
			.filter((name) => name.startsWith('./') || name.startsWith('../')),
	);
}

describe('the folders show the architecture', () => {
	it('every import points down the layers, never up or sideways', () => {
		const files = [...sources('src'), ...sources('scripts'), 'astro.config.mjs'];
		const wrong: string[] = [];
		let seen = 0;
		for (const file of files) {
			const from = placeOf(file);
			expect(
				from,
				`${file} belongs to no layer of the picture in docs/architecture.md`,
			).toBeDefined();
			for (const path of relativeImports(file, readFileSync(join(ROOT, file), 'utf8'))) {
				const target = relative(ROOT, resolve(ROOT, dirname(file), path))
					.split('\\')
					.join('/');
				const to = placeOf(target);
				seen += 1;
				if (!to || to.place === from!.place) continue;
				if (to.layer <= from!.layer)
					wrong.push(`${file} imports ${target} (layer ${from!.layer + 1} to ${to.layer + 1})`);
			}
		}
		expect(seen).toBeGreaterThan(200);
		expect(wrong).toEqual([]);
	});
});

describe('the import reader the layers test uses', () => {
	it('sees imports over several lines, import() and side-effect imports, and not paths in comments or strings', () => {
		const code = [
			"import {\n\ta,\n\tb,\n} from '../model/a.ts';",
			"const lazy = await import('../cli/b.ts');",
			"import './c.css';",
			"export * from '../text/d.ts';",
			"// import x from '../nowhere/e.ts'",
			'const s = "from \'../nowhere/f.ts\'";',
		].join('\n');
		expect(relativeImports('src/x.ts', code)).toEqual([
			'../model/a.ts',
			'../cli/b.ts',
			'./c.css',
			'../text/d.ts',
		]);
		expect(
			relativeImports(
				'src/x.astro',
				`---\nimport A from './A.astro';\n---\n<p>import B from './B.astro'</p>\n<script>\n\timport { c } from '../c.ts';\n</script>`,
			),
		).toEqual(['./A.astro', '../c.ts']);
	});
});

describe('the picture of the layers', () => {
	it('in docs/architecture.md is drawn from the list this test enforces (run npm run docs:architecture after changing src/layers.ts)', () => {
		const doc = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');
		expect(doc).toBe(withLayerPicture(doc));
		for (const layer of LAYERS)
			for (const place of layer.places)
				expect(doc).toContain(place.includes('.') ? place : `${place}/`);
	});
});
