import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { BASE, edit, SOP, TODAY, writeHandbook, type Tree } from '../support/handbook.ts';

/**
 * Each test is a pull request as the workflow sees it: a git repository whose `main` is the
 * base branch, a branch `change` committed on top, the paths the branch changes as
 * `git diff --name-only --no-renames -z main...HEAD` lists them, and the reviews as the
 * git host returns them. The tests name no --base, so `main` is used, as it is by default.
 */

const ROSTER: Tree = {
	'src/content/people/ana-silva.yaml':
		'name: Ana Silva\nroles: [csa, approver]\npod: east\ngithub: ana-gh\n',
	'src/content/people/cara-wu.yaml':
		'name: Cara Wu\nroles: [supervisor, approver]\ngithub: cara-gh\n',
	'src/content/people/dev-rao.yaml': 'name: Dev Rao\nroles: [bpa]\npod: east\ngithub: dev-gh\n',
};

const scratch: string[] = [];
afterAll(() => {
	for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary file outside the repository, so that it never shows in the diff. */
function outside(name: string, text: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'approvals-'));
	scratch.push(dir);
	writeFileSync(join(dir, name), text);
	return join(dir, name);
}

function git(root: string, ...args: string[]): string {
	return execFileSync(
		'git',
		['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args],
		{ encoding: 'utf8' },
	);
}

/** The base branch `main` with BASE and handles, and a branch `change` that applies `changes` (null deletes). */
function pullRequest(changes: Tree): string {
	const root = writeHandbook(ROSTER);
	git(root, 'init', '-q', '-b', 'main');
	git(root, 'add', '-A');
	git(root, 'commit', '-q', '-m', 'base');
	git(root, 'checkout', '-q', '-b', 'change');
	for (const [path, text] of Object.entries(changes)) {
		if (text === null) rmSync(join(root, path));
		else {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
	}
	git(root, 'add', '-A');
	git(root, 'commit', '-q', '-m', 'change');
	return root;
}

interface Review {
	login: string;
	state?: string;
}

/** `approvals` on the pull request, as the workflow runs it. */
function approvals(root: string, author: string, reviews: Review[], ...flags: string[]) {
	const changed = outside(
		'changed.txt',
		git(root, 'diff', '--name-only', '--no-renames', '-z', 'main...HEAD'),
	);
	const json = reviews.map((r, i) => ({
		id: i + 1,
		user: { login: r.login },
		state: r.state ?? 'APPROVED',
		submitted_at: `2026-11-20T10:0${i}:00Z`,
	}));
	return runCli([
		'approvals',
		'--root',
		root,
		'--today',
		TODAY,
		'--changed',
		changed,
		'--author',
		author,
		'--reviews',
		outside('reviews.json', JSON.stringify(json)),
		...flags,
	]);
}

const changeSop = { [SOP]: edit(BASE[SOP]!, 'Every Tuesday.', 'Every Tuesday and Friday.') };

describe('handbook approvals: an SOP the pull request changes', () => {
	it("passes when one of the SOP's own approvers, not the author, approved", () => {
		expect(
			approvals(pullRequest(changeSop), 'ana-gh', [
				{ login: 'ana-gh', state: 'COMMENTED' },
				{ login: 'cara-gh' },
			]),
		).toMatchObject({
			code: 0,
			stdout: '✔ clients/acme/bill-run (approved by cara-wu)\n',
		});
	});

	it('fails when the approval was followed by a request for changes', () => {
		const { code, stdout } = approvals(pullRequest(changeSop), 'ana-gh', [
			{ login: 'cara-gh' },
			{ login: 'Cara-GH', state: 'CHANGES_REQUESTED' },
		]);
		expect(code).toBe(1);
		expect(stdout).toContain(
			`✖ ${SOP}: none of its approvers (@cara-gh) has approved the pull request.`,
		);
	});

	it('fails when only someone who is not an approver approved', () => {
		expect(
			approvals(pullRequest(changeSop), 'ana-gh', [
				{ login: 'dev-gh' },
				{ login: 'cara-gh', state: 'COMMENTED' },
			]).code,
		).toBe(1);
	});

	it('does not count the author approving their own change', () => {
		const { code, stdout } = approvals(pullRequest(changeSop), 'cara-gh', [{ login: 'cara-gh' }]);
		expect(code).toBe(1);
		expect(stdout).toContain('its only approvers are the author or have no github handle');
	});

	it("takes the SOP's approvers from the base branch, not from the pull request", () => {
		// The pull request makes its author's accomplice, Dev, the approver; Dev approves.
		const root = pullRequest({
			[SOP]: edit(changeSop[SOP], 'approvers: [cara-wu]', 'approvers: [dev-rao]'),
		});
		const { code, stdout } = approvals(root, 'ana-gh', [{ login: 'dev-gh' }]);
		expect(code).toBe(1);
		expect(stdout).toBe(
			`✖ ${SOP}: none of its approvers (@cara-gh) has approved the pull request.\n1 change lacks the approval it needs, from someone other than the author, as the base branch names them.\n`,
		);
	});

	it("fails when the pull request gives a person the reviewer's github handle", () => {
		// Marcus-Bell style: the approver's handle becomes the accomplice's account, which approves.
		const root = pullRequest({
			...changeSop,
			'src/content/people/cara-wu.yaml':
				'name: Cara Wu\nroles: [supervisor, approver]\ngithub: accomplice-99\n',
		});
		const { code, stdout } = approvals(root, 'ana-gh', [{ login: 'accomplice-99' }]);
		expect(code).toBe(1);
		expect(stdout).toMatchInlineSnapshot(`
			"✖ src/content/people/cara-wu.yaml: a change to anything but a controlled document needs a supervisor of the base branch, unless approvals_free in the config lists it, and none of the supervisors (@cara-gh) has approved the pull request.
			✖ src/content/sops/clients/acme/bill-run.mdx: none of its approvers (@cara-gh) has approved the pull request.
			2 changes lack the approval they need, from someone other than the author, as the base branch names them.
			"
		`);
	});

	it('reads the base from --base when it is named, and says in JSON which commit it judged by', () => {
		const root = pullRequest(changeSop);
		const base = git(root, 'rev-parse', 'main').trim();
		git(root, 'branch', '-q', '-m', 'main', 'trunk');
		const run = (...flags: string[]) =>
			runCli([
				'approvals',
				'--root',
				root,
				'--changed',
				outside('c.txt', `${SOP}\n`),
				'--author',
				'ana-gh',
				'--reviews',
				outside('r.json', '[]'),
				...flags,
			]);
		expect(run()).toMatchObject({
			code: 2,
			stderr:
				'handbook: no --base given and no main branch found; name the branch to compare with: --base origin/main\n',
		});
		expect(run('--base', 'main')).toMatchObject({
			code: 2,
			stderr:
				'handbook: --base main names no commit here; fetch it first (git fetch origin main) or name another.\n',
		});
		const judged = run('--base', 'trunk', '--format', 'json');
		expect(judged.code).toBe(1);
		expect(JSON.parse(judged.stdout)).toEqual({
			base,
			approved: [],
			missing: [
				{
					file: SOP,
					document: 'clients/acme/bill-run',
					sop: 'clients/acme/bill-run',
					change: 'changed',
					approvers: ['cara-wu'],
					reason: 'none of its approvers (@cara-gh) has approved the pull request',
				},
			],
		});
	});
});

describe('handbook approvals: a new SOP', () => {
	const NEW = 'src/content/sops/firm/month-end.mdx';
	const newSop = (approvers: string) => ({
		[NEW]: edit(BASE[SOP]!, 'client: acme\n', '').replace(
			'approvers: [cara-wu]',
			`approvers: [${approvers}]`,
		),
	});

	it('passes with an approval from one of its approvers who holds the approver role on the base branch', () => {
		expect(
			approvals(pullRequest(newSop('cara-wu')), 'ana-gh', [{ login: 'cara-gh' }]),
		).toMatchObject({ code: 0, stdout: '✔ firm/month-end, added (approved by cara-wu)\n' });
	});

	it('does not count an approver the pull request itself makes one', () => {
		const root = pullRequest({
			...newSop('dev-rao'),
			'src/content/people/dev-rao.yaml':
				'name: Dev Rao\nroles: [bpa, approver]\npod: east\ngithub: dev-gh\n',
		});
		const { code, stdout } = approvals(root, 'ana-gh', [{ login: 'dev-gh' }]);
		expect(code).toBe(1);
		expect(stdout).toContain(
			`✖ ${NEW}: a new SOP needs one of its approvers who holds the approver role on the base branch, but it names none.`,
		);
	});
});

describe('handbook approvals: a deleted SOP', () => {
	it("fails, naming the SOP, when none of the deleted SOP's approvers approved", () => {
		const { code, stdout } = approvals(pullRequest({ [SOP]: null }), 'ana-gh', [
			{ login: 'dev-gh' },
		]);
		expect(code).toBe(1);
		expect(stdout).toMatchInlineSnapshot(`
			"✖ src/content/sops/clients/acme/bill-run.mdx: deleting it needs one of its approvers on the base branch, and none of its approvers (@cara-gh) has approved the pull request.
			1 change lacks the approval it needs, from someone other than the author, as the base branch names them.
			"
		`);
	});

	it("passes with an approval from one of the deleted SOP's approvers", () => {
		expect(approvals(pullRequest({ [SOP]: null }), 'ana-gh', [{ login: 'cara-gh' }])).toMatchObject(
			{
				code: 0,
				stdout: '✔ clients/acme/bill-run, deleted (approved by cara-wu)\n',
			},
		);
	});

	it('treats a move as a deletion and an addition', () => {
		const moved = 'src/content/sops/firm/bill-run.mdx';
		const root = pullRequest({
			[SOP]: null,
			[moved]: edit(BASE[SOP]!, 'approvers: [cara-wu]', 'approvers: [ana-silva]').replace(
				'owner: ana-silva',
				'owner: cara-wu',
			),
		});
		const { code, stdout } = approvals(root, 'cara-gh', [{ login: 'ana-gh' }]);
		expect(code).toBe(1);
		expect(stdout).toContain('✔ firm/bill-run, added (approved by ana-silva)');
		expect(stdout).toContain(
			`✖ ${SOP}: deleting it needs one of its approvers on the base branch, but its only approvers are the author or have no github handle.`,
		);
	});
});

describe('handbook approvals: people, pods, the config and CODEOWNERS', () => {
	const controls: [string, string, string, string][] = [
		[
			'a person',
			'src/content/people/dev-rao.yaml',
			'name: Dev Rao\nroles: [bpa, approver]\npod: east\ngithub: dev-gh\n',
			'',
		],
		[
			'a new person',
			'src/content/people/eve-long.yaml',
			'name: Eve Long\nroles: [approver]\ngithub: eve-gh\n',
			', added',
		],
		['a pod', 'src/content/pods/east.yaml', 'name: Pod East\nlead: dev-rao\n', ''],
		[
			'the config',
			'handbook.config.yaml',
			`${BASE['handbook.config.yaml']}roles: [csa, bpa, approver]\n`,
			'',
		],
		['CODEOWNERS', '.github/CODEOWNERS', '* @dev-gh\n', ', added'],
	];

	it.each(controls)(
		'fails when the pull request changes %s without a supervisor of the base branch approving',
		(_, path, text) => {
			const { code, stdout } = approvals(pullRequest({ [path]: text }), 'dev-gh', [
				{ login: 'dev-gh' },
				{ login: 'ana-gh' },
			]);
			expect(code).toBe(1);
			expect(stdout).toContain(
				`✖ ${path}: a change to anything but a controlled document needs a supervisor of the base branch, unless approvals_free in the config lists it, and none of the supervisors (@cara-gh) has approved the pull request.`,
			);
		},
	);

	it.each(controls)(
		'passes when a supervisor of the base branch approved the change to %s',
		(_, path, text, change) => {
			expect(
				approvals(pullRequest({ [path]: text }), 'dev-gh', [{ login: 'cara-gh' }]),
			).toMatchObject({ code: 0, stdout: `✔ ${path}${change} (approved by supervisor cara-wu)\n` });
		},
	);

	it('does not count a supervisor the pull request makes one, nor the supervisor who wrote it', () => {
		const promoted = pullRequest({
			'src/content/people/dev-rao.yaml':
				'name: Dev Rao\nroles: [bpa, supervisor]\npod: east\ngithub: dev-gh\n',
		});
		expect(approvals(promoted, 'ana-gh', [{ login: 'dev-gh' }]).code).toBe(1);
		const own = approvals(
			pullRequest({ 'src/content/pods/east.yaml': 'name: Pod East\nlead: cara-wu\n' }),
			'cara-gh',
			[{ login: 'cara-gh' }],
		);
		expect(own.code).toBe(1);
		expect(own.stdout).toContain(
			'but the only supervisors are the author or have no github handle.',
		);
	});
});

describe('handbook approvals: what it refuses', () => {
	it('refuses a base that git would read as an option, and writes nothing', () => {
		const root = pullRequest(changeSop);
		for (const flag of ['--base=--output=x', '--base=-x']) {
			const { code, stderr } = approvals(root, 'ana-gh', [{ login: 'cara-gh' }], flag);
			expect(code).toBe(2);
			expect(stderr).toBe(
				`handbook: --base is "${flag.slice('--base='.length)}", which is not a branch or commit name; name one such as --base origin/main.\n`,
			);
		}
		expect(existsSync(join(root, 'x'))).toBe(false);
	});

	it.each([
		['[null]', 'review 1 is null, not an object'],
		[
			'[{"user": {"login": 42}, "state": "APPROVED"}]',
			'review 1 has user {"login":42}, not { "login": "..." }',
		],
		[
			'[{"user": {"login": "cara-gh"}, "state": 1}]',
			'review 1 has state 1, not a word such as "APPROVED"',
		],
		['{"message": "Not Found"}', 'not a list'],
		['<html>', `not JSON: Unexpected token '<', "<html>" is not valid JSON`],
	])('refuses reviews %s in one line, with no stack trace', (reviews, why) => {
		const root = pullRequest(changeSop);
		const changed = outside('changed.txt', `${SOP}\n`);
		const result = runCli([
			'approvals',
			'--root',
			root,
			'--changed',
			changed,
			'--author',
			'ana-gh',
			'--reviews',
			outside('reviews.json', reviews),
		]);
		expect(result).toMatchObject({
			code: 2,
			stdout: '',
			stderr: `handbook: --reviews must be the JSON list of reviews the git host returns (${why}).\n`,
		});
	});

	it('reads the reviews from standard input', () => {
		const root = pullRequest(changeSop);
		const changed = outside('changed.txt', `${SOP}\n`);
		const reviews = JSON.stringify([
			{ user: { login: 'cara-gh' }, state: 'APPROVED', submitted_at: '2026-11-20T16:40:00Z' },
			{ user: null, state: 'APPROVED' },
		]);
		expect(
			runCli(
				['approvals', '--root', root, '--changed', changed, '--author', 'ana-gh', '--reviews', '-'],
				{},
				reviews,
			).code,
		).toBe(0);
	});

	it('reads paths as git quotes them', () => {
		const root = pullRequest({ [SOP]: null });
		const quoted = `"${SOP.replace('acme', 'ac\\155e')}"\n`;
		const result = runCli([
			'approvals',
			'--root',
			root,
			'--today',
			TODAY,
			'--changed',
			outside('changed.txt', quoted),
			'--author',
			'ana-gh',
			'--reviews',
			outside('r.json', '[]'),
		]);
		expect(result.stdout).toContain(`✖ ${SOP}: deleting it`);
	});

	it('says so when it is not in a git checkout', () => {
		const root = writeHandbook(ROSTER);
		const { code, stderr } = runCli([
			'approvals',
			'--root',
			root,
			'--base',
			'main',
			'--changed',
			outside('c.txt', `${SOP}\n`),
			'--author',
			'ana-gh',
			'--reviews',
			outside('r.json', '[]'),
		]);
		expect(code).toBe(2);
		expect(stderr).toBe(
			`handbook: ${root} is not in a git checkout, so --base main cannot be read.\n`,
		);
		expect(readFileSync(join(root, SOP), 'utf8')).toBe(BASE[SOP]);
	});
});

describe('handbook approvals: every path that changes what readers are told', () => {
	const PRINCIPLE = 'src/content/principles/verify-first.mdx';
	const TRAINING = 'src/content/training/csa/first-week.mdx';
	const everything: Tree = {
		[PRINCIPLE]: edit(BASE[PRINCIPLE]!, 'Check first.', 'Check first, and twice on Fridays.'),
		[TRAINING]: edit(BASE[TRAINING]!, 'Read the', 'Read carefully the'),
		'src/content/kpis/client-response.yaml':
			'name: Client response\nrole: csa\ntarget: Answer within 24 business hours.\nmeasure: Sampled monthly.\n',
		'src/content/docs/index.mdx': edit(
			BASE['src/content/docs/index.mdx']!,
			'Welcome.',
			'Welcome, all.',
		),
		'src/content/clients/acme.yaml': edit(
			BASE['src/content/clients/acme.yaml']!,
			'bpas: [dev-rao]',
			'bpas: [dev-rao, ana-silva]',
		),
		'src/components/Extra.astro': '<p>Every page shows this.</p>\n',
		'.github/workflows/pull-request.yml': 'name: edited\n',
	};

	it('asks for an approver of each principle and training module, and a supervisor for every other path', () => {
		const { code, stdout } = approvals(pullRequest(everything), 'dev-gh', [], '--format', 'json');
		expect(code).toBe(1);
		const missing = (
			JSON.parse(stdout) as { missing: { file: string; document?: string; approvers: string[] }[] }
		).missing;
		expect(missing.map((m) => [m.file, m.document ?? null, m.approvers])).toEqual([
			['.github/workflows/pull-request.yml', null, ['cara-wu']],
			['src/components/Extra.astro', null, ['cara-wu']],
			['src/content/clients/acme.yaml', null, ['cara-wu']],
			['src/content/docs/index.mdx', null, ['cara-wu']],
			['src/content/kpis/client-response.yaml', null, ['cara-wu']],
			['src/content/principles/verify-first.mdx', 'verify-first', ['ana-silva']],
			['src/content/training/csa/first-week.mdx', 'csa/first-week', ['cara-wu']],
		]);
	});

	it("never counts the principle's owner, even when they are also among its approvers", () => {
		const ownerApproves = pullRequest({
			[PRINCIPLE]: edit(
				BASE[PRINCIPLE]!,
				'approvers: [ana-silva]',
				'approvers: [ana-silva, cara-wu]',
			),
		});
		// On the base branch its approvers are ana-silva only, and its owner is cara-wu: the owner's approval does not count.
		expect(approvals(ownerApproves, 'dev-gh', [{ login: 'cara-gh' }]).code).toBe(1);
		expect(approvals(ownerApproves, 'dev-gh', [{ login: 'ana-gh' }]).code).toBe(0);
	});

	it('lets a path the base config lists under approvals_free through, and only that path', () => {
		const root = writeHandbook({
			...ROSTER,
			'handbook.config.yaml': `${BASE['handbook.config.yaml']!}approvals_free: [README.md, "notes/**"]\n`,
		});
		git(root, 'init', '-q', '-b', 'main');
		git(root, 'add', '-A');
		git(root, 'commit', '-q', '-m', 'base');
		git(root, 'checkout', '-q', '-b', 'change');
		writeFileSync(join(root, 'README.md'), 'Read me.\n');
		mkdirSync(join(root, 'notes'));
		writeFileSync(join(root, 'notes', 'a.md'), 'A note.\n');
		git(root, 'add', '-A');
		git(root, 'commit', '-q', '-m', 'free');
		expect(approvals(root, 'dev-gh', [])).toMatchObject({
			code: 0,
			stdout:
				'The pull request changes nothing that needs an approval: every path it changes is listed under approvals_free.\n',
		});
		writeFileSync(join(root, 'package.json'), '{}\n');
		git(root, 'add', '-A');
		git(root, 'commit', '-q', '-m', 'not free');
		expect(approvals(root, 'dev-gh', []).stdout).toContain(
			'✖ package.json: a change to anything but a controlled document needs a supervisor',
		);
	});

	it('does not take approvals_free from the pull request itself', () => {
		const freed = pullRequest({
			'handbook.config.yaml': `${BASE['handbook.config.yaml']!}approvals_free: ["**"]\n`,
			'src/components/Extra.astro': '<p>x</p>\n',
		});
		const { code, stdout } = approvals(freed, 'dev-gh', []);
		expect(code).toBe(1);
		expect(stdout).toContain('✖ src/components/Extra.astro:');
		expect(stdout).toContain('✖ handbook.config.yaml:');
	});
});
