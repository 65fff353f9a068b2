import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { SOP, TODAY, writeHandbook } from '../support/handbook.ts';

const git = (root: string, ...args: string[]) =>
	execFileSync(
		'git',
		[
			'-C',
			root,
			'-c',
			'user.name=t',
			'-c',
			'user.email=t@example.invalid',
			'-c',
			'protocol.file.allow=always',
			...args,
		],
		{ stdio: 'pipe' },
	).toString();

/** A repository with the example handbook on main, and a branch `change` checked out. */
function repository(): string {
	const root = writeHandbook();
	git(root, 'init', '-q', '-b', 'main');
	git(root, 'add', '-A');
	git(root, 'commit', '-q', '-m', 'start');
	git(root, 'checkout', '-q', '-b', 'change');
	return root;
}

function changeSop(root: string, from: string, to: string, commit = true): void {
	const path = join(root, SOP);
	const text = readFileSync(path, 'utf8');
	if (!text.includes(from)) throw new Error(`no ${from} in the SOP`);
	writeFileSync(path, text.replace(from, to));
	if (commit) git(root, 'commit', '-q', '-am', 'edit');
}

const unmarked = (root: string, base = 'main') => {
	const { code, stdout, stderr } = runCli([
		'check',
		'--changed',
		'--base',
		base,
		'--format',
		'json',
		'--root',
		root,
		'--today',
		TODAY,
	]);
	if (code !== 0 && code !== 1) return { code, lines: [stderr] };
	if (stdout === '') return { code, lines: [stderr] };
	const report = JSON.parse(stdout) as {
		diagnostics: { rule: string; line: number; message: string }[];
	};
	return {
		code,
		lines: report.diagnostics
			.filter((d) => d.rule === 'review/unmarked-change')
			.map((d) => `${d.line}: ${d.message}`),
	};
};

describe('check --changed on the material sections of an SOP', () => {
	it('errors on the Steps heading when a branch changes the steps and records no review', () => {
		const root = repository();
		changeSop(root, '2. Release the run.', '2. Release the run before 2 pm.');
		expect(unmarked(root)).toEqual({
			code: 1,
			lines: [
				'21: the text of "## Steps" changed on this branch, and no new review entry says whether the change is material or editorial.',
			],
		});
	});

	it('passes once the change is recorded as material with review --material', () => {
		const root = repository();
		changeSop(root, '2. Release the run.', '2. Release the run before 2 pm.');
		expect(
			runCli([
				'review',
				'clients/acme/bill-run',
				'--by',
				'ana-silva',
				'--material',
				'--note',
				'Release before 2 pm.',
				'--root',
				root,
				'--today',
				TODAY,
			]).code,
		).toBe(0);
		expect(unmarked(root)).toEqual({ code: 0, lines: [] });
	});

	it('passes a change recorded as editorial, uncommitted', () => {
		const root = repository();
		changeSop(root, '2. Release the run.', '2. Release the payment run.', false);
		changeSop(
			root,
			'last_reviewed: 2026-10-01\n',
			'last_reviewed: 2026-11-20\nreviews:\n  - { date: 2026-11-20, by: ana-silva, change: editorial, note: Clearer wording. }\n',
			false,
		);
		expect(unmarked(root)).toEqual({ code: 0, lines: [] });
	});

	it('does not count an old entry, or a new one that does not say which kind of change', () => {
		const root = repository();
		changeSop(root, '2. Release the run.', '2. Release the run before 2 pm.');
		changeSop(
			root,
			'last_reviewed: 2026-10-01\n',
			'last_reviewed: 2026-11-20\nreviews:\n  - { date: 2026-11-20, by: ana-silva, note: Checked. }\n',
		);
		expect(unmarked(root).lines).toHaveLength(1);
	});

	it('ignores whitespace-only and re-wrapped changes, and changes outside the material sections', () => {
		const root = repository();
		changeSop(
			root,
			'1. Check the approvals.\n2. Release the run.',
			'1.  Check the\n    approvals.\n2. Release the run.  ',
		);
		changeSop(root, 'Every Tuesday.', 'Every Tuesday, before noon.');
		expect(unmarked(root)).toEqual({ code: 0, lines: [] });
	});

	it('follows material_sections in the config', () => {
		const root = repository();
		writeFileSync(
			join(root, 'handbook.config.yaml'),
			`${readFileSync(join(root, 'handbook.config.yaml'), 'utf8')}material_sections: [Steps, Escalation]\n`,
		);
		git(root, 'commit', '-q', '-am', 'config');
		changeSop(root, 'To the pod lead.', 'To the pod lead, then the supervisor.');
		expect(unmarked(root).lines).toEqual([
			'26: the text of "## Escalation" changed on this branch, and no new review entry says whether the change is material or editorial.',
		]);
	});

	it('works in a shallow clone that fetched only the base commit, and says what to fetch when the base is missing', () => {
		const origin = repository();
		changeSop(origin, '2. Release the run.', '2. Release the run before 2 pm.');
		const clone = join(mkdtempSync(join(tmpdir(), 'handbook-clone-')), 'pr');
		git(origin, 'clone', '-q', '--depth=1', '--branch', 'change', `file://${origin}`, clone);
		expect(unmarked(clone, 'origin/main')).toEqual({
			code: 2,
			lines: [
				'handbook: the base origin/main is not in this clone, so the change cannot be compared with it. Fetch it first; in a shallow clone the base commit alone is enough: git fetch --depth=1 origin main\n',
			],
		});
		git(clone, 'fetch', '-q', '--depth=1', 'origin', 'main:refs/remotes/origin/main');
		expect(git(clone, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
		expect(unmarked(clone, 'origin/main')).toEqual({
			code: 1,
			lines: [
				'21: the text of "## Steps" changed on this branch, and no new review entry says whether the change is material or editorial.',
			],
		});
	});
});
