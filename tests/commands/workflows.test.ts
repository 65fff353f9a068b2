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
