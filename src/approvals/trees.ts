import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitError } from '../git/git.ts';
import { readTree } from '../git/read-tree.ts';
import { CODEOWNERS_PATH, CONFIG_FILE } from '../paths.ts';
import type { HandbookConfig } from '../schemas/config.ts';
import type { PlainDate } from '../schemas/date.ts';
import type { Sop } from '../schemas/sop.ts';
import type { Entry, Handbook } from '../model/handbook.ts';
import { loadHandbook, memorySource, parseConfig } from '../model/load.ts';
import { isSopFile, normalisePath } from './requirements.ts';

/** What the base branch says about who may approve: people, pods, SOPs, the config and CODEOWNERS. */
const BASE_PATHS = ['src/content/people', 'src/content/pods', 'src/content/sops', CONFIG_FILE, CODEOWNERS_PATH];

export interface BaseHandbook {
	/** The handbook model built from the base commit's files, never the working tree's. */
	handbook: Handbook;
	/** Every path among BASE_PATHS on the base commit. */
	paths: ReadonlySet<string>;
	/** The day the handbook is judged on, in the base config's time zone. */
	today: PlainDate;
}

/**
 * The handbook as it is at `commit`, read from git (not from the working tree, which
 * belongs to the pull request) with the same loader and parser as the check.
 * `dayFor` gives the day to judge on, which depends on the base config's time zone.
 */
export function loadBaseHandbook(root: string, commit: string, dayFor: (config: HandbookConfig) => PlainDate): BaseHandbook {
	const tree = readTree(root, commit, BASE_PATHS);
	const { config } = parseConfig(tree.files.get(CONFIG_FILE), 'YYYY-MM-DD');
	const source = memorySource(tree.files);
	if (!source.hasFolder('src/content')) {
		throw new GitError(`the base commit ${commit.slice(0, 12)} has no src/content in ${root}; name the branch the pull request goes into, e.g. --base origin/main.`);
	}
	const today = dayFor(config);
	return { handbook: loadHandbook(root, config, today, source), paths: tree.paths, today };
}

/** Whether `path` exists in the pull request's tree (the working tree at `root`). */
export function inWorkingTree(root: string, path: string): boolean {
	return existsSync(join(root, normalisePath(path)));
}

/**
 * The SOPs among `paths` that the pull request adds, parsed from its tree by the same
 * loader as the check; those whose frontmatter does not parse are left out.
 */
export function loadNewSops(root: string, paths: Iterable<string>, config: HandbookConfig, today: PlainDate): Map<string, Entry<Sop>> {
	const files = new Map<string, string>();
	for (const path of paths) {
		if (!isSopFile(path)) continue;
		try {
			files.set(path, readFileSync(join(root, path), 'utf8'));
		} catch {
			// Unreadable (a folder, a broken link): left out, so a supervisor decides.
		}
	}
	if (files.size === 0) return new Map();
	const handbook = loadHandbook(root, config, today, memorySource(files));
	return new Map([...handbook.sops.values()].map((sop) => [sop.file.path, sop]));
}
