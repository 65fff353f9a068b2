import { posix } from 'node:path';
import { controlledDocuments, type ControlledEntry, type Handbook } from '../model/handbook.ts';
import { kindOfPath } from '../model/kinds.ts';
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
	/** The controlled document the file is (SOP, principle, training module), when it is one. */
	document?: { kind: ControlledEntry['kind']; id: string };
	/**
	 * Whose approval counts: `approvers`, the document's approvers on the base branch;
	 * `new-document`, those a new document names who hold the approver role on the base
	 * branch; `control`, a supervisor (every other path: people, clients, KPIs, general
	 * pages, config, code, workflows); `unreadable`, a supervisor, because the document's
	 * approvers cannot be read.
	 */
	basis: 'approvers' | 'new-document' | 'control' | 'unreadable';
	/** Who may approve, as the base branch names them. */
	candidates: Candidate[];
	/** People who never count, even if they are candidates: the document's owner (maker and checker differ). */
	excluded: string[];
}

/** The controlled document a path holds, by the kinds registry: its kind carries approvers. */
export function isControlledDocumentPath(path: string): boolean {
	return kindOfPath(path)?.controlled === true;
}

/** A changed path as the handbook names files: relative to the root, forward slashes, no `./`. */
export function normalisePath(path: string): string {
	return posix.normalize(path.replace(/\\/g, '/')).replace(/^(\.\/)+/, '');
}

/** Whether the base branch's config lists `path` as free of approval (`approvals_free` globs). */
export function isFree(path: string, globs: readonly string[]): boolean {
	return globs.some((glob) => posix.matchesGlob(path, glob));
}

export interface RequirementInput {
	/** The paths the pull request changes, adds or deletes, relative to the handbook root. */
	changed: readonly string[];
	/** The handbook at the base branch: the only source of people, roles, handles, approvers and `approvals_free`. */
	base: Handbook;
	/** The changed paths that exist on the base branch. */
	basePaths: ReadonlySet<string>;
	/** Whether a path exists in the pull request's tree. */
	inPullRequest: (path: string) => boolean;
	/** The pull request's controlled documents that are absent on the base branch, read from its tree, by path. */
	newDocuments: ReadonlyMap<string, ControlledEntry>;
}

/**
 * The approvals a pull request needs, default deny. Everything that decides who may
 * approve comes from the base branch, so a pull request cannot name its own approvers:
 * a controlled document on the base branch (changed or deleted) needs one of its
 * approvers there; a new one needs one of the approvers it names who holds the approver
 * role on the base branch; every other path, content, code, config and workflows alike,
 * needs an active supervisor of the base branch, unless the base config lists it under
 * `approvals_free`.
 */
export function approvalRequirements(input: RequirementInput): Requirement[] {
	const { base } = input;
	const candidate = (id: string): Candidate => ({
		id,
		login: base.people.get(id)?.data.github?.toLowerCase(),
	});
	const supervisors = [...base.people.values()]
		.filter((p) => isActivePerson(p) && p.data.roles.includes('supervisor'))
		.map((p) => candidate(p.id))
		.sort((a, b) => (a.id < b.id ? -1 : 1));
	const baseDocuments = new Map(controlledDocuments(base).map((d) => [d.file.path, d]));
	const requirements: Requirement[] = [];
	for (const path of [...new Set(input.changed.map(normalisePath))].sort()) {
		const onBase = input.basePaths.has(path);
		const inPullRequest = input.inPullRequest(path);
		if (!onBase && !inPullRequest) continue;
		const change: Change = !onBase ? 'added' : inPullRequest ? 'changed' : 'deleted';
		const supervised = (basis: 'control' | 'unreadable'): Requirement => ({
			file: path,
			change,
			basis,
			candidates: supervisors,
			excluded: [],
		});
		if (!isControlledDocumentPath(path)) {
			if (!isFree(path, base.config.approvals_free)) requirements.push(supervised('control'));
			continue;
		}
		const doc = onBase ? baseDocuments.get(path) : input.newDocuments.get(path);
		if (!doc) {
			// Its frontmatter does not parse (on the base branch, or in the pull request for a new one), so nobody can say who approves it: a supervisor decides.
			requirements.push(supervised('unreadable'));
			continue;
		}
		const document = { kind: doc.kind, id: doc.id };
		const excluded = [doc.data.owner];
		if (onBase) {
			requirements.push({
				file: path,
				change,
				document,
				basis: 'approvers',
				candidates: doc.data.approvers.map(candidate),
				excluded,
			});
		} else {
			const approvers = doc.data.approvers.filter((id) =>
				base.people.get(id)?.data.roles.includes('approver'),
			);
			requirements.push({
				file: path,
				change,
				document,
				basis: 'new-document',
				candidates: approvers.map(candidate),
				excluded,
			});
		}
	}
	return requirements;
}
