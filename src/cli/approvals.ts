import { readFileSync } from 'node:fs';
import { decide, type Decision } from '../approvals/decide.ts';
import { approvalRequirements, normalisePath } from '../approvals/requirements.ts';
import { latestStates, parseReviews, ReviewsError, type HostReview } from '../approvals/reviews.ts';
import { inWorkingTree, loadBaseHandbook, loadNewDocuments } from '../approvals/trees.ts';
import { assertRef, defaultBase, resolveCommit } from '../git/base-ref.ts';
import { parsePathList } from '../git/path-list.ts';
import { resolveToday } from '../dates/today.ts';
import {
	type CommandHelp,
	commonOptions,
	formatFrom,
	formatOption,
	parseCommand,
	rootFrom,
	todayFrom,
} from './options.ts';
import { fail } from './usage-error.ts';

const APPROVAL_FORMATS = ['pretty', 'json'] as const;

const APPROVALS_FLAGS = {
	changed: {
		type: 'string',
		value: 'FILE|-',
		help: "The pull request's changed paths, as git diff --name-only --no-renames lists them (- for standard input; required).",
	},
	author: {
		type: 'string',
		value: 'LOGIN',
		help: "The pull request's author, who never approves their own change (required).",
	},
	reviews: {
		type: 'string',
		value: 'FILE|-',
		help: "The pull request's reviews, as the git host's API returns them in JSON (- for standard input; required).",
	},
	base: {
		type: 'string',
		value: 'REF',
		help: 'The branch the pull request goes into, whose files say who may approve (default: origin/main, else main).',
	},
	...formatOption(
		APPROVAL_FORMATS,
		'pretty, or json: the base commit, what is approved and what is missing.',
	),
} as const;

export const APPROVALS_HELP: CommandHelp = {
	usage:
		'npm run handbook -- approvals --changed FILE|- --author LOGIN --reviews FILE|- [--base REF] [--format pretty|json] [--root DIR] [--today YYYY-MM-DD]',
	about: [
		'Say which changes of a pull request lack the approval they need: a controlled document one of its',
		'approvers (never its owner), every other path an active supervisor. Who may approve is read from',
		"the base branch, never from the pull request's own files. Exit code 1 when an approval is missing.",
	].join(' '),
	flags: APPROVALS_FLAGS,
	examples: [
		'git diff --name-only --no-renames origin/main... > changed.txt && npm run handbook -- approvals --changed changed.txt --author mlopez --reviews reviews.json',
	],
};

/** One unmet approval, as `--format json` reports it. */
export interface ApprovalGap {
	file: string;
	/** The SOP's id, when the file is an SOP. */
	sop?: string;
	/** The id of the controlled document (SOP, principle, training module) the file is, when it is one. */
	document?: string;
	change: 'changed' | 'added' | 'deleted';
	/** Who may approve, as the base branch names them. */
	approvers: string[];
	/** Why it is not approved, in words. */
	reason: string;
}

function readInput(path: string): string {
	try {
		return path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
	} catch (error) {
		fail(
			`could not read ${path === '-' ? 'standard input' : path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
		);
	}
}

/**
 * `approvals`: which changes of a pull request lack the approval they need. Who may
 * approve (people, roles, handles, each SOP's approvers and owner, the config) is read
 * from the base branch, never from the pull request's own files.
 */
export function runApprovals(args: string[], defaultRoot: string): number {
	const { values } = parseCommand(args, { ...commonOptions(defaultRoot), ...APPROVALS_FLAGS });
	if (!values.changed || !values.author || !values.reviews) {
		fail(
			'approvals needs --changed FILE (changed paths, one per line), --author LOGIN and --reviews FILE|- (the pull request reviews as JSON).',
		);
	}
	if (values.changed === '-' && values.reviews === '-')
		fail('only one of --changed and --reviews can read standard input.');
	const format = formatFrom(values.format, APPROVAL_FORMATS);
	if (values.base !== undefined) assertRef(values.base);
	let reviews: HostReview[];
	try {
		reviews = parseReviews(readInput(values.reviews));
	} catch (error) {
		if (!(error instanceof ReviewsError)) throw error;
		fail(`--reviews must be the JSON list of reviews the git host returns (${error.message}).`);
	}
	const changed = parsePathList(readInput(values.changed)).map(normalisePath);
	const root = rootFrom(values.root);
	const commit = resolveCommit(root, values.base ?? defaultBase(root));
	const base = loadBaseHandbook(
		root,
		commit,
		(config) =>
			resolveToday({
				flag: todayFrom(values.today),
				env: process.env.HANDBOOK_TODAY,
				timeZone: config.time_zone,
				now: () => new Date(),
			}).today,
		changed,
	);
	const added = changed.filter((path) => !base.paths.has(path) && inWorkingTree(root, path));
	const requirements = approvalRequirements({
		changed,
		base: base.handbook,
		basePaths: base.paths,
		inPullRequest: (path) => inWorkingTree(root, path),
		newDocuments: loadNewDocuments(root, added, base.handbook.config, base.today),
	});
	const decisions = decide(requirements, latestStates(reviews), values.author);
	const gaps = decisions.filter((d) => d.reason !== undefined);
	if (format === 'json') {
		const approved = decisions.filter((d) => d.approvedBy).map(describeApproval);
		const missing: ApprovalGap[] = gaps.map(({ requirement: r, reason }) => ({
			file: r.file,
			...(r.document
				? { document: r.document.id, ...(r.document.kind === 'sop' ? { sop: r.document.id } : {}) }
				: {}),
			change: r.change,
			approvers: r.candidates.map((c) => c.id),
			reason: reason!,
		}));
		process.stdout.write(`${JSON.stringify({ base: commit, approved, missing }, null, 2)}\n`);
	} else {
		for (const d of decisions) if (d.approvedBy) process.stdout.write(`✔ ${describeApproval(d)}\n`);
		for (const d of gaps) process.stdout.write(`✖ ${d.requirement.file}: ${d.reason}.\n`);
		if (decisions.length === 0)
			process.stdout.write(
				'The pull request changes nothing that needs an approval: every path it changes is listed under approvals_free.\n',
			);
		else if (gaps.length > 0) {
			process.stdout.write(
				`${gaps.length} change${gaps.length === 1 ? ' lacks' : 's lack'} the approval ${gaps.length === 1 ? 'it needs' : 'they need'}, from someone other than the author, as the base branch names them.\n`,
			);
		}
	}
	return gaps.length > 0 ? 1 : 0;
}

function describeApproval({ requirement: r, approvedBy }: Decision): string {
	const what = r.document?.id ?? r.file;
	const how = r.change === 'changed' ? '' : `, ${r.change}`;
	const who =
		r.basis === 'control' || r.basis === 'unreadable'
			? `supervisor ${approvedBy!.id}`
			: approvedBy!.id;
	return `${what}${how} (approved by ${who})`;
}
