import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../support/build-site.ts';

/** The pull-request workflow as GitHub reads it. */
const workflow = load(readFileSync(join(PROJECT, '.github/workflows/pull-request.yml'), 'utf8')) as {
	on: Record<string, unknown>;
	concurrency: { group: string; 'cancel-in-progress': boolean };
};

describe('the pull-request workflow', () => {
	it('gives each event its own concurrency group, so a submitted review never cancels the running checks', () => {
		expect(Object.keys(workflow.on)).toEqual(['pull_request', 'pull_request_review']);
		expect(workflow.concurrency['cancel-in-progress']).toBe(true);
		// GitHub fills in the expressions: the same pull request gives a different group for each event.
		const groupFor = (event: string) => workflow.concurrency.group.replace('${{ github.event.pull_request.number }}', '42').replace('${{ github.event_name }}', event);
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
const weekly = load(readFileSync(join(PROJECT, '.github/workflows/weekly-report.yml'), 'utf8')) as { jobs: { report: { steps: Step[] } } };

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
		expect(steps[issue]!.run).toMatch(/gh issue edit[\s\S]*gh issue comment "\$number" --body-file mentions\.md/);
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
