import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBody } from '../../src/content-policy/pipeline.ts';
import { COMPONENTS_DIR, findPolicyViolations } from '../../src/content-policy/policy.ts';
import type { Diagnostic } from '../../src/model/diagnostic.ts';
import { buildSite } from '../support/build-site.ts';
import { runCli } from '../support/cli.ts';
import { BASE, SOP, TODAY, writeHandbook, type Tree } from '../support/handbook.ts';

/**
 * Attacks found in review of the content policy, each written as a hostile contributor
 * would plant it. As in content-attacks.test.ts, each asks: does the check refuse it on
 * the right line, does the build refuse it without the check in front, and did nothing run.
 */

/** Relative to the project: Astro joins `--config` to its root. */
const PIPELINE_ONLY = 'tests/support/pipeline-only.config.mjs';

const outside: string[] = [];
afterAll(() => {
	for (const dir of outside.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes the attack into a fresh handbook; the tree gets the handbook root and a file the payload would create. */
function plant(tree: (pwned: string, root: string) => Tree) {
	const root = writeHandbook();
	const pwned = join(root, 'pwned.txt');
	for (const [path, text] of Object.entries(tree(pwned, root))) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		if (text !== null) writeFileSync(join(root, path), text);
	}
	return { root, pwned };
}

function checkJson(root: string): { code: number | null; diagnostics: Diagnostic[] } {
	const result = runCli(['check', '--root', root, '--today', TODAY, '--format', 'json']);
	return {
		code: result.code,
		diagnostics: (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics,
	};
}

/** `file:line rule` for each error, the way an author finds it. */
function errorsOf(diagnostics: Diagnostic[]): string[] {
	return diagnostics
		.filter((d) => d.severity === 'error')
		.map((d) => `${d.file}:${d.line} ${d.rule}`);
}

/** Builds without the check in front: only the build's own pipeline and schemas stand in the way. */
function buildWithoutCheck(root: string) {
	return buildSite(join(root, 'dist'), { HANDBOOK_ROOT: root, HANDBOOK_TODAY: TODAY }, [
		'--config',
		PIPELINE_ONLY,
	]);
}

function expectRefusedWithoutSideEffects(root: string, pwned: string, reason: RegExp) {
	const built = buildWithoutCheck(root);
	expect(existsSync(pwned), 'the payload ran during the build').toBe(false);
	expect(built.code, built.output).not.toBe(0);
	expect(built.output).toMatch(reason);
	expect(existsSync(join(root, 'dist', 'index.html'))).toBe(false);
}

const SOP_LINES = BASE[SOP]!.split('\n').length;
const SOP_DIR = dirname(SOP);

describe('code in a page never runs at build time', () => {
	it('refuses an import whose path, spelled with JavaScript escapes, leaves src/components/ once the escapes are read', () => {
		// Read as written, the path ends in src/components/x\u002f…\u003f.astro: a component.
		// Read as JavaScript, it is src/components/x/../../…/src/content/sops/evil.mjs?.astro.
		const { root, pwned } = plant((p, r) => {
			const components = relative(join(r, SOP_DIR), COMPONENTS_DIR);
			const back = relative(join(COMPONENTS_DIR, 'x'), join(r, 'src/content/sops/evil.mjs'));
			const specifier = `${components}/x${`/${back}`.replaceAll('/', '\\u002f')}\\u003f.astro`;
			return {
				[SOP]: `${BASE[SOP]!}\nimport Panel from '${specifier}'\n`,
				'src/content/sops/evil.mjs': `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(p)}, 'x');\nexport default function Panel() { return ''; }\n`,
			};
		});
		const { code, diagnostics } = checkJson(root);
		expect(errorsOf(diagnostics)).toEqual([`${SOP}:${SOP_LINES + 1} mdx/unsafe`]);
		expect(code).toBe(1);
		expect(existsSync(pwned)).toBe(false);
		expectRefusedWithoutSideEffects(root, pwned, /content policy[\s\S]*imports/);
	}, 120_000);

	it('refuses an MDX image that is not an image file: the build would import it as a module and run it', () => {
		const { root, pwned } = plant((p) => ({
			[SOP]: `${BASE[SOP]!}\n![diagram](./diagram.mjs)\n\n![chart](./diagram.mjs?.png)\n`,
			[`${SOP_DIR}/diagram.mjs`]: `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(p)}, 'x');\nexport default { src: '/x.png', width: 1, height: 1, format: 'png' };\n`,
		}));
		const { code, diagnostics } = checkJson(root);
		expect(errorsOf(diagnostics)).toEqual([
			`${SOP}:${SOP_LINES + 1} mdx/unsafe`,
			`${SOP}:${SOP_LINES + 3} mdx/unsafe`,
		]);
		expect(code).toBe(1);
		expectRefusedWithoutSideEffects(root, pwned, /content policy[\s\S]*image/);
	}, 120_000);
});

describe('no script reaches a reader', () => {
	it('refuses raw HTML in Markdown that leaves a tag or a comment open for the blocks after it to finish', () => {
		const guide = 'src/content/docs/guide.md';
		const notes = 'src/content/docs/notes.md';
		const { root, pwned } = plant(() => ({
			// Alone, each piece is harmless. In the page, the quote of the next heading's id closes
			// the title, and `-->` in a title ends the comment, so the handler and the image are live.
			[guide]:
				'---\ntitle: Guide\n---\n\n## Intro\n\n<details open ontoggle="alert(1)" title="\n\n## Steps\n\nDo the thing.\n',
			[notes]:
				'---\ntitle: Notes\n---\n\n<div><!--\n\n<span title="--><img src=x onerror=alert(2)>">x</span>\n',
		}));
		const { code, diagnostics } = checkJson(root);
		expect(errorsOf(diagnostics)).toEqual([`${guide}:7 mdx/unsafe`, `${notes}:5 mdx/unsafe`]);
		expect(code).toBe(1);
		// Markdown pages are rendered while the content is loaded; a refusal there must stop the build too.
		expectRefusedWithoutSideEffects(root, pwned, /content policy[\s\S]*(guide|notes)\.md/);
	}, 120_000);

	it("refuses markup in a component's props: SearchFilters would put it in a search filter label, which search shows as HTML", () => {
		const { root, pwned } = plant((_, r) => ({
			[SOP]: `${BASE[SOP]!}\nimport SearchFilters from '${relative(join(r, SOP_DIR), COMPONENTS_DIR)}/SearchFilters.astro'\n\n<SearchFilters kind="<img src=x onerror=alert(1)>" />\n`,
		}));
		const { code, diagnostics } = checkJson(root);
		// Refused where it is imported (not a component written for pages) and where it is used.
		expect(errorsOf(diagnostics)).toEqual([
			`${SOP}:${SOP_LINES + 1} mdx/unsafe`,
			`${SOP}:${SOP_LINES + 3} mdx/unsafe`,
		]);
		expect(code).toBe(1);
		expectRefusedWithoutSideEffects(root, pwned, /content policy[\s\S]*SearchFilters/);
	}, 120_000);

	it('refuses an SVG image, which the build publishes as written, script and all, at an address of the site', () => {
		const { root, pwned } = plant(() => ({
			[SOP]: `${BASE[SOP]!}\n![chart](./chart.svg)\n`,
			[`${SOP_DIR}/chart.svg`]:
				'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>\n',
		}));
		const { code, diagnostics } = checkJson(root);
		expect(errorsOf(diagnostics)).toEqual([`${SOP}:${SOP_LINES + 1} mdx/unsafe`]);
		expect(code).toBe(1);
		expectRefusedWithoutSideEffects(root, pwned, /content policy[\s\S]*chart\.svg/);
	}, 120_000);
});

describe('nothing is published that should not be', () => {
	it('refuses an image path that reads as an address to the check but as a path to the build (a space in the "scheme")', () => {
		const away = mkdtempSync(join(tmpdir(), 'handbook-outside-'));
		outside.push(away);
		// A real 1x1 PNG outside the handbook.
		writeFileSync(
			join(away, 'secret.png'),
			Buffer.from(
				'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
				'base64',
			),
		);
		const { root, pwned } = plant((_, r) => ({
			// The build finds no address in "ht tp:…", takes it as a folder named "ht tp:.." and climbs out of it.
			[SOP]: `${BASE[SOP]!}\n![secret](<ht tp:../../${relative(join(r, SOP_DIR), join(away, 'secret.png'))}>)\n`,
		}));
		const { code, diagnostics } = checkJson(root);
		expect(errorsOf(diagnostics)).toEqual([`${SOP}:${SOP_LINES + 1} mdx/unsafe`]);
		expect(diagnostics[0]?.message).toMatch(
			/^shows the image "ht tp:\.\.\/.*", which lies outside the handbook\.$/,
		);
		expect(code).toBe(1);
		expectRefusedWithoutSideEffects(root, pwned, /outside the handbook/);
		expect(
			existsSync(join(root, 'dist'))
				? readdirSync(join(root, 'dist', '_astro')).filter((f) => f.startsWith('secret'))
				: [],
		).toEqual([]);
	}, 120_000);

	it('judges an image reference by the definition the build uses, the first of two with one label', () => {
		const body =
			'[pic]: ../../../../../../../../../outside.png\n[pic]: ./inside.png\n\n![pic][pic]\n';
		const violations = findPolicyViolations(parseBody(body, 'md'), {
			file: '/srv/handbook/src/content/docs/page.md',
			root: '/srv/handbook',
		});
		expect(violations.map((v) => `${v.line} ${v.message}`)).toEqual([
			'4 shows the image "../../../../../../../../../outside.png", which lies outside the handbook.',
		]);
	});
});

describe('what the check reads is what the build reads', () => {
	it('reads a Markdown body as the build does, which trims the space before its first line', () => {
		const guide = 'src/content/docs/guide.md';
		// Indented four spaces, the check would read code; the build trims the body and reads HTML.
		const { root } = plant(() => ({
			[guide]: '---\ntitle: Guide\n---\n    <img src=x onerror=alert(1)>\n\nText.\n',
		}));
		const { code, diagnostics } = checkJson(root);
		expect(errorsOf(diagnostics)).toEqual([`${guide}:4 mdx/unsafe`]);
		expect(code).toBe(1);
	});

	it('reads frontmatter YAML as the build does: an unquoted date in a text field is a date to the build', () => {
		const { root } = plant(() => ({
			[SOP]: BASE[SOP]!.replace(
				'principles: [verify-first]\n',
				'principles: [verify-first]\nsummary: 2026-10-01\n',
			),
		}));
		const { code, diagnostics } = checkJson(root);
		// An SOP that cannot be read leaves its client without one; the finding that matters is the field.
		expect(errorsOf(diagnostics)).toContain(`${SOP}:11 frontmatter/schema`);
		expect(diagnostics.find((d) => d.file === SOP)?.message).toBe(
			'summary should be text, not a date (2026-10-01).',
		);
		expect(code).toBe(1);
	});

	it('refuses braces in an attribute value, even around a comment, which the check parses and the build cannot compile', () => {
		const { root } = plant(() => ({ [SOP]: `${BASE[SOP]!}\n<b title={/* note */}>Bold</b>\n` }));
		const { code, diagnostics } = checkJson(root);
		expect(errorsOf(diagnostics)).toEqual([`${SOP}:${SOP_LINES + 1} mdx/unsafe`]);
		expect(code).toBe(1);
	});

	it("refuses a page nested ten thousand elements deep, which overflowed the check and crashes the build's MDX compiler", () => {
		const { root, pwned } = plant(() => ({
			[SOP]: `${BASE[SOP]!}\n${'<b>'.repeat(10_000)}deep${'</b>'.repeat(10_000)}\n`,
		}));
		const { code, diagnostics } = checkJson(root);
		expect(errorsOf(diagnostics)).toEqual([`${SOP}:${SOP_LINES + 1} mdx/too-deep`]);
		expect(diagnostics[0]?.message).toMatch(/nests more than 99 levels deep/);
		expect(code).toBe(1);
		expectRefusedWithoutSideEffects(root, pwned, /content policy[\s\S]*nests 10001 levels deep/);
	}, 120_000);

	it("refuses an aside's custom icon, which the check passed and the build stops on when it names no Starlight icon", () => {
		// Starlight turns `:::note` into an aside on the handbook's own docs pages, and throws on an unknown icon.
		const guide = 'src/content/docs/guide.mdx';
		const { root } = plant(() => ({
			[guide]: '---\ntitle: Guide\n---\n\n:::note{icon="nope"}\nHi\n:::\n',
		}));
		const { code, diagnostics } = checkJson(root);
		expect(errorsOf(diagnostics)).toEqual([`${guide}:5 mdx/unsafe`]);
		expect(code).toBe(1);
	});

	it('reports a YAML alias that stands for a hundred billion values in a few seconds, instead of writing it out', () => {
		// Each list holds the one before it ten times: small to write, endless to print.
		const aliases = `tags:\n  - &a0 [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 11 }, (_, i) => `  - &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]\n`).join('')}`;
		const { root } = plant(() => ({
			[SOP]: BASE[SOP]!.replace(
				'principles: [verify-first]\n',
				`principles: [verify-first]\n${aliases}`,
			),
		}));
		const result = spawnSync(
			process.execPath,
			[
				join(import.meta.dirname, '..', '..', 'scripts', 'handbook.ts'),
				'check',
				'--root',
				root,
				'--today',
				TODAY,
				'--format',
				'json',
			],
			{
				encoding: 'utf8',
				timeout: 30_000,
			},
		);
		expect(result.status, 'the check did not finish in 30 s').toBe(1);
		const diagnostics = (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
		expect(diagnostics.find((d) => d.rule === 'yaml/syntax')?.message).toBe(
			'the frontmatter is not valid YAML: its aliases (*name) expand to more than 100,000 values, which no handbook file needs.',
		);
	}, 60_000);

	it('refuses a component given props it cannot use, instead of the build stopping on a stack trace', () => {
		const { root } = plant((_, r) => ({
			[SOP]: `${BASE[SOP]!}\nimport PersonList from '${relative(join(r, SOP_DIR), COMPONENTS_DIR)}/PersonList.astro'\n\n<PersonList ids="ana-silva" />\n`,
		}));
		const { code, diagnostics } = checkJson(root);
		expect(errorsOf(diagnostics)).toEqual([
			`${SOP}:${SOP_LINES + 1} mdx/unsafe`,
			`${SOP}:${SOP_LINES + 3} mdx/unsafe`,
		]);
		expect(diagnostics[0]?.message).toMatch(
			/which is not one of the site's components written for pages \(StatusBadge\.astro in src\/components\/\)\.$/,
		);
		expect(code).toBe(1);
	});
});
