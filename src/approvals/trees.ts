import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitError } from '../git/git.ts';
import { listTree, readTree } from '../git/read-tree.ts';
import { CODEOWNERS_PATH, CONFIG_FILE } from '../paths.ts';
import type { HandbookConfig } from '../schemas/config.ts';
import type { PlainDate } from '../schemas/date.ts';
import { controlledDocuments, type ControlledEntry, type Handbook } from '../model/handbook.ts';
import { kindSpec, KINDS } from '../model/kinds.ts';
import { loadHandbook, memorySource, parseConfig } from '../model/load.ts';
import { isControlledDocumentPath, normalisePath } from './requirements.ts';

/**
 * What the base branch says about who may approve: the people (roles, handles), every
 * controlled document (its approvers and owner), the config (`approvals_free`) and
 * CODEOWNERS. Which kinds carry approvers comes from the kinds registry.
 */
const BASE_PATHS = [
	`src/content/${kindSpec('person').folder}`,
	...KINDS.filter((k) => k.controlled).map((k) => `src/content/${k.folder}`),
	CONFIG_FILE,
	CODEOWNERS_PATH,
];

export interface BaseHandbook {
	/** The handbook model built from the base commit's files, never the working tree's. */
	handbook: Handbook;
	/** Every path among BASE_PATHS and the pull request's changed paths that exists on the base commit. */
	paths: ReadonlySet<string>;
	/** The day the handbook is judged on, in the base config's time zone. */
	today: PlainDate;
}

/**
 * The handbook as it is at `commit`, read from git (not from the working tree, which
 * belongs to the pull request) with the same loader and parser as the check.
 * `dayFor` gives the day to judge on, which depends on the base config's time zone.
 */
export function loadBaseHandbook(
	root: string,
	commit: string,
	dayFor: (config: HandbookConfig) => PlainDate,
	changed: readonly string[] = [],
): BaseHandbook {
	const tree = readTree(root, commit, BASE_PATHS);
	const paths = new Set([...tree.paths, ...listTree(root, commit, changed)]);
	const { config } = parseConfig(tree.files.get(CONFIG_FILE));
	const source = memorySource(tree.files);
	if (!source.hasFolder('src/content')) {
		throw new GitError(
			`the base commit ${commit.slice(0, 12)} has no src/content in ${root}; name the branch the pull request goes into, e.g. --base origin/main.`,
		);
	}
	const today = dayFor(config);
	return { handbook: loadHandbook(root, config, { exampleDay: today, source }), paths, today };
}

/** Whether `path` exists in the pull request's tree (the working tree at `root`). */
export function inWorkingTree(root: string, path: string): boolean {
	return existsSync(join(root, normalisePath(path)));
}

/**
 * The controlled documents among `paths` that the pull request adds, parsed from its tree
 * by the same loader as the check; those whose frontmatter does not parse are left out.
 */
export function loadNewDocuments(
	root: string,
	paths: Iterable<string>,
	config: HandbookConfig,
	today: PlainDate,
): Map<string, ControlledEntry> {
	const files = new Map<string, string>();
	for (const path of paths) {
		if (!isControlledDocumentPath(path)) continue;
		try {
			files.set(path, readFileSync(join(root, path), 'utf8'));
		} catch {
			// Unreadable (a folder, a broken link): left out, so a supervisor decides.
		}
	}
	if (files.size === 0) return new Map();
	const handbook = loadHandbook(root, config, { exampleDay: today, source: memorySource(files) });
	return new Map(controlledDocuments(handbook).map((doc) => [doc.file.path, doc]));
}
