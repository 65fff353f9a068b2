import { posix } from 'node:path';
import { CODEOWNERS_PATH, CONFIG_FILE } from '../paths.ts';
import type { Sop } from '../schemas/sop.ts';
import type { Entry, Handbook } from '../model/handbook.ts';
import { isActivePerson } from '../model/status.ts';

/** What a pull request does to one file that needs an approval. */
export type Change = 'changed' | 'added' | 'deleted';

/** Someone who may give a needed approval, with their handle on the base branch. */
export interface Candidate {
	id: string;
	/** Lowercase; absent when the base branch gives them no `github` handle. */
	login: string | undefined;
}

/** One approval a pull request needs. */
export interface Requirement {
	/** Relative to the handbook root. */
	file: string;
	change: Change;
	/** The SOP's id, when the file is an SOP. */
	sop?: string;
	/**
	 * Whose approval counts: `approvers`, the SOP's approvers on the base branch;
	 * `new-sop`, those the new SOP names who hold the approver role on the base branch;
	 * `control`, a supervisor (people, pods, config, CODEOWNERS); `unreadable`, a
	 * supervisor, because the SOP's approvers cannot be read.
	 */
	basis: 'approvers' | 'new-sop' | 'control' | 'unreadable';
	/** Who may approve, as the base branch names them. */
	candidates: Candidate[];
	/** People who never count, even if they are candidates: the SOP's owner (maker and checker differ). */
	excluded: string[];
}

const SOP_FOLDER = 'src/content/sops/';
const SOP_FILE = /\.mdx?$/i;

/**
 * Files that decide who may approve or what the handbook's controls are: the roster
 * (people and their roles and handles), the pods, the config (roles, review cycles) and
 * CODEOWNERS. A change to one of them needs a supervisor.
 */
export function isControlFile(path: string): boolean {
	return path.startsWith('src/content/people/') || path.startsWith('src/content/pods/') || path === CONFIG_FILE || path === CODEOWNERS_PATH;
}

export function isSopFile(path: string): boolean {
	return path.startsWith(SOP_FOLDER) && SOP_FILE.test(path);
}

/** A changed path as the handbook names files: relative to the root, forward slashes, no `./`. */
export function normalisePath(path: string): string {
	return posix.normalize(path.replace(/\\/g, '/')).replace(/^(\.\/)+/, '');
}

export interface RequirementInput {
	/** The paths the pull request changes, adds or deletes, relative to the handbook root. */
	changed: readonly string[];
	/** The handbook at the base branch: the only source of people, roles, handles and approvers. */
	base: Handbook;
	/** Every path that exists on the base branch (among SOPs at least). */
	basePaths: ReadonlySet<string>;
	/** Whether a path exists in the pull request's tree. */
	inPullRequest: (path: string) => boolean;
	/** The pull request's SOPs that are absent on the base branch, read from its tree, by path. */
	newSops: ReadonlyMap<string, Entry<Sop>>;
}

/**
 * The approvals a pull request needs. Everything that decides who may approve comes from
 * the base branch, so that a pull request cannot name its own approvers: an SOP on the
 * base branch (changed or deleted) needs one of its approvers there; a new SOP needs one
 * of the approvers it names who holds the approver role on the base branch; a change to
 * people, pods, the config or CODEOWNERS needs an active supervisor of the base branch.
 */
export function approvalRequirements(input: RequirementInput): Requirement[] {
	const { base } = input;
	const candidate = (id: string): Candidate => ({ id, login: base.people.get(id)?.data.github?.toLowerCase() });
	const supervisors = [...base.people.values()]
		.filter((p) => isActivePerson(p) && p.data.roles.includes('supervisor'))
		.map((p) => candidate(p.id))
		.sort((a, b) => (a.id < b.id ? -1 : 1));
	const baseSops = new Map([...base.sops.values()].map((s) => [s.file.path, s]));
	const requirements: Requirement[] = [];
	for (const path of [...new Set(input.changed.map(normalisePath))].sort()) {
		const onBase = input.basePaths.has(path);
		const inPullRequest = input.inPullRequest(path);
		if (!onBase && !inPullRequest) continue;
		const change: Change = !onBase ? 'added' : inPullRequest ? 'changed' : 'deleted';
		if (isControlFile(path)) {
			requirements.push({ file: path, change, basis: 'control', candidates: supervisors, excluded: [] });
			continue;
		}
		if (!isSopFile(path)) continue;
		if (onBase) {
			const sop = baseSops.get(path);
			if (sop) {
				requirements.push({ file: path, change, sop: sop.id, basis: 'approvers', candidates: sop.data.approvers.map(candidate), excluded: [sop.data.owner] });
			} else {
				// The base branch cannot say who approves it (its frontmatter does not parse there), so a supervisor decides.
				requirements.push({ file: path, change, basis: 'unreadable', candidates: supervisors, excluded: [] });
			}
			continue;
		}
		const sop = input.newSops.get(path);
		if (!sop) {
			requirements.push({ file: path, change, basis: 'unreadable', candidates: supervisors, excluded: [] });
			continue;
		}
		const approvers = sop.data.approvers.filter((id) => base.people.get(id)?.data.roles.includes('approver'));
		requirements.push({ file: path, change, sop: sop.id, basis: 'new-sop', candidates: approvers.map(candidate), excluded: [sop.data.owner] });
	}
	return requirements;
}
