import { spawn, spawnSync } from 'node:child_process';
import {
	chmodSync,
	existsSync,
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
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { parseYaml } from '../../src/model/yaml-source.ts';
import { runCli } from '../support/cli.ts';
import { SOP, TODAY, writeHandbook } from '../support/handbook.ts';

const CLI = join(import.meta.dirname, '..', '..', 'scripts', 'handbook.ts');

function reviewsIn(text: string): Array<{ note?: string }> {
	const split = splitFrontmatter(text);
	if (split.kind !== 'ok') throw new Error('no frontmatter');
	return (parseYaml(split.yaml, 2).data as { reviews: Array<{ note?: string }> }).reviews;
}

/** Runs the command line in the background, as twenty people at once would. */
function runAsync(args: string[]): Promise<{ code: number | null; stdout: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [CLI, ...args], {
			env: { ...process.env, HANDBOOK_TODAY: undefined },
		});
		let stdout = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
		child.on('close', (code) => resolve({ code, stdout }));
	});
}

describe('writing files: nothing lost, nothing written where it should not be', () => {
	it('keeps every one of 20 reviews recorded at the same moment', async () => {
		const root = writeHandbook();
		const runs = await Promise.all(
			Array.from({ length: 20 }, (_, i) =>
				runAsync([
					'review',
					'clients/acme/bill-run',
					'--by',
					'cara-wu',
					'--note',
					`run ${i}`,
					'--root',
					root,
					'--today',
					TODAY,
				]),
			),
		);
		expect(runs.map((r) => r.code)).toEqual(Array(20).fill(0));
		const notes = reviewsIn(readFileSync(join(root, SOP), 'utf8')).map((r) => r.note);
		expect(notes.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `run ${i}`).sort());
		// No lock or temporary file is left behind.
		expect(readdirSync(join(root, 'src/content/sops/clients/acme'))).toEqual(['bill-run.mdx']);
	}, 60_000);

	it('refuses to replace a read-only file', () => {
		const root = writeHandbook();
		const before = readFileSync(join(root, SOP), 'utf8');
		chmodSync(join(root, SOP), 0o444);
		const { code, stderr } = runCli([
			'review',
			'clients/acme/bill-run',
			'--by',
			'cara-wu',
			'--root',
			root,
			'--today',
			TODAY,
		]);
		expect(code).toBe(2);
		expect(stderr).toContain(
			`${SOP} was left unchanged: ${SOP} is read-only; make it writable first if it should change.`,
		);
		expect(readFileSync(join(root, SOP), 'utf8')).toBe(before);
	});

	it('says in one line why it cannot write in a folder that will not take files, and leaves the file as it was', () => {
		const root = writeHandbook();
		const folder = join(root, SOP, '..');
		const before = readFileSync(join(root, SOP), 'utf8');
		// Root writes in a folder without write permission, but not in one marked immutable.
		const lock =
			process.getuid?.() === 0
				? spawnSync('chattr', ['+i', folder])
				: (chmodSync(folder, 0o555), { status: 0, stderr: '' });
		expect(lock.status, `could not protect the folder: ${String(lock.stderr)}`).toBe(0);
		try {
			const { code, stdout, stderr } = runCli([
				'review',
				'clients/acme/bill-run',
				'--by',
				'cara-wu',
				'--root',
				root,
				'--today',
				TODAY,
			]);
			expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
			expect(stderr).toMatch(
				new RegExp(
					`^handbook: ${SOP} was left unchanged: ${SOP} could not be written: .* \\((EACCES|EPERM)\\)\\.\n$`,
				),
			);
		} finally {
			if (process.getuid?.() === 0) spawnSync('chattr', ['-i', folder]);
			else chmodSync(folder, 0o755);
		}
		expect(readFileSync(join(root, SOP), 'utf8')).toBe(before);
		expect(readdirSync(folder)).toEqual(['bill-run.mdx']);
	});

	it('does not write CODEOWNERS through a link to another file', () => {
		const root = writeHandbook();
		const victim = join(mkdtempSync(join(tmpdir(), 'victim-')), 'important.txt');
		writeFileSync(victim, 'keep me\n');
		mkdirSync(join(root, '.github'));
		symlinkSync(victim, join(root, '.github/CODEOWNERS'));
		const { code, stderr } = runCli(['codeowners', '--root', root, '--today', TODAY]);
		expect(code).toBe(2);
		expect(stderr).toContain(
			'.github/CODEOWNERS was not written: .github/CODEOWNERS is a symbolic link; the handbook writes only to real files and folders.',
		);
		expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
	});

	it('does not create a file through a linked folder that leads out of the handbook', () => {
		const root = writeHandbook();
		const outside = mkdtempSync(join(tmpdir(), 'outside-'));
		symlinkSync(outside, join(root, 'src/content/sops/elsewhere'));
		const { code, stderr } = runCli([
			'new',
			'sop',
			'--id',
			'elsewhere/new-run',
			'--title',
			'New run',
			'--owner',
			'ana-silva',
			'--backup',
			'ben-ode',
			'--approver',
			'cara-wu',
			'--root',
			root,
			'--today',
			TODAY,
		]);
		expect(code).toBe(2);
		expect(stderr).toContain(
			'is a symbolic link; the handbook writes only to real files and folders.',
		);
		expect(readdirSync(outside)).toEqual([]);
	});

	it.each([
		[
			'an impossible training date',
			[
				'new',
				'sop',
				'--id',
				'clients/acme/new-run',
				'--title',
				'New run',
				'--owner',
				'ana-silva',
				'--backup',
				'ben-ode',
				'--approver',
				'cara-wu',
				'--trained-on',
				'2026-02-30',
			],
			'src/content/sops/clients/acme/new-run.mdx',
			/was not written: backup.trained_on is "2026-02-30", which is not a calendar date/,
		],
		[
			'a handle that is not one',
			[
				'new',
				'person',
				'--id',
				'eve-park',
				'--name',
				'Eve Park',
				'--role',
				'csa',
				'--github',
				'not a handle!',
			],
			'src/content/people/eve-park.yaml',
			/github is "not a handle!", which is not a GitHub handle/,
		],
	])('writes nothing for %s', (_, args, path, message) => {
		const root = writeHandbook();
		const { code, stderr } = runCli([...args, '--root', root, '--today', TODAY]);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
		expect(existsSync(join(root, path))).toBe(false);
	});
});
