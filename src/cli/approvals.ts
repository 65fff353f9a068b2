import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadHandbook } from '../validation/load.ts';
import { handbookDay } from '../validation/today.ts';
import { fail } from './usage-error.ts';

/** One review as the git host's API returns it (GitHub's pull request reviews). */
interface HostReview {
	user?: { login?: string } | null;
	state?: string;
	submitted_at?: string;
}

export interface ApprovalGap {
	sop: string;
	file: string;
	approvers: string[];
	/** Why it is not approved, in words. */
	reason: string;
}

function readInput(path: string): string {
	try {
		return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
	} catch (error) {
		fail(`could not read ${path === '-' ? 'standard input' : path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
	}
}

/** Each reviewer's latest decision: a later "changes requested" or dismissal cancels an approval. */
export function latestStates(reviews: HostReview[]): Map<string, string> {
	const latest = new Map<string, { state: string; at: string; order: number }>();
	reviews.forEach((review, order) => {
		const login = review.user?.login?.toLowerCase();
		const state = review.state?.toUpperCase();
		if (!login || !state || state === 'COMMENTED' || state === 'PENDING') return;
		const at = review.submitted_at ?? '';
		const previous = latest.get(login);
		if (!previous || at > previous.at || (at === previous.at && order > previous.order)) latest.set(login, { state, at, order });
	});
	return new Map([...latest].map(([login, { state }]) => [login, state]));
}

/** `approvals`: which changed SOPs lack an approving review from one of their own approvers, other than the author. */
export function runApprovals(args: string[], defaultRoot: string): number {
	const { values } = parseArgs({
		args,
		options: {
			root: { type: 'string', default: defaultRoot },
			today: { type: 'string' },
			changed: { type: 'string' },
			author: { type: 'string' },
			reviews: { type: 'string' },
			format: { type: 'string', default: 'pretty' },
		},
		strict: true,
	});
	if (!values.changed || !values.author || !values.reviews) {
		fail('approvals needs --changed FILE (changed paths, one per line), --author LOGIN and --reviews FILE|- (the pull request reviews as JSON).');
	}
	if (values.changed === '-' && values.reviews === '-') fail('only one of --changed and --reviews can read standard input.');
	if (values.format !== 'pretty' && values.format !== 'json') fail(`--format is "${values.format}"; use pretty or json.`);
	let reviews: HostReview[];
	try {
		const parsed: unknown = JSON.parse(readInput(values.reviews));
		if (!Array.isArray(parsed)) throw new Error('not a list');
		reviews = parsed as HostReview[];
	} catch (error) {
		if (error instanceof Error && error.name === 'UsageError') throw error;
		fail(`--reviews must be the JSON list of reviews the git host returns (${(error as Error).message}).`);
	}
	const changed = readInput(values.changed).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
	const root = resolve(values.root);
	const { config, today } = handbookDay(root, values.today);
	const handbook = loadHandbook(root, config, today);
	const author = values.author.toLowerCase();
	const states = latestStates(reviews);
	const byPath = new Map([...handbook.sops.values()].map((s) => [s.file.path, s]));
	const gaps: ApprovalGap[] = [];
	const approved: string[] = [];
	for (const path of changed) {
		const sop = byPath.get(path);
		if (!sop) continue;
		const handles = sop.data.approvers.map((id) => ({ id, login: handbook.people.get(id)?.data.github?.toLowerCase() }));
		const eligible = handles.filter((h) => h.login && h.login !== author);
		const yes = eligible.find((h) => states.get(h.login!) === 'APPROVED');
		if (yes) {
			approved.push(`${sop.id} (approved by ${yes.id})`);
			continue;
		}
		const reason =
			handles.length === 0
				? 'it names no approvers'
				: eligible.length === 0
					? 'its only approvers are the author or have no github handle'
					: `none of its approvers (${eligible.map((h) => `@${h.login}`).join(', ')}) has approved the pull request`;
		gaps.push({ sop: sop.id, file: sop.file.path, approvers: sop.data.approvers, reason });
	}
	if (values.format === 'json') {
		process.stdout.write(`${JSON.stringify({ approved, missing: gaps }, null, 2)}\n`);
	} else {
		for (const line of approved) process.stdout.write(`✔ ${line}\n`);
		for (const gap of gaps) process.stdout.write(`✖ ${gap.file}: ${gap.reason}.\n`);
		if (approved.length + gaps.length === 0) process.stdout.write('The pull request changes no SOP.\n');
		else if (gaps.length > 0) process.stdout.write(`${gaps.length} changed SOP${gaps.length === 1 ? ' needs' : 's need'} an approving review from one of its own approvers, who is not the author.\n`);
	}
	return gaps.length > 0 ? 1 : 0;
}
