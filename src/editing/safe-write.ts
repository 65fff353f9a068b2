import { randomBytes } from 'node:crypto';
import {
	closeSync,
	fsyncSync,
	lstatSync,
	mkdirSync,
	openSync,
	readFileSync,
	realpathSync,
	renameSync,
	statSync,
	unlinkSync,
	writeSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/** A write refused before anything changed; the message says why, for the author. */
export class WriteRefused extends Error {}

const LOCK_WAIT_MS = 10_000;
const LOCK_POLL_MS = 25;

/**
 * Checks that `relativePath` lies inside `root` and that no folder on the way, nor the
 * file itself, is a symbolic link: a write never lands outside the handbook by way of a
 * link someone planted. Returns the absolute path.
 */
export function pathInsideRoot(root: string, relativePath: string): string {
	const path = join(root, relativePath);
	const rel = relative(root, path);
	if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
		throw new WriteRefused(`${relativePath} is outside the handbook.`);
	let current = root;
	for (const part of rel.split(sep)) {
		current = join(current, part);
		let stats;
		try {
			stats = lstatSync(current);
		} catch {
			break; // Not there yet: nothing below it can be a link either.
		}
		if (stats.isSymbolicLink())
			throw new WriteRefused(
				`${relative(root, current).split(sep).join('/')} is a symbolic link; the handbook writes only to real files and folders.`,
			);
	}
	const realRoot = realpathSync(root);
	let existing = dirname(path);
	while (!safeExists(existing)) existing = dirname(existing);
	const realParent = realpathSync(existing);
	if (realParent !== realRoot && !realParent.startsWith(realRoot + sep))
		throw new WriteRefused(`${relativePath} would be written outside the handbook.`);
	return path;
}

function safeExists(path: string): boolean {
	try {
		lstatSync(path);
		return true;
	} catch {
		return false;
	}
}

function sleep(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Holds `path.lock` (created exclusively) while `work` runs; other writers wait their turn. */
function withLock<T>(path: string, work: () => T): T {
	const lock = `${path}.lock`;
	const deadline = Date.now() + LOCK_WAIT_MS;
	let fd: number | undefined;
	while (fd === undefined) {
		try {
			fd = openSync(lock, 'wx');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			if (Date.now() > deadline)
				throw new WriteRefused(
					`${basename(path)} is being changed by another command (${basename(lock)} exists). Try again; if no other command is running, delete ${basename(lock)}.`,
				);
			sleep(LOCK_POLL_MS);
		}
	}
	try {
		return work();
	} finally {
		closeSync(fd);
		unlinkSync(lock);
	}
}

/** Writes `text` to a new, exclusively created temporary file beside `path`, then renames it over `path`. */
function replaceWith(path: string, text: string | Uint8Array, mode: number): void {
	const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
	// 'wx' never follows or reuses anything already at that name, a planted link included.
	const fd = openSync(temp, 'wx', mode);
	try {
		if (typeof text === 'string') writeSync(fd, text);
		else writeSync(fd, text);
		fsyncSync(fd);
		closeSync(fd);
		renameSync(temp, path);
	} catch (error) {
		try {
			unlinkSync(temp);
		} catch {
			// already gone
		}
		throw error;
	}
}

/**
 * Changes an existing file in one step: under a lock, reads it as it is now, asks `edit`
 * for the new text (which may refuse by throwing), and replaces the file atomically. A
 * reader sees the old file or the new one; concurrent writers take turns, each editing
 * what the previous one wrote, so no change is lost.
 */
export function updateFile(
	root: string,
	relativePath: string,
	edit: (current: string) => string,
): void {
	refusingOnFailure(relativePath, () => {
		const path = pathInsideRoot(root, relativePath);
		const stats = statSync(path);
		if (!stats.isFile()) throw new WriteRefused(`${relativePath} is not a regular file.`);
		if ((stats.mode & 0o222) === 0)
			throw new WriteRefused(
				`${relativePath} is read-only; make it writable first if it should change.`,
			);
		withLock(path, () => {
			const current = readFileSync(path, 'utf8');
			replaceWith(path, edit(current), stats.mode & 0o7777);
		});
	});
}

/** Writes a file inside the handbook, creating folders as needed; `create` refuses to overwrite. Bytes (a picture) are written as they are. */
export function writeFileInRoot(
	root: string,
	relativePath: string,
	text: string | Uint8Array,
	options: { create?: boolean } = {},
): void {
	refusingOnFailure(relativePath, () => writeInRoot(root, relativePath, text, options));
}

function writeInRoot(
	root: string,
	relativePath: string,
	text: string | Uint8Array,
	options: { create?: boolean },
): void {
	const path = pathInsideRoot(root, relativePath);
	mkdirSync(dirname(path), { recursive: true });
	// Folders made just now could have been swapped for links in between: check again.
	pathInsideRoot(root, relativePath);
	if (options.create) {
		const fd = openSync(path, 'wx');
		try {
			if (typeof text === 'string') writeSync(fd, text);
			else writeSync(fd, text);
		} finally {
			closeSync(fd);
		}
		return;
	}
	withLock(path, () =>
		replaceWith(path, text, safeExists(path) ? statSync(path).mode & 0o7777 : 0o644),
	);
}

/** What the system says when it will not write, in words for the person who ran the command. */
const FAILURES: Record<string, string> = {
	EACCES:
		'you may not write there; ask for write access to the folder, or run the command in a copy you own',
	EPERM: 'the system does not allow the change (the file or folder may be locked or immutable)',
	EROFS: 'the disk it is on is read-only',
	ENOSPC: 'the disk is full',
	EDQUOT: 'your disk quota is used up',
	ENAMETOOLONG: 'its path is longer than the system allows',
};

/** Runs a write; a failure the system reports becomes a refusal that says why, and leaves the file as it was. */
function refusingOnFailure(relativePath: string, write: () => void): void {
	try {
		write();
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (error instanceof WriteRefused || code === undefined || !(code in FAILURES)) throw error;
		throw new WriteRefused(`${relativePath} could not be written: ${FAILURES[code]!} (${code}).`);
	}
}
