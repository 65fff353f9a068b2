import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE, edit, SOP, TODAY } from '../support/handbook.ts';
import { PROJECT } from '../support/build-site.ts';
import { plainDate } from '../../src/schemas/date.ts';
import { readWorkflow, workflowFiles } from '../support/workflows.ts';
import {
	checkout,
	commitOnBranch,
	ghCalls,
	ghStub,
	git,
	handbookRepository,
	runnerEnv,
	runWorkflow,
	temporaryFolder,
	type JobRun,
	type RunOptions,
} from '../support/workflow-run.ts';

/**
 * Each workflow's steps, run in their order on a fixture repository: this project's code
 * with a small handbook (one client, one SOP owned by Ana Silva and approved by Cara Wu), so
 * a command or flag renamed in the code but not in a workflow fails here. The day is the
 * runner's `HANDBOOK_TODAY`, never the real date; `gh` is a stand-in that records its calls.
 */

/** Commands a workflow runs that these tests record instead of running, and why. */
const NOT_RUN_HERE: Record<string, string> = {
	'npm ci':
		'installs from the registry: each checkout here gets this project’s node_modules instead',
	'npm run typecheck': 'the type check of the whole project, which CI runs itself',
	'npm run lint': 'the lint of the whole project, which CI runs itself',
	'npm run format:check': 'the formatting check of the whole project, which CI runs itself',
	'npm test': 'the test suite, this test among it',
};

const HANDBOOK: Record<string, string> = {
	...BASE,
	'src/content/people/ana-silva.yaml':
		'name: Ana Silva\nroles: [csa, approver]\npod: east\ngithub: ana-gh\n',
	'src/content/people/cara-wu.yaml':
		'name: Cara Wu\nroles: [supervisor, approver]\ngithub: cara-gh\n',
	'src/content/people/dev-rao.yaml': 'name: Dev Rao\nroles: [bpa]\npod: east\ngithub: dev-gh\n',
};

/** A test that builds the site: a few seconds alone, much longer on a busy machine. */
const BUILDS = 180_000;

/** The SOP's review falls due on 2027-01-01; three days later the build must refuse. */
const OVERDUE_DAY = '2027-01-04';
const TITLE = 'Handbook: reviews due and coverage gaps';
const REPOSITORY = 'example-firm/ops-handbook';

let origin: string;
let baseSha: string;
let bin: string;

beforeAll(() => {
	origin = handbookRepository(HANDBOOK);
	baseSha = git(origin, 'rev-parse', 'main');
	commitOnBranch(origin, 'change', {
		[SOP]: edit(HANDBOOK[SOP]!, 'Every Tuesday.', 'Every Tuesday and Friday.'),
	});
	bin = ghStub();
}, 60_000);

/** What GitHub gives the expressions for an event in the fixture repository. */
function github(event: string): RunOptions['github'] {
	return {
		event_name: event,
		token: 'fixture-token',
		repository: REPOSITORY,
		server_url: 'https://github.com',
		run_id: '4242',
		base_ref: 'main',
		event: { pull_request: { number: 7, base: { sha: baseSha }, user: { login: 'ana-gh' } } },
	};
}

/** A runner's environment on `day`, with the `gh` stand-in answering from `fixtures`. */
function runner(
	day: string,
	fixtures: { issues?: object[]; reviews?: object[] } = {},
): { env: Record<string, string>; log: string } {
	const dir = temporaryFolder('workflow-gh-');
	const log = join(dir, 'gh-calls.jsonl');
	writeFileSync(join(dir, 'reviews.json'), JSON.stringify(fixtures.reviews ?? []));
	const env = runnerEnv({
		HANDBOOK_TODAY: day,
		PATH: `${bin}:${process.env.PATH ?? ''}`,
		GH_STUB_LOG: log,
		GH_STUB_REVIEWS: join(dir, 'reviews.json'),
		GH_STUB_ISSUES: JSON.stringify(fixtures.issues ?? []),
	});
	return { env, log };
}

/** What a run page lists for a job: each step with what became of it. */
const stepsOf = (job: JobRun) =>
	job.steps.map(
		(s) =>
			`${s.outcome === 'success' ? (s.kind === 'run' ? 'ran' : s.kind === 'uses' ? 'action' : 'not run here') : s.outcome}: ${s.label}`,
	);

const review = (login: string, i = 0) => ({
	id: i + 1,
	user: { login },
	state: 'APPROVED',
	submitted_at: `2026-11-20T10:0${i}:00Z`,
});

describe('the pull-request workflow, on a pull request that changes an SOP', () => {
	const workflow = () => readWorkflow('pull-request.yml');

	/** The approvals job's folder: the base branch's code in base/, the pull request to read in pr/. */
	function approvalsWorkspace(): string {
		const ws = temporaryFolder('workflow-approvals-');
		checkout(origin, baseSha, join(ws, 'base'), 'link');
		checkout(origin, 'change', join(ws, 'pr'), 'none');
		return ws;
	}

	it(
		'checks the change, builds the handbook, and passes the approvals job once an approver of the SOP approved',
		() => {
			const check = checkout(
				origin,
				'change',
				join(temporaryFolder('workflow-pr-'), 'ops-handbook'),
				'build',
			);
			const approvals = approvalsWorkspace();
			const { env, log } = runner(TODAY, { reviews: [review('ana-gh'), review('cara-gh', 1)] });
			const run = runWorkflow(workflow(), {
				github: github('pull_request'),
				env,
				notRunHere: NOT_RUN_HERE,
				workspace: (job) => (job === 'approvals' ? approvals : check),
			});

			const jobs = run['check-build-test']!;
			expect(stepsOf(jobs)).toEqual([
				'action: actions/checkout@v4',
				'action: actions/setup-node@v4',
				'not run here: npm ci',
				'ran: Check what the pull request changes',
				'ran: Summary of the check',
				'not run here: Type-check the .ts and .astro files',
				'not run here: Lint',
				'not run here: Formatting',
				"ran: Build the whole handbook (checks everything against today's date)",
				"not run here: Tests (the browser tests use the runner's Chrome)",
			]);
			expect(jobs.result).toBe('success');
			expect(jobs.summary).toContain('## ✅ Handbook check');
			expect(jobs.summary).toContain('as of 2026-11-22');
			expect(
				existsSync(join(check, 'dist', 'sops', 'clients', 'acme', 'bill-run', 'index.html')),
			).toBe(true);

			const approved = run.approvals!;
			expect(approved.result).toBe('success');
			expect(approved.steps.at(-1)!.output).toContain(
				'✔ clients/acme/bill-run (approved by cara-wu)',
			);
			// The changed paths came from git, the reviews from the GitHub API through gh.
			expect(readFileSync(join(approvals, 'changed.txt'), 'utf8')).toBe(`${SOP}\0`);
			expect(ghCalls(log)).toEqual([
				{
					args: ['api', '--paginate', `repos/${REPOSITORY}/pulls/7/reviews`],
					body: null,
					token: 'fixture-token',
				},
			]);
		},
		BUILDS,
	);

	it('fails the approvals job on a submitted review that is not from an approver, naming the SOP and who may approve it', () => {
		const approvals = approvalsWorkspace();
		const { env } = runner(TODAY, { reviews: [review('dev-gh')] });
		const run = runWorkflow(workflow(), {
			github: github('pull_request_review'),
			env,
			notRunHere: NOT_RUN_HERE,
			workspace: () => approvals,
		});
		// A review event runs the approvals job alone.
		expect(run['check-build-test']!.result).toBe('skipped');
		expect(run.approvals!.result).toBe('failure');
		expect(run.approvals!.steps.at(-1)!.output).toContain(
			`✖ ${SOP}: none of its approvers (@cara-gh) has approved the pull request.`,
		);
	});
});

describe('the weekly report workflow', () => {
	function weekly(issues: object[], day = TODAY) {
		const ws = checkout(
			origin,
			'main',
			join(temporaryFolder('workflow-weekly-'), 'ops-handbook'),
			'link',
		);
		const { env, log } = runner(day, { issues });
		const run = runWorkflow(readWorkflow('weekly-report.yml'), {
			github: github('schedule'),
			env,
			notRunHere: NOT_RUN_HERE,
			workspace: () => ws,
		});
		expect(run.report!.result).toBe('success');
		return {
			report: readFileSync(join(ws, 'report.md'), 'utf8'),
			mentions: readFileSync(join(ws, 'mentions.md'), 'utf8'),
			calls: ghCalls(log),
			run,
		};
	}

	it('opens the tracking issue with the report when none is open, whatever other issues say in their titles', () => {
		const { report, calls } = weekly([{ number: 3, title: `Re: ${TITLE} (last year)` }]);
		expect(report.split('\n')[0]).toBe('# Handbook status, 2026-11-22');
		expect(calls.map((c) => c.args.slice(0, 2).join(' '))).toEqual(['issue list', 'issue create']);
		expect(calls[1]).toEqual({
			args: ['issue', 'create', '--title', TITLE, '--body-file', 'report.md'],
			body: report,
			token: 'fixture-token',
		});
	});

	it('updates the open tracking issue rather than opening another', () => {
		// A day when Ana Silva's SOP is overdue, so she must act.
		const { report, mentions, calls, run } = weekly(
			[
				{ number: 3, title: `Re: ${TITLE} (last year)` },
				{ number: 12, title: TITLE },
			],
			plainDate('2027-01-04'),
		);
		// An edit notifies no one: the people who must act are mentioned in a comment.
		expect(mentions).toMatch(/@ana-gh\b/);
		expect(calls.slice(1)).toEqual([
			{
				args: ['issue', 'edit', '12', '--body-file', 'report.md'],
				body: report,
				token: 'fixture-token',
			},
			{
				args: ['issue', 'comment', '12', '--body-file', 'mentions.md'],
				body: mentions,
				token: 'fixture-token',
			},
			{
				args: ['issue', 'view', '12', '--json', 'url', '--jq', '.url'],
				body: null,
				token: 'fixture-token',
			},
		]);
		// The chat step gets the issue's address, and with no webhook secret set posts nothing.
		const chat = run.report!.steps.at(-1)!;
		expect(chat.outcome).toBe('success');
		expect(chat.output).toMatch(/off/i);
	});
});

describe('the publish workflow', () => {
	function publish(day: string) {
		const ws = checkout(
			origin,
			'main',
			join(temporaryFolder('workflow-publish-'), 'ops-handbook'),
			'build',
		);
		const { env, log } = runner(day, { issues: [{ number: 12, title: TITLE }] });
		// The jobs share one folder here; on GitHub the artifact carries publish-refused.md from the build job to tell-owners.
		const run = runWorkflow(readWorkflow('publish.yml'), {
			github: github('schedule'),
			env,
			notRunHere: NOT_RUN_HERE,
			workspace: () => ws,
		});
		return { ws, run, calls: ghCalls(log) };
	}

	it(
		'builds the site and hands it to the deploy job on a day everything is current',
		() => {
			const { ws, run, calls } = publish(TODAY);
			expect(stepsOf(run.build!)).toEqual([
				'action: actions/checkout@v4',
				'action: actions/setup-node@v4',
				'not run here: npm ci',
				"ran: Build the handbook (checks everything against today's date)",
				'action: Upload the site',
				'skipped: Say why the handbook was not published',
				'skipped: Keep the reasons for the tracking issue',
			]);
			expect(readFileSync(join(ws, 'dist', 'index.html'), 'utf8')).toContain(
				'Review statuses as of Sunday 22 Nov 2026 (UTC)',
			);
			expect(run.deploy!.result).toBe('success');
			expect(run['tell-owners']!.result).toBe('skipped');
			expect(calls).toEqual([]);
		},
		BUILDS,
	);

	it(
		'publishes nothing once an SOP is overdue, and says why, naming the SOP and its owner, on the run page and in the tracking issue',
		() => {
			const { ws, run, calls } = publish(OVERDUE_DAY);
			expect(stepsOf(run.build!)).toEqual([
				'action: actions/checkout@v4',
				'action: actions/setup-node@v4',
				'not run here: npm ci',
				"failure: Build the handbook (checks everything against today's date)",
				'skipped: Upload the site',
				'ran: Say why the handbook was not published',
				'action: Keep the reasons for the tracking issue',
			]);
			// No artifact: nothing was built, and the site published last stays up.
			expect(existsSync(join(ws, 'dist'))).toBe(false);
			expect(run.deploy!.result).toBe('skipped');

			const { summary } = run.build!;
			expect(summary).toContain(
				'**The handbook was not published.** The build stopped ([the run](https://github.com/example-firm/ops-handbook/actions/runs/4242))',
			);
			expect(summary).toContain('## ❌ Handbook check');
			expect(summary).toContain('`src/content/sops/clients/acme/bill-run.mdx:9`');
			expect(summary).toContain('review is 3 days overdue');
			expect(summary).toContain('owner \\(ana-silva\\)');

			expect(run['tell-owners']!.result).toBe('success');
			const refused = readFileSync(join(ws, 'publish-refused.md'), 'utf8');
			expect(calls.map((c) => c.args.join(' '))).toEqual([
				expect.stringMatching(/^issue list /),
				'issue edit 12 --body-file publish-refused.md',
				'issue comment 12 --body-file publish-refused.md',
				'issue view 12 --json url --jq .url',
			]);
			// The comment notifies the owner concerned by their GitHub handle.
			expect(calls[2]!.body).toMatch(/@ana-gh\b/);
			expect(calls[1]!.body).toBe(refused);
			expect(calls[2]!.body).toBe(refused);
			expect(refused).toContain('**The handbook was not published.**');
			expect(refused).toContain('# Handbook status, 2027-01-04');
			expect(refused).toContain('### Ana Silva (`ana-silva`)');
			expect(refused).toContain(
				'| Acme weekly bill run (`src/content/sops/clients/acme/bill-run.mdx`) | 2027-01-01 | **3 days overdue** |',
			);
		},
		BUILDS,
	);
});

describe('the commands these tests do not run', () => {
	it('are each a script package.json has, and each one a workflow runs', () => {
		const scripts = (
			JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as {
				scripts: Record<string, string>;
			}
		).scripts;
		const runs = workflowFiles().flatMap((file) =>
			Object.values(readWorkflow(file).jobs).flatMap((job) =>
				job.steps.flatMap((s) => (s.run ? [s.run.trim()] : [])),
			),
		);
		for (const command of Object.keys(NOT_RUN_HERE)) {
			expect(runs, command).toContain(command);
			const script = /^npm (?:run (\S+)|(test))$/.exec(command);
			if (script) expect(scripts, command).toHaveProperty(script[1] ?? script[2]!);
		}
	});
});
