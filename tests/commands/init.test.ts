import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroEnv, PROJECT } from '../support/build-site.ts';

/**
 * A firm starting its own handbook from a fresh clone of the tool: init, then the check,
 * the build and the tool's tests, all in the clone. The clone is of the committed tree, as
 * a firm would get it; its node_modules are the project's, linked file by file.
 */
const clone = join(mkdtempSync(join(tmpdir(), 'handbook-init-')), 'firm');
afterAll(() => rmSync(join(clone, '..'), { recursive: true, force: true }));

function run(command: string, args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(command, args, {
		cwd: clone,
		encoding: 'utf8',
		env: astroEnv(env),
		input: '',
	});
	return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}
const handbook = (...args: string[]) =>
	run(process.execPath, [join(clone, 'scripts', 'handbook.ts'), ...args]);

describe('init, in a fresh clone of the tool', () => {
	it("makes the clone the firm's handbook: it checks clean, builds without a word of the sample, and the tool's tests still pass", () => {
		expect(spawnSync('git', ['clone', '-q', PROJECT, clone]).status).toBe(0);
		expect(
			spawnSync('cp', ['-al', join(PROJECT, 'node_modules'), join(clone, 'node_modules')]).status,
		).toBe(0);

		const init = handbook(
			'init',
			'--firm',
			'Harbor Pay',
			'--supervisor',
			'jo-doe',
			'--supervisor-name',
			'Jo Doe',
			'--time-zone',
			'America/Chicago',
			'--today',
			'2026-12-06',
		);
		expect(init.output).toContain(
			"Harbor Pay's handbook is started, and checks clean as of 2026-12-06.",
		);
		expect(init.code).toBe(0);
		expect(readFileSync(join(clone, 'handbook.config.yaml'), 'utf8')).toMatch(
			/^organisation: Harbor Pay\ntime_zone: America\/Chicago$/m,
		);
		expect(readFileSync(join(clone, 'src/content/people/jo-doe.yaml'), 'utf8')).toBe(
			'name: Jo Doe\nroles:\n  - supervisor\n  - approver\n',
		);
		// The sample stays, to read and to test against.
		expect(existsSync(join(clone, 'examples/ledgerline/src/content/sops/firm/holds.mdx'))).toBe(
			true,
		);

		// Run again, it refuses and changes nothing.
		const again = handbook(
			'init',
			'--firm',
			'Other Firm',
			'--supervisor',
			'al-li',
			'--supervisor-name',
			'Al Li',
		);
		expect(again.code).toBe(2);
		expect(again.output).toContain('handbook.config.yaml already exists');
		expect(readFileSync(join(clone, 'handbook.config.yaml'), 'utf8')).toContain(
			'organisation: Harbor Pay',
		);

		expect(handbook('check', '--today', '2026-12-06').code).toBe(0);
		const built = run(process.execPath, [join(clone, 'scripts', 'build.ts')], {
			HANDBOOK_TODAY: '2026-12-06',
		});
		expect(built.code, built.output).toBe(0);
		const dist = join(clone, 'dist');
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain('Harbor Pay Handbook');
		const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
			/\.(html|json|xml)$/.test(f),
		);
		expect(pages.filter((f) => readFileSync(join(dist, f), 'utf8').includes('Ledgerline'))).toEqual(
			[],
		);

		// The tool's own tests read the sample by name, whatever handbook the project holds.
		const tests = run(process.execPath, [
			join(clone, 'node_modules', 'vitest', 'vitest.mjs'),
			'run',
			'--project',
			'UTC+14',
			'tests/sample-handbook.test.ts',
			'tests/rules/examples.test.ts',
		]);
		expect(tests.code, tests.output).toBe(0);
	}, 300_000);

	it('asks for what it needs when there is no terminal to ask in', () => {
		const root = mkdtempSync(join(tmpdir(), 'handbook-init-empty-'));
		const result = spawnSync(
			process.execPath,
			[join(PROJECT, 'scripts', 'handbook.ts'), 'init', '--root', root, '--firm', 'Harbor Pay'],
			{ encoding: 'utf8', input: '' },
		);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('init needs --supervisor, --supervisor-name.');
		expect(readdirSync(root)).toEqual([]);
		rmSync(root, { recursive: true, force: true });
	});
});
