import { buildStatusReport } from '../reports/status-report.ts';
import {
	chatCounts,
	slackPayload,
	teamsPayload,
	type ChatCounts,
} from '../reports/chat-message.ts';
import { loadHandbook } from '../model/load.ts';
import { handbookDay } from '../dates/today.ts';
import { printableLine } from '../text/printable.ts';
import {
	type CommandHelp,
	commonOptions,
	parseCommand,
	rootFrom,
	todayFrom,
	warnDaysFrom,
	warnDaysOption,
} from './options.ts';
import { fail } from './usage-error.ts';

/**
 * The chat channels `notify` can post to, each with the environment variable that holds its
 * incoming-webhook address. The address is a secret (anyone who has it can post to the
 * channel), so it comes only from the environment, which CI fills from a repository
 * secret: never from content, the config or a flag, and it is never printed.
 */
const CHANNELS = [
	{ name: 'Slack', variable: 'HANDBOOK_SLACK_WEBHOOK', payload: slackPayload },
	{ name: 'Teams', variable: 'HANDBOOK_TEAMS_WEBHOOK', payload: teamsPayload },
] as const satisfies readonly {
	name: string;
	variable: string;
	payload: (c: ChatCounts, issueUrl?: URL) => unknown;
}[];

const DEFAULT_TIMEOUT_SECONDS = 10;

const NOTIFY_FLAGS = {
	'issue-url': {
		type: 'string',
		value: 'URL',
		help: "The tracking issue's web address, which the message links to.",
	},
	timeout: {
		type: 'string',
		value: 'SECONDS',
		help: `How long to wait for each chat service, more than 0 and at most 120 (default: ${DEFAULT_TIMEOUT_SECONDS}).`,
	},
	...warnDaysOption,
} as const;

export const NOTIFY_HELP: CommandHelp = {
	usage:
		'npm run handbook -- notify [--issue-url URL] [--timeout SECONDS] [--warn-days N] [--root DIR] [--today YYYY-MM-DD]',
	about: [
		"Post the report's counts (reviews overdue and due soon, people to re-train, coverage gaps, single",
		'points of failure) and a link to the tracking issue to Slack and Microsoft Teams. The webhook',
		'addresses come only from HANDBOOK_SLACK_WEBHOOK and HANDBOOK_TEAMS_WEBHOOK; with neither set it',
		'posts nothing and exits 0. A service that refuses or does not answer in time: exit code 1.',
	].join(' '),
	flags: NOTIFY_FLAGS,
	examples: ['npm run handbook -- notify --issue-url https://github.com/acme/handbook/issues/12'],
};

/** `--timeout SECONDS`, more than 0 and at most 120. */
function timeoutFrom(value: string | undefined): number {
	if (value === undefined) return DEFAULT_TIMEOUT_SECONDS;
	const seconds = Number(value);
	if (!/^\d+(\.\d+)?$/.test(value) || seconds <= 0 || seconds > 120)
		fail(
			`--timeout is "${value}"; give the seconds to wait for a chat service, more than 0 and at most 120.`,
		);
	return seconds;
}

/** `--issue-url`, the tracking issue's web address, which the message links to. */
function issueUrlFrom(value: string | undefined): URL | undefined {
	if (value === undefined) return undefined;
	const url = URL.canParse(value) ? new URL(value) : undefined;
	if (
		!url ||
		!['https:', 'http:'].includes(url.protocol) ||
		url.username !== '' ||
		url.password !== ''
	) {
		fail(
			`--issue-url is "${value}"; give the tracking issue's web address, e.g. https://github.com/acme/handbook/issues/12.`,
		);
	}
	return url;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A webhook address from the environment: https, or http to this machine (a local relay or a test). Refused without quoting it. */
function webhookFrom(variable: string, value: string): URL {
	const url = URL.canParse(value) ? new URL(value) : undefined;
	if (
		!url ||
		!(url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)))
	) {
		fail(
			`${variable} is set but is not an https address; set the repository secret to the incoming-webhook address the chat service gave you.`,
		);
	}
	return url;
}

/** What the service answered when it refused, in a few printable words: Slack says `invalid_payload`, `no_text`. */
function detail(body: string): string {
	const first = body.trim().split('\n')[0]!.trim();
	if (first === '') return '';
	return ` (${printableLine(first.length > 80 ? `${first.slice(0, 80)}...` : first)})`;
}

/** Posts one message; returns what went wrong in one line, or undefined when the service took it. */
async function post(
	channel: string,
	url: URL,
	payload: unknown,
	timeout: number,
): Promise<string | undefined> {
	try {
		const signal = AbortSignal.timeout(timeout * 1000);
		const response = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(payload),
			signal,
		});
		const body = await response.text();
		if (response.ok) return undefined;
		return `${channel} answered ${response.status}${response.statusText ? ` ${printableLine(response.statusText)}` : ''}${detail(body)}; the summary was not posted.`;
	} catch (error) {
		if (error instanceof Error && error.name === 'TimeoutError')
			return `${channel} did not answer within ${timeout} s; the summary was not posted.`;
		// fetch says why in its cause: a code (ECONNREFUSED, ENOTFOUND) or a few words ("bad port"),
		// which name the host at most, never the secret path of the address.
		const cause = error instanceof Error ? error.cause : undefined;
		const why =
			cause instanceof Error
				? 'code' in cause && typeof cause.code === 'string'
					? cause.code
					: cause.message
				: error instanceof Error
					? error.message
					: String(error);
		return `could not reach ${channel} (${printableLine(why).slice(0, 80)}); the summary was not posted.`;
	}
}

/**
 * `notify`: posts the weekly report's counts and a link to its issue to the chat channels
 * whose webhook is set. Exits 0 when every message was taken or none is set, 1 when a
 * service refused, failed or did not answer in time (one line each), 2 on a bad flag.
 */
export async function runNotify(args: string[], defaultRoot: string): Promise<number> {
	const { values } = parseCommand(args, { ...commonOptions(defaultRoot), ...NOTIFY_FLAGS });
	const timeout = timeoutFrom(values.timeout);
	const issueUrl = issueUrlFrom(values['issue-url']);
	// A secret that is not set reaches a workflow step as an empty variable.
	const targets = CHANNELS.flatMap((c) => {
		const value = process.env[c.variable]?.trim();
		return value ? [{ ...c, url: webhookFrom(c.variable, value) }] : [];
	});
	if (targets.length === 0) {
		process.stdout.write(
			`Posting to chat is off: neither ${CHANNELS.map((c) => c.variable).join(' nor ')} is set. Nothing was posted.\n`,
		);
		return 0;
	}
	const root = rootFrom(values.root);
	const { config, today } = handbookDay(root, todayFrom(values.today));
	const warnDays = warnDaysFrom(values['warn-days']) ?? config.warn_days;
	const counts = chatCounts(
		buildStatusReport(loadHandbook(root, config, { exampleDay: today }), today, warnDays, {
			mentions: false,
		}),
	);
	const results = await Promise.all(
		targets.map(async (t) => ({
			name: t.name,
			problem: await post(t.name, t.url, t.payload(counts, issueUrl), timeout),
		})),
	);
	for (const r of results) {
		if (r.problem) process.stderr.write(`handbook: ${r.problem}\n`);
		else process.stdout.write(`Posted the summary to ${r.name}.\n`);
	}
	return results.some((r) => r.problem) ? 1 : 0;
}
