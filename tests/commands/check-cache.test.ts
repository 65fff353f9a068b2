import { execFileSync } from 'node:child_process';
import {
	appendFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	cacheKey,
	type CacheRequest,
	readCachedRun,
	toolFingerprint,
	writeCachedRun,
} from '../../src/cli/check-cache.ts';
import { deserialize, serialize } from 'node:v8';
import { runCli as run } from '../support/cli.ts';
import { BASE, edit, SOP, TODAY, writeHandbook } from '../support/handbook.ts';

const TOOL_ROOT = join(import.meta.dirname, '..', '..');

function cachedCheck(
	root: string,
	location: string,
	args: string[] = [],
	env: Record<string, string | undefined> = {},
) {
	return run(
		['check', '--root', root, '--today', TODAY, '--cache', '--cache-location', location, ...args],
		env,
	);
}

/** The one output entry a root has in the cache folder (beside the files it read). */
function entryOf(location: string): { key: string; output: string; exitCode: number } {
	const names = readdirSync(location).filter((name) => name.startsWith('check-'));
	expect(names).toHaveLength(1);
	return JSON.parse(readFileSync(join(location, names[0]!), 'utf8'));
}

describe('check --cache', () => {
	it('prints the same report and exit code again while nothing it reads has changed', () => {
		const root = writeHandbook({
			[SOP]: edit(BASE[SOP]!, 'last_reviewed: 2026-10-01', 'last_reviewed: 2026-06-01'),
		});
		const location = mkdtempSync(join(tmpdir(), 'handbook-cache-'));
		const first = cachedCheck(root, location);
		expect(first.code).toBe(1);
		expect(first.stdout).toContain('review/overdue');
		// A planted entry proves the second run read the cache rather than checking again.
		const entry = entryOf(location);
		writeFileSync(
			join(
				location,
				readdirSync(location).find((name) => name.startsWith('check-'))!,
			),
			JSON.stringify({ ...entry, output: 'from the cache\n' }),
		);
		expect(cachedCheck(root, location)).toEqual({
			code: 1,
			stdout: 'from the cache\n',
			stderr: '',
		});
	});

	it('checks again when a content file, a linked file, public/, the config, CODEOWNERS or a flag changes', () => {
		const root = writeHandbook();
		const location = mkdtempSync(join(tmpdir(), 'handbook-cache-'));
		const keys = new Set<string>();
		const keyNow = (args: string[] = []) => {
			const result = cachedCheck(root, location, args);
			expect(result.stderr).toBe('');
			keys.add(entryOf(location).key);
			return result;
		};
		keyNow();
		writeFileSync(
			join(root, SOP),
			edit(
				readFileSync(join(root, SOP), 'utf8'),
				'last_reviewed: 2026-10-01',
				'last_reviewed: 2026-06-01',
			),
		);
		expect(keyNow().stdout).toContain('review/overdue');
		writeFileSync(join(root, SOP), BASE[SOP]!);
		expect(keyNow().code).toBe(0);
		symlinkSync('/etc/hostname', join(root, 'src/content/sops/linked.mdx'));
		expect(keyNow().stdout).toContain('file/not-regular');
		appendFileSync(join(root, 'handbook.config.yaml'), '\nwarn_days: 2\n');
		keyNow();
		writeFileSync(join(root, 'src/content/sops/linked.txt'), 'not content');
		keyNow();
		mkdirSync(join(root, 'public'));
		writeFileSync(join(root, 'public/cut-off-calendar.pdf'), 'a file a page may link to');
		keyNow();
		mkdirSync(join(root, '.github'));
		writeFileSync(join(root, '.github/CODEOWNERS'), '* @someone\n');
		keyNow();
		expect(keyNow(['--format', 'json']).stdout.startsWith('{')).toBe(true);
		keyNow(['--warn-days', '5']);
		expect(keys.size).toBe(9);
		// Unchanged: the same key again.
		keyNow(['--warn-days', '5']);
		expect(keys.size).toBe(9);
	});

	it('does not serve an entry once the clock has moved to another day', () => {
		const request: CacheRequest = {
			root: writeHandbook(),
			toolRoot: TOOL_ROOT,
			location: mkdtempSync(join(tmpdir(), 'handbook-cache-')),
			options: {},
		};
		const key = cacheKey(request);
		expect(
			writeCachedRun(request, key, {
				output: 'judged on the 23rd\n',
				exitCode: 0,
				today: '2026-11-23',
				clockTimeZone: 'America/Chicago',
			}),
		).toBeUndefined();
		// 03:00 UTC on the 24th is still the 23rd in Chicago; 07:00 UTC is the 24th there.
		expect(readCachedRun(request, key, () => new Date('2026-11-24T03:00:00Z'))?.output).toBe(
			'judged on the 23rd\n',
		);
		expect(readCachedRun(request, key, () => new Date('2026-11-24T07:00:00Z'))).toBeUndefined();
		expect(
			readCachedRun(request, `${key.slice(1)}0`, () => new Date('2026-11-24T03:00:00Z')),
		).toBeUndefined();
	});

	it('keys on a fixed day from HANDBOOK_TODAY as on --today', () => {
		const root = writeHandbook();
		const location = mkdtempSync(join(tmpdir(), 'handbook-cache-'));
		const check = (env: string) =>
			JSON.parse(
				run(
					['check', '--root', root, '--cache', '--cache-location', location, '--format', 'json'],
					{ HANDBOOK_TODAY: env },
				).stdout,
			);
		expect(check('2026-11-22').summary.errors).toBe(0);
		expect(check('2027-01-02').summary.errors).toBe(1);
		expect(check('2026-11-22').today).toBe('2026-11-22');
	});

	it('never uses the cache for --changed, and refuses --cache-location without --cache', () => {
		const root = writeHandbook();
		const git = (...args: string[]) =>
			execFileSync('git', ['-C', root, ...args], { stdio: 'pipe' });
		git('init', '-q', '-b', 'main');
		git(
			'-c',
			'user.name=t',
			'-c',
			'user.email=t@example.com',
			'commit',
			'-q',
			'--allow-empty',
			'-m',
			'base',
		);
		const location = mkdtempSync(join(tmpdir(), 'handbook-cache-'));
		expect(
			run([
				'check',
				'--root',
				root,
				'--today',
				TODAY,
				'--changed',
				'--base',
				'main',
				'--cache',
				'--cache-location',
				location,
			]).code,
		).toBe(0);
		expect(readdirSync(location)).toEqual([]);
		expect(run(['check', '--root', writeHandbook(), '--cache-location', tmpdir()])).toMatchObject({
			code: 2,
			stderr:
				'handbook: --cache-location goes with --cache: npm run handbook -- check --cache --cache-location DIR\n',
		});
	});

	it('still checks, and says so once, when the cache cannot be written', () => {
		const blocked = join(mkdtempSync(join(tmpdir(), 'handbook-cache-')), 'a-file');
		writeFileSync(blocked, '');
		const result = cachedCheck(writeHandbook(), join(blocked, 'cache'));
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('no problems');
		expect(result.stderr).toMatch(
			/^handbook: the check cache in .* could not be written \(ENOTDIR\); the next run checks everything again\.\n$/,
		);
	});
});

describe('check --cache, when some files changed', () => {
	const TRAINING = 'src/content/training/csa/first-week.mdx';

	/** Adds a made-up problem to what the store keeps of `path`, so a test can see whether the kept read is used. */
	function plant(location: string, path: string): void {
		const name = readdirSync(location).find((n) => n.startsWith('files-'))!;
		const store = deserialize(readFileSync(join(location, name))) as {
			files: Map<string, { problems: object[] }>;
		};
		store.files.get(path)!.problems.push({
			rule: 'yaml/syntax',
			line: 1,
			column: 1,
			message: 'planted in the cache.',
			hint: 'none',
		});
		writeFileSync(join(location, name), serialize(store));
	}

	it('reports what an uncached check reports after one file changes', () => {
		const root = writeHandbook();
		const location = mkdtempSync(join(tmpdir(), 'handbook-cache-'));
		expect(cachedCheck(root, location).code).toBe(0);
		writeFileSync(join(root, SOP), edit(BASE[SOP]!, '## Steps', '#### Steps'));
		const cached = cachedCheck(root, location);
		expect(cached.stdout).toContain('heading-increment');
		expect(cached).toEqual(run(['check', '--root', root, '--today', TODAY]));
	});

	it('puts back the files that did not change, and reads again the one that did', () => {
		const root = writeHandbook();
		const location = mkdtempSync(join(tmpdir(), 'handbook-cache-'));
		cachedCheck(root, location);
		plant(location, TRAINING);
		plant(location, SOP);
		writeFileSync(
			join(root, SOP),
			edit(BASE[SOP]!, 'Release the run.', 'Release the run on time.'),
		);
		const lines = cachedCheck(root, location).stdout.split('\n');
		// The training module is unchanged: its kept read, planted problem and all, is used.
		expect(lines.filter((l) => l.includes('planted in the cache'))).toHaveLength(1);
		expect(lines[lines.findIndex((l) => l.includes('planted in the cache')) - 1]).toBe(TRAINING);
	});

	it('reads every file again when the config or the day changes', () => {
		const root = writeHandbook();
		const location = mkdtempSync(join(tmpdir(), 'handbook-cache-'));
		cachedCheck(root, location);
		plant(location, TRAINING);
		appendFileSync(join(root, 'handbook.config.yaml'), '\nwarn_days: 20\n');
		expect(cachedCheck(root, location).stdout).not.toContain('planted in the cache');
		plant(location, TRAINING);
		expect(
			run([
				'check',
				'--root',
				root,
				'--today',
				'2026-11-23',
				'--cache',
				'--cache-location',
				location,
			]).stdout,
		).not.toContain('planted in the cache');
	});

	it('judges an import in a page again on every run, since where it leads can change', () => {
		const root = writeHandbook({
			[SOP]: edit(
				BASE[SOP]!,
				'## Purpose',
				"import Quiz from '../../../../components/Quiz.astro';\n\n## Purpose",
			),
		});
		const location = mkdtempSync(join(tmpdir(), 'handbook-cache-'));
		cachedCheck(root, location);
		const name = readdirSync(location).find((n) => n.startsWith('files-'))!;
		const store = deserialize(readFileSync(join(location, name))) as {
			files: Map<string, { work: Record<string, unknown> }>;
		};
		expect(Object.keys(store.files.get(SOP)!.work)).not.toContain('policy');
		expect(Object.keys(store.files.get(TRAINING)!.work)).toContain('policy');
	});
});

describe('the tool fingerprint', () => {
	it('changes with the tool code and its dependencies, never with the handbook the tool folder holds', () => {
		const tool = mkdtempSync(join(tmpdir(), 'handbook-tool-'));
		mkdirSync(join(tool, 'src/content/sops'), { recursive: true });
		mkdirSync(join(tool, 'src/rules'), { recursive: true });
		mkdirSync(join(tool, 'scripts'));
		writeFileSync(join(tool, 'src/rules/a-rule.ts'), 'export const rule = 1;\n');
		writeFileSync(join(tool, 'src/content/sops/bill-run.mdx'), '---\ntitle: Bill run\n---\n');
		writeFileSync(join(tool, 'package-lock.json'), '{"lockfileVersion": 3}\n');
		const first = toolFingerprint(tool);
		writeFileSync(
			join(tool, 'src/content/sops/bill-run.mdx'),
			'---\ntitle: Weekly bill run\n---\n',
		);
		writeFileSync(join(tool, 'src/content/sops/new.mdx'), '---\ntitle: New\n---\n');
		expect(toolFingerprint(tool)).toBe(first);
		writeFileSync(join(tool, 'src/rules/a-rule.ts'), 'export const rule = 2;\n');
		const second = toolFingerprint(tool);
		expect(second).not.toBe(first);
		writeFileSync(join(tool, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {}}\n');
		expect(toolFingerprint(tool)).not.toBe(second);
	});
});
