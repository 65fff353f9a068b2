/**
 * `check --cache`: a whole-handbook check whose inputs are byte for byte those of an
 * earlier run prints that run's output again without loading the checker.
 *
 * The key is a SHA-256 over everything the check can read and everything it is told:
 * - every file, link and folder under the root's `src/` and `public/`, the config and
 *   CODEOWNERS, by path and content (links by their target, without following them);
 * - the tool itself: its `src/`, `scripts/`, `package.json` and `package-lock.json`, and
 *   the Node version, so a new version of the tool, its rules or its dependencies never
 *   reads an entry an older one wrote;
 * - the root's absolute path and every option that changes the output.
 * "Today" from the clock is checked, not keyed: the entry records the day and the config's
 * time zone, and is used only while the clock still gives that day there.
 *
 * This module loads nothing of the checker, so a cache hit costs a read of the files.
 */
import { createHash, type Hash } from 'node:crypto';
import {
	type Dirent,
	mkdirSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	renameSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { dateInTimeZone } from '../dates/time-zone.ts';
import { CODEOWNERS_PATH, CONFIG_FILE, PUBLIC_DIR } from '../paths.ts';

/** Changes whenever an entry's layout changes. */
const LAYOUT = 1;

/** What of a handbook root the check can read. */
const HANDBOOK_INPUTS = ['src', PUBLIC_DIR, CONFIG_FILE, CODEOWNERS_PATH];

/** What of the tool's own folder decides how it checks. */
const TOOL_INPUTS = ['src', 'scripts', 'package.json', 'package-lock.json'];

/**
 * The handbook the tool's folder holds is content, not the tool: where a firm keeps its
 * handbook in this project, an edited SOP must not count as a new version of the tool.
 */
const NOT_TOOL = new Set(['src/content']);

/** Folders never read: installed packages and git's store. */
const SKIPPED = new Set(['node_modules', '.git']);

/** The folder the ecosystem keeps tool caches in, under the tool's own `node_modules`. */
export function defaultCacheLocation(toolRoot: string): string {
	return join(toolRoot, 'node_modules', '.cache', 'ops-handbook');
}

/**
 * Adds `path` under `base` to the hash: a file by its bytes, a link by its target, a folder
 * by what it holds. Each file's bytes go into `read` too, when given, by path.
 */
function addPath(
	hash: Hash,
	base: string,
	path: string,
	read?: Map<string, Buffer>,
	skip?: ReadonlySet<string>,
): void {
	const entries: [string, Dirent | undefined][] = [[path, undefined]];
	while (entries.length > 0) {
		const [name, entry] = entries.pop()!;
		const full = join(base, name);
		try {
			if (entry === undefined || entry.isFile()) {
				// The top path is read as a file first; a folder fails with EISDIR and is listed below.
				const bytes = readFileSync(full);
				read?.set(name, bytes);
				hash.update(`file\0${name}\0${bytes.length}\0`);
				hash.update(bytes);
				continue;
			}
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code !== 'EISDIR') {
				hash.update(`unreadable\0${name}\0${code}\0`);
				continue;
			}
		}
		if (entry?.isSymbolicLink()) {
			hash.update(`link\0${name}\0${readlinkSync(full)}\0`);
		} else if (entry === undefined || entry.isDirectory()) {
			let children: Dirent[];
			try {
				children = readdirSync(full, { withFileTypes: true, encoding: 'utf8' });
			} catch (error) {
				hash.update(`unreadable\0${name}\0${(error as NodeJS.ErrnoException).code}\0`);
				continue;
			}
			hash.update(`folder\0${name}\0`);
			// Sorted descending, so popping visits names in ascending order whatever the file system returns.
			children.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
			for (const child of children) {
				const childName = `${name}/${child.name}`;
				if (!SKIPPED.has(child.name) && !skip?.has(childName)) entries.push([childName, child]);
			}
		} else {
			hash.update(`other\0${name}\0`);
		}
	}
}

export interface CacheRequest {
	/** The handbook root, absolute. */
	root: string;
	/** The tool's own folder (the project holding `scripts/handbook.ts`). */
	toolRoot: string;
	/** Where entries are kept. */
	location: string;
	/** Every option that changes the output, as given: format, colour, warning window, a fixed today. */
	options: Readonly<Record<string, string | number | boolean | undefined>>;
}

/** One finished run: what it printed, how it exited, and the day it judged. */
export interface CachedRun {
	output: string;
	exitCode: number;
	today: string;
	/** The config's time zone, when the day came from the clock. */
	clockTimeZone?: string | undefined;
}

interface Entry extends CachedRun {
	layout: number;
	key: string;
}

/** The tool as it is on disk now: its code, its dependencies' versions and the Node running it. */
export function toolFingerprint(toolRoot: string): string {
	const hash = createHash('sha256');
	hash.update(`${LAYOUT}\0${process.version}\0`);
	for (const path of TOOL_INPUTS) addPath(hash, toolRoot, path, undefined, NOT_TOOL);
	return hash.digest('hex');
}

/**
 * The key for the inputs as they are on disk now; the files' bytes go into `read`, when
 * given, by path from the root. `tool` is the tool's fingerprint, when already taken.
 */
export function cacheKey(
	request: CacheRequest,
	read?: Map<string, Buffer>,
	tool = toolFingerprint(request.toolRoot),
): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify({ layout: LAYOUT, root: request.root, options: request.options }));
	hash.update(`\0tool\0${tool}\0handbook\0`);
	for (const path of HANDBOOK_INPUTS) addPath(hash, request.root, path, read);
	return hash.digest('hex');
}

/** One entry per handbook root, as ESLint keeps one cache file; `kind` tells the cache's files for it apart. */
export function entryFile(request: CacheRequest, kind = 'check', extension = 'json'): string {
	return join(
		request.location,
		`${kind}-${createHash('sha256').update(request.root).digest('hex').slice(0, 16)}.${extension}`,
	);
}

/** The earlier run with exactly this key, if it is there and still judges the right day. */
export function readCachedRun(
	request: CacheRequest,
	key: string,
	now: () => Date,
): CachedRun | undefined {
	let entry: Entry;
	try {
		entry = JSON.parse(readFileSync(entryFile(request), 'utf8')) as Entry;
	} catch {
		return undefined;
	}
	if (
		entry.layout !== LAYOUT ||
		entry.key !== key ||
		typeof entry.output !== 'string' ||
		typeof entry.exitCode !== 'number'
	)
		return undefined;
	if (
		entry.clockTimeZone !== undefined &&
		dateInTimeZone(now(), entry.clockTimeZone) !== entry.today
	)
		return undefined;
	return entry;
}

/**
 * Keeps a run for next time. Written to a temporary file and renamed, so a reader never
 * sees half an entry; a cache that cannot be written costs speed, never the check, so the
 * failure is returned for a warning rather than thrown.
 */
export function writeCachedRun(
	request: CacheRequest,
	key: string,
	run: CachedRun,
): string | undefined {
	const file = entryFile(request);
	const entry: Entry = { layout: LAYOUT, key, ...run };
	try {
		mkdirSync(request.location, { recursive: true });
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, JSON.stringify(entry));
		renameSync(temporary, file);
		return undefined;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code ?? String(error);
	}
}
