import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { astroEnv, PROJECT } from './support/build-site.ts';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'typecheck');
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** `npm run typecheck`, as a person runs it, with `args` passed on to the command. */
function typecheck(...args: string[]) {
	const result = spawnSync('npm', ['run', '--silent', 'typecheck', '--', ...args], {
		cwd: PROJECT,
		encoding: 'utf8',
		env: astroEnv({}),
	});
	return {
		code: result.status,
		output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`),
	};
}

/** What a command writes into the project, left out of a copy of it. */
const GENERATED = new Set(['node_modules', '.git', '.astro', 'dist', '.bench', 'test-results']);

/**
 * A copy of `from` with this project's tsconfig.json and node_modules. The typecheck writes
 * Astro's generated types into the folder it checks, and the builds other tests run at the
 * same time write them into this project, so each check gets a folder of its own.
 */
function copyToCheck(from: string): string {
	const root = mkdtempSync(join(tmpdir(), 'handbook-typecheck-'));
	copies.push(root);
	cpSync(from, root, {
		recursive: true,
		filter: (path) => path === from || !GENERATED.has(relative(from, path)),
	});
	cpSync(join(PROJECT, 'tsconfig.json'), join(root, 'tsconfig.json'));
	symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
	return root;
}

function plant(root: string, file: string, from: string, to: string) {
	const path = join(root, file);
	const text = readFileSync(path, 'utf8');
	if (!text.includes(from)) throw new Error(`${file} no longer contains ${from}`);
	writeFileSync(path, text.replace(from, to));
}

describe('npm run typecheck', () => {
	it('fails on type errors in .astro files, naming each file, line and column', () => {
		const root = copyToCheck(FIXTURE);
		plant(
			root,
			'src/components/Greeting.astro',
			"visits.toLocaleString('en-GB')",
			'visits.toUpperCase()',
		);
		plant(root, 'src/pages/index.astro', 'visits={3}', 'visits="three"');

		const result = typecheck('--root', root);
		expect(result.code, result.output).not.toBe(0);
		expect(result.output).toContain(
			"src/components/Greeting.astro:12:48 - error ts(2339): Property 'toUpperCase' does not exist on type 'number'.",
		);
		expect(result.output).toContain(
			"src/pages/index.astro:5:22 - error ts(2322): Type 'string' is not assignable to type 'number'.",
		);
		expect(result.output).toMatch(/- 2 errors\n/);
	}, 180_000);

	it('passes on this project', () => {
		const result = typecheck('--root', copyToCheck(PROJECT));
		expect(result.code, result.output).toBe(0);
		expect(result.output).toMatch(/Result \(\d+ files\): \n- 0 errors\n- 0 warnings/);
	}, 180_000);
});
