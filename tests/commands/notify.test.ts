import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliAsync } from '../support/cli.ts';
import { BASE, edit, SOP, TODAY, writeHandbook } from '../support/handbook.ts';

const TRAINING = 'src/content/training/csa/first-week.mdx';
const ISSUE = 'https://github.com/acme/handbook/issues/12';

/**
 * One review overdue and one due soon, owned by someone whose name tries to mention and
 * link, and two people past their re-training after a material change whose note does
 * too: none of it may reach the chat.
 */
const root = () =>
	writeHandbook({
		'src/content/people/ana-silva.yaml':
			'name: "Ana @channel [Silva](https://evil.example)"\nroles: [csa, approver]\npod: east\ngithub: ana-gh\n',
		[TRAINING]: edit(BASE[TRAINING]!, 'last_reviewed: 2026-09-01', 'last_reviewed: 2026-05-01'),
		[SOP]: edit(
			BASE[SOP]!,
			'last_reviewed: 2026-10-01\n',
			'last_reviewed: 2026-08-25\ntrained:\n  - { person: dev-rao, on: 2026-03-02 }\nreviews:\n  - { date: 2026-08-25, by: cara-wu, change: material, note: "@here see <https://evil.example>" }\n',
		),
	});

interface Received {
	path: string;
	type: string | undefined;
	body: unknown;
}

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
	for (const server of servers.splice(0)) {
		server.closeAllConnections();
		await new Promise((done) => server.close(done));
	}
});

/** A webhook on 127.0.0.1 that answers each message with `answer` (or never, when it is undefined) and keeps what it received. */
async function webhook(answer?: (res: ServerResponse) => void) {
	const received: Received[] = [];
	const server = createServer((req: IncomingMessage, res) => {
		let text = '';
		req.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
		req.on('end', () => {
			received.push({
				path: req.url ?? '',
				type: req.headers['content-type'],
				body: JSON.parse(text),
			});
			answer?.(res);
		});
	});
	servers.push(server);
	await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T000/B000/secret-path`,
		received,
	};
}

const ok = (res: ServerResponse) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');

const notify = (env: Record<string, string | undefined>, ...args: string[]) =>
	runCliAsync(['notify', '--root', root(), '--today', TODAY, ...args], {
		HANDBOOK_SLACK_WEBHOOK: undefined,
		HANDBOOK_TEAMS_WEBHOOK: undefined,
		...env,
	});

describe('handbook notify', () => {
	it('posts the counts and a link to the issue to Slack, as mrkdwn text', async () => {
		const slack = await webhook(ok);
		const { code, stdout, stderr } = await notify(
			{ HANDBOOK_SLACK_WEBHOOK: slack.url },
			'--issue-url',
			ISSUE,
		);
		expect({ code, stdout, stderr }).toEqual({
			code: 0,
			stdout: 'Posted the summary to Slack.\n',
			stderr: '',
		});
		expect(slack.received).toEqual([
			{
				path: '/services/T000/B000/secret-path',
				type: 'application/json',
				body: {
					text: 'Handbook status, 2026-11-22: reviews 1 overdue, 1 due soon; 2 people to re-train (2 past the last day); 0 coverage gaps in the next 8 weeks; 0 single points of failure. <https://github.com/acme/handbook/issues/12|Open the report>',
				},
			},
		]);
	});

	it('posts an Adaptive Card to Teams, with the counts as facts and a button to the issue', async () => {
		const teams = await webhook((res) => res.writeHead(202).end());
		const { code, stdout } = await notify(
			{ HANDBOOK_TEAMS_WEBHOOK: teams.url },
			'--issue-url',
			ISSUE,
		);
		expect({ code, stdout }).toEqual({ code: 0, stdout: 'Posted the summary to Teams.\n' });
		expect(teams.received.map((r) => r.body)).toMatchInlineSnapshot(`
			[
			  {
			    "attachments": [
			      {
			        "content": {
			          "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
			          "actions": [
			            {
			              "title": "Open the report",
			              "type": "Action.OpenUrl",
			              "url": "https://github.com/acme/handbook/issues/12",
			            },
			          ],
			          "body": [
			            {
			              "size": "Medium",
			              "text": "Handbook status, 2026-11-22",
			              "type": "TextBlock",
			              "weight": "Bolder",
			              "wrap": true,
			            },
			            {
			              "facts": [
			                {
			                  "title": "Reviews overdue",
			                  "value": "1",
			                },
			                {
			                  "title": "Reviews due soon",
			                  "value": "1",
			                },
			                {
			                  "title": "People to re-train",
			                  "value": "2 (2 past the last day)",
			                },
			                {
			                  "title": "Coverage gaps, next 8 weeks",
			                  "value": "0",
			                },
			                {
			                  "title": "Single points of failure",
			                  "value": "0",
			                },
			              ],
			              "type": "FactSet",
			            },
			          ],
			          "type": "AdaptiveCard",
			          "version": "1.4",
			        },
			        "contentType": "application/vnd.microsoft.card.adaptive",
			        "contentUrl": null,
			      },
			    ],
			    "type": "message",
			  },
			]
		`);
	});

	it('puts nothing from content in the message: no name, mention or link of an author', async () => {
		const slack = await webhook(ok);
		const teams = await webhook(ok);
		const { code } = await notify(
			{ HANDBOOK_SLACK_WEBHOOK: slack.url, HANDBOOK_TEAMS_WEBHOOK: teams.url },
			'--issue-url',
			ISSUE,
		);
		expect(code).toBe(0);
		const sent = JSON.stringify([...slack.received, ...teams.received]);
		for (const text of ['Ana', '@channel', 'evil', 'ana-gh']) expect(sent).not.toContain(text);
	});

	it('escapes the characters Slack reads as markup in the link', async () => {
		const slack = await webhook(ok);
		await notify(
			{ HANDBOOK_SLACK_WEBHOOK: slack.url },
			'--issue-url',
			'https://github.example/a/b/issues/1?x=1&y=|<z>',
		);
		expect((slack.received[0]!.body as { text: string }).text).toMatch(
			/<https:\/\/github\.example\/a\/b\/issues\/1\?x=1&amp;y=%7C%3Cz%3E\|Open the report>$/,
		);
	});

	it('fails with one line, and a non-zero exit, when the service answers 500', async () => {
		const slack = await webhook((res) =>
			res.writeHead(500, { 'content-type': 'text/plain' }).end('internal_error'),
		);
		const { code, stdout, stderr } = await notify({ HANDBOOK_SLACK_WEBHOOK: slack.url });
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr).toBe(
			'handbook: Slack answered 500 Internal Server Error (internal_error); the summary was not posted.\n',
		);
		expect(stderr).not.toContain('secret-path');
	});

	it('gives up after the timeout when the service never answers, and says so', async () => {
		const teams = await webhook();
		const { code, stderr } = await notify(
			{ HANDBOOK_TEAMS_WEBHOOK: teams.url },
			'--timeout',
			'0.3',
		);
		expect(code).toBe(1);
		expect(stderr).toBe(
			'handbook: Teams did not answer within 0.3 s; the summary was not posted.\n',
		);
		expect(teams.received).toHaveLength(1);
	});

	it('posts to the other service when one fails, and still exits non-zero', async () => {
		const slack = await webhook((res) => res.writeHead(404).end('no_service'));
		const teams = await webhook(ok);
		const { code, stdout, stderr } = await notify({
			HANDBOOK_SLACK_WEBHOOK: slack.url,
			HANDBOOK_TEAMS_WEBHOOK: teams.url,
		});
		expect(code).toBe(1);
		expect(stdout).toBe('Posted the summary to Teams.\n');
		expect(stderr).toBe(
			'handbook: Slack answered 404 Not Found (no_service); the summary was not posted.\n',
		);
	});

	it('posts nothing and exits 0 when no webhook is set, as when the secret is absent', async () => {
		const { code, stdout, stderr } = await notify(
			{ HANDBOOK_SLACK_WEBHOOK: '', HANDBOOK_TEAMS_WEBHOOK: undefined },
			'--issue-url',
			ISSUE,
		);
		expect({ code, stdout, stderr }).toEqual({
			code: 0,
			stdout:
				'Posting to chat is off: neither HANDBOOK_SLACK_WEBHOOK nor HANDBOOK_TEAMS_WEBHOOK is set. Nothing was posted.\n',
			stderr: '',
		});
	});

	it('refuses a webhook that is not an https address without printing it', async () => {
		const { code, stderr } = await notify({
			HANDBOOK_SLACK_WEBHOOK: 'http://hooks.example/services/secret-path',
		});
		expect(code).toBe(2);
		expect(stderr).toBe(
			'handbook: HANDBOOK_SLACK_WEBHOOK is set but is not an https address; set the repository secret to the incoming-webhook address the chat service gave you.\n',
		);
	});

	it.each([
		[
			['--issue-url', 'javascript:alert(1)'],
			/--issue-url is "javascript:alert\(1\)"; give the tracking issue's web address/,
		],
		[['--timeout', '0'], /--timeout is "0"; give the seconds to wait/],
	])('refuses %j before posting anything', async (args, message) => {
		const slack = await webhook(ok);
		const { code, stderr } = await notify({ HANDBOOK_SLACK_WEBHOOK: slack.url }, ...args);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
		expect(slack.received).toEqual([]);
	});
});
