import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroEnv, PROJECT } from './support/build-site.ts';
import { TODAY, writeHandbook } from './support/handbook.ts';
import { missingPages, type KindOfPages } from './support/kind-pages.ts';

/*
 * "Adding a kind" in docs/architecture.md, walked through on a copy of the project with a
 * throwaway kind, `system` (the systems a firm works in, each with the person who grants
 * access). Each step touches the files the document names, and the test checks what the
 * document says follows: where the compiler points, what the check, `npm run schemas`, the
 * page test and the build then do without any other change.
 */

/** The parts of the project a kind touches or needs to compile, check and build (a benchmark serves pages with a test helper). */
const COPIED = [
	'src',
	'scripts',
	'tests/support',
	'json-schema',
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
];

const copy = mkdtempSync(join(tmpdir(), 'handbook-add-a-kind-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));
for (const part of COPIED) cpSync(join(PROJECT, part), join(copy, part), { recursive: true });
// Hard links, not a symbolic link: Astro's build loses its way in a linked node_modules.
spawnSync('cp', ['-al', join(PROJECT, 'node_modules'), join(copy, 'node_modules')]);
rmSync(join(copy, 'node_modules', '.cache'), { recursive: true, force: true });

function write(file: string, text: string): void {
	mkdirSync(dirname(join(copy, file)), { recursive: true });
	writeFileSync(join(copy, file), text);
}

/** Puts `add` after `after` in one of the copy's files, which must hold `after` once. */
function insert(file: string, after: string, add: string): void {
	const text = readFileSync(join(copy, file), 'utf8');
	if (text.split(after).length !== 2) throw new Error(`${file} no longer holds ${after} once`);
	writeFileSync(join(copy, file), text.replace(after, `${after}${add}`));
}

function run(command: string[], env: NodeJS.ProcessEnv = process.env) {
	const result = spawnSync(process.execPath, command, { cwd: copy, encoding: 'utf8', env });
	return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * The files the compiler reports errors in. Without a build, the types Astro generates for
 * `astro:content` (and `import.meta.env`) are missing: those lines say nothing of the kind.
 */
function filesTheCompilerNames(): string[] {
	const tsc = join(copy, 'node_modules', 'typescript', 'bin', 'tsc');
	const { output } = run([tsc, '--noEmit', '-p', '.']);
	const errors = output
		.split('\n')
		.filter((line) => /^\S+\(\d+,\d+\): error/.test(line))
		.filter((line) => !/astro:content|ImportMeta/.test(line));
	return [...new Set(errors.map((line) => line.slice(0, line.indexOf('('))))].sort();
}

/** The registry of the copy, as its own code reads it. */
function kindsOfTheCopy(): KindOfPages[] {
	const script = `const { KINDS } = await import('./src/model/kinds.ts');
console.log(JSON.stringify(KINDS.map(({ kind, folder, nested }) => ({ kind, folder, nested }))));`;
	const { code, output } = run(['--input-type=module', '--eval', script]);
	expect(code, output).toBe(0);
	return JSON.parse(output.trim().split('\n')[0]!) as KindOfPages[];
}

const SCHEMA = `import { z } from 'astro/zod';
import { ref } from './reference.ts';
import { plainText } from './text.ts';

/** A system the firm works in: \`src/content/systems/<system-id>.yaml\`. */
export const systemSchema = z.strictObject({
	name: plainText.meta({ description: 'The system as people name it.', examples: ['Bill.com'] }),
	admin: ref('person').meta({
		description: 'Who grants and removes access to it (a person id).',
		examples: ['dana-whitfield'],
	}),
});

export type System = z.infer<typeof systemSchema>;
`;

const LIST_PAGE = `---
import StarlightPage from '@astrojs/starlight/components/StarlightPage.astro';
import { site } from '../../site/context.ts';
import { routeOf } from '../../model/routes.ts';

const systems = [...site().handbook.entries.system.values()];
---

<StarlightPage frontmatter={{ title: 'Systems', description: 'The systems we work in.' }}>
	<ul>{systems.map((s) => <li><a href={routeOf('system', s.id)}>{s.data.name}</a></li>)}</ul>
</StarlightPage>
`;

const ENTRY_PAGE = `---
import StarlightPage from '@astrojs/starlight/components/StarlightPage.astro';
import PersonList from '../../components/PersonList.astro';
import { site } from '../../site/context.ts';

export function getStaticPaths() {
	return [...site().handbook.entries.system.keys()].map((id) => ({ params: { id } }));
}
const system = site().handbook.entries.system.get(Astro.params.id!)!;
---

<StarlightPage frontmatter={{ title: system.data.name }}>
	<p>Access: <PersonList ids={[system.data.admin]} /></p>
</StarlightPage>
`;

describe('adding a kind: a schema, the registry, its collection, its pages', () => {
	it('1. its schema and its three lines in the registry: the compiler then names the one other file, the site collections', () => {
		write('src/schemas/system.ts', SCHEMA);
		const kinds = 'src/model/kinds.ts';
		insert(
			kinds,
			"import { sopSchema, type Sop } from '../schemas/sop.ts';",
			"\nimport { systemSchema, type System } from '../schemas/system.ts';",
		);
		insert(kinds, '\tdoc: DocPage;', '\n\tsystem: System;');
		insert(kinds, "\tdoc: 'docs',", "\n\tsystem: 'systems',");
		insert(
			kinds,
			"\t\tnoun: 'page',\n\t\tcontrolled: false,\n\t}),",
			"\n\tsystem: spec('system', {\n\t\tformat: 'yaml',\n\t\tnested: false,\n\t\tschema: systemSchema,\n\t\tnoun: 'system',\n\t\tcontrolled: false,\n\t}),",
		);
		expect(filesTheCompilerNames()).toEqual(['src/content.config.ts']);
	}, 180_000);

	it('2. its collection in src/content.config.ts: the project compiles again', () => {
		insert(
			'src/content.config.ts',
			"\ttraining: collection('training'),",
			"\n\tsystems: collection('system'),",
		);
		expect(filesTheCompilerNames()).toEqual([]);
	}, 180_000);

	it('the check then reads its files with no other change: the schema, references, ids', () => {
		const root = writeHandbook({
			'src/content/systems/bill-com.yaml': 'name: Bill.com\nadmin: no-such-person\n',
			'src/content/systems/bank-portal.yaml': 'name: Bank portal\nadmn: ana-silva\n',
			'src/content/systems/Bank_Portal.yaml': 'name: Old bank portal\nadmin: ana-silva\n',
		});
		const { code, output } = run(
			['scripts/handbook.ts', 'check', '--root', root, '--today', TODAY, '--format', 'json'],
			{ ...process.env, HANDBOOK_TODAY: undefined, NO_COLOR: '1' },
		);
		expect(code, output).toBe(1);
		const findings = (
			JSON.parse(output.slice(0, output.lastIndexOf('}') + 1)) as {
				diagnostics: { rule: string; file: string; message: string }[];
			}
		).diagnostics.map((d) => `${d.file} [${d.rule}] ${d.message}`);
		expect(findings).toEqual([
			expect.stringMatching(/^src\/content\/systems\/Bank_Portal\.yaml \[id\/format\] /),
			'src/content/systems/bank-portal.yaml [frontmatter/schema] unknown field "admn". Did you mean "admin"?',
			'src/content/systems/bill-com.yaml [ref/unknown-person] admin names person "no-such-person", but there is no such person.',
		]);
	});

	it('3. npm run schemas writes its JSON Schema for editors, each field with its description', () => {
		const { code, output } = run(['scripts/schemas.ts']);
		expect(code, output).toBe(0);
		const schema = JSON.parse(
			readFileSync(join(copy, 'json-schema/system.schema.json'), 'utf8'),
		) as {
			properties: Record<string, { description?: string }>;
		};
		expect(schema.properties.admin?.description).toBe(
			'Who grants and removes access to it (a person id).',
		);
	});

	it('4. its pages: the page test names the two files until they exist; the build then writes a page per entry', () => {
		const kinds = kindsOfTheCopy();
		expect(kinds.map((k) => k.kind)).toContain('system');
		expect(missingPages(copy, kinds)).toEqual([
			'src/pages/systems/index.astro',
			'src/pages/systems/[id].astro',
		]);
		write('src/pages/systems/index.astro', LIST_PAGE);
		write('src/pages/systems/[id].astro', ENTRY_PAGE);
		expect(missingPages(copy, kinds)).toEqual([]);

		const root = writeHandbook({
			'src/content/systems/bill-com.yaml': 'name: Bill.com\nadmin: ana-silva\n',
		});
		const outDir = join(copy, 'dist');
		const astro = join(copy, 'node_modules', 'astro', 'bin', 'astro.mjs');
		const { code, output } = run(
			[astro, 'build', '--outDir', outDir],
			astroEnv({ HANDBOOK_ROOT: root, HANDBOOK_TODAY: TODAY }),
		);
		expect(code, output).toBe(0);
		const page = readFileSync(join(outDir, 'systems/bill-com/index.html'), 'utf8');
		expect(page).toMatch(/<h1 id="_top"[^>]*>Bill\.com<\/h1>/);
		expect(page).toMatch(/Access: <a href="\/people\/ana-silva\/">/);
		expect(readFileSync(join(outDir, 'systems/index.html'), 'utf8')).toContain(
			'<a href="/systems/bill-com/">Bill.com</a>',
		);
	}, 300_000);
});
