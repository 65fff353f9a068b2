import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, posix, relative, resolve, sep } from 'node:path';
import { Inflate, zipSync } from 'fflate';

/**
 * What `import` reads: files, folders and `.zip` archives, taken in safely. Nothing here
 * follows a link, reads a file past the size cap, or unpacks a zip entry before its name,
 * its declared size and its compression ratio have been checked.
 */

/** The kinds of file `import` turns into handbook files. */
export type SourceFormat = 'docx' | 'html' | 'md' | 'csv';

/** One document to import, with the files beside it (its images and attachments). */
export interface Source {
	/** Where it came from, for the report: the path as given, or `archive.zip:entry`. */
	source: string;
	/** Its name without folder or extension, for ids and links between documents. */
	stem: string;
	format: SourceFormat;
	bytes: Uint8Array;
	/** A file next to it by a relative path (`attachments/123/x.png`), or undefined when it is not there or may not be read. */
	sibling(path: string): Uint8Array | undefined;
}

/** A file or entry that was not imported, and why, in one line. */
export interface Skipped {
	source: string;
	reason: string;
}

export interface Limits {
	/** Largest file or zip entry read, in bytes. */
	maxFileBytes: number;
	/** Largest total of a zip's entries once unpacked. */
	maxZipBytes: number;
	/** Largest ratio of an entry's unpacked to its packed size. */
	maxRatio: number;
	/** Most entries in one zip. */
	maxEntries: number;
}

export const DEFAULT_LIMITS: Limits = {
	maxFileBytes: 20 * 1024 * 1024,
	maxZipBytes: 200 * 1024 * 1024,
	maxRatio: 100,
	maxEntries: 10_000,
};

const FORMATS: Record<string, SourceFormat> = {
	'.docx': 'docx',
	'.html': 'html',
	'.htm': 'html',
	'.md': 'md',
	'.markdown': 'md',
	'.csv': 'csv',
};

/** Files a folder or zip carries for its documents: read when a document links them, never imported alone. */
const ATTACHMENT =
	/\.(?:png|jpe?g|gif|webp|avif|svg|bmp|tiff?|ico|css|js|map|woff2?|ttf|eot|json|xml|txt)$/i;

/** How to bring in what `import` does not read, by extension. */
const CONVERT: Record<string, string> = {
	'.doc': 'an old Word file; open it in Word or LibreOffice and save it as .docx, then import that',
	'.pdf':
		'a PDF, which holds no headings or lists to read; export the original document as .docx or .html, or copy its text into a .md file',
	'.rtf': 'rich text; open it in Word or LibreOffice and save it as .docx',
	'.odt': 'an OpenDocument file; save it from LibreOffice as .docx',
	'.pages': 'a Pages file; export it from Pages as Word (.docx)',
	'.xlsx': 'a spreadsheet; save the roster sheet as .csv with the field names as column headings',
	'.xls': 'a spreadsheet; save the roster sheet as .csv with the field names as column headings',
};

export function refusalFor(name: string): string {
	const ext = extname(name).toLowerCase();
	const what = CONVERT[ext];
	if (what) return `${ext} is ${what}.`;
	return `${ext || 'a file without an extension'} is not a format import reads; save it as .docx, .html or .md (or a roster as .csv), or put those in a .zip.`;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

interface Collected {
	sources: Source[];
	skipped: Skipped[];
}

/** Reads every path given: files, folders (recursively, links refused) and zips. A problem with one is a line in `skipped`, never a stop. */
export function collectSources(
	paths: readonly string[],
	limits: Limits = DEFAULT_LIMITS,
): Collected {
	const out: Collected = { sources: [], skipped: [] };
	for (const given of paths) {
		const path = resolve(given);
		let stats;
		try {
			stats = lstatSync(path);
		} catch {
			out.skipped.push({ source: given, reason: 'does not exist; check the path.' });
			continue;
		}
		if (stats.isSymbolicLink())
			out.skipped.push({
				source: given,
				reason:
					'is a symbolic link; import reads only real files and folders. Give the file it points to.',
			});
		else if (stats.isDirectory()) readFolder(path, given, out, limits);
		else readFile(path, given, path, true, out, limits);
	}
	return out;
}

function readFolder(folder: string, shown: string, out: Collected, limits: Limits): void {
	const names = readdirSync(folder).sort();
	for (const name of names) {
		if (name.startsWith('.')) continue;
		const path = join(folder, name);
		const display = `${shown.replace(/\/$/, '')}/${name}`;
		const stats = lstatSync(path);
		if (stats.isSymbolicLink())
			out.skipped.push({
				source: display,
				reason: 'is a symbolic link; import reads only real files and folders.',
			});
		else if (stats.isDirectory()) readFolder(path, display, out, limits);
		else if (stats.isFile()) readFile(path, display, folder, false, out, limits);
	}
}

function readFile(
	path: string,
	shown: string,
	folder: string,
	given: boolean,
	out: Collected,
	limits: Limits,
): void {
	const ext = extname(path).toLowerCase();
	const base = given ? resolve(path, '..') : folder;
	if (ext === '.zip') {
		readZip(path, shown, out, limits);
		return;
	}
	const format = FORMATS[ext];
	if (!format) {
		if (!ATTACHMENT.test(path) || given)
			out.skipped.push({ source: shown, reason: refusalFor(path) });
		return;
	}
	const stats = lstatSync(path);
	if (!stats.isFile())
		return void out.skipped.push({ source: shown, reason: 'is not a regular file.' });
	if (stats.size > limits.maxFileBytes)
		return void out.skipped.push({
			source: shown,
			reason: `is ${megabytes(stats.size)}, over the ${megabytes(limits.maxFileBytes)} a document may be; split it, or remove embedded media and export it again.`,
		});
	out.sources.push({
		source: shown,
		stem: stemOf(path),
		format,
		bytes: readFileSync(path),
		sibling: (p) => folderSibling(base, p, limits),
	});
}

function stemOf(path: string): string {
	return basename(path, extname(path));
}

/** A file under `folder` by a relative path: no way out of the folder, no link on the way, not past the size cap. */
function folderSibling(folder: string, path: string, limits: Limits): Uint8Array | undefined {
	const clean = safeRelative(path);
	if (clean === undefined) return undefined;
	const full = join(folder, clean);
	const rel = relative(folder, full);
	if (rel.startsWith('..') || rel === '') return undefined;
	let current = folder;
	for (const part of rel.split(sep)) {
		current = join(current, part);
		try {
			if (lstatSync(current).isSymbolicLink()) return undefined;
		} catch {
			return undefined;
		}
	}
	const stats = lstatSync(full);
	if (!stats.isFile() || stats.size > limits.maxFileBytes) return undefined;
	return readFileSync(full);
}

/** A relative path as written in a document, decoded and normalised; undefined when it leaves its folder or is absolute. */
export function safeRelative(path: string): string | undefined {
	let decoded = path.replace(/[?#].*$/, '');
	try {
		decoded = decodeURIComponent(decoded);
	} catch {
		return undefined;
	}
	if (
		decoded === '' ||
		decoded.includes('\0') ||
		decoded.includes('\\') ||
		decoded.startsWith('/') ||
		/^[a-z][a-z0-9+.-]*:/i.test(decoded)
	)
		return undefined;
	const normal = posix.normalize(decoded);
	if (normal === '..' || normal.startsWith('../')) return undefined;
	return normal;
}

/** An entry as the zip's central directory lists it, before anything is unpacked. */
interface ZipEntry {
	name: string;
	/** 0 stored, 8 deflated. */
	method: number;
	packed: number;
	/** The size it says it unpacks to. */
	declared: number;
	/** Where its local header starts. */
	offset: number;
	link: boolean;
}

/** The central directory of a zip: every entry's name, sizes, method and whether it is a link. Throws when there is none. */
function zipEntries(zip: Uint8Array): ZipEntry[] {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	// The end-of-central-directory record is in the last 64 KiB + 22 bytes.
	let end = -1;
	for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
		if (view.getUint32(i, true) === 0x06054b50) {
			end = i;
			break;
		}
	}
	if (end < 0) throw new Error('no central directory');
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const entries: ZipEntry[] = [];
	for (let n = 0; n < count; n++) {
		if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50)
			throw new Error('a damaged central directory');
		const madeBy = view.getUint8(at + 5);
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		const external = view.getUint32(at + 38, true);
		entries.push({
			name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
			method: view.getUint16(at + 10, true),
			packed: view.getUint32(at + 20, true),
			declared: view.getUint32(at + 24, true),
			offset: view.getUint32(at + 42, true),
			// Unix-made entries keep the file mode in the high 16 bits: 0o120000 is a symbolic link.
			link: madeBy === 3 && ((external >>> 16) & 0o170000) === 0o120000,
		});
		at += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

/** Thrown when an entry unpacks past the size it declared. */
class Overflow extends Error {}

/**
 * An entry's bytes, unpacked by fflate a slice at a time and stopped as soon as they pass
 * what the entry declared: an entry that lies about its size costs no more than its declared size.
 */
function unpack(zip: Uint8Array, entry: ZipEntry): Uint8Array {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	if (entry.offset + 30 > zip.length || view.getUint32(entry.offset, true) !== 0x04034b50)
		throw new Error('a damaged entry header');
	const start =
		entry.offset +
		30 +
		view.getUint16(entry.offset + 26, true) +
		view.getUint16(entry.offset + 28, true);
	const packed = zip.subarray(start, start + entry.packed);
	if (entry.method === 0) {
		if (packed.length !== entry.declared) throw new Overflow();
		return packed.slice();
	}
	if (entry.method !== 8)
		throw new Error(`compression method ${entry.method}, which import does not read`);
	const out = new Uint8Array(entry.declared);
	let size = 0;
	const inflate = new Inflate((chunk) => {
		if (size + chunk.length > entry.declared) throw new Overflow();
		out.set(chunk, size);
		size += chunk.length;
	});
	// 16 KiB of packed data unpacks to at most about 16 MiB, so a lie is caught within one slice.
	for (let at = 0; at < packed.length; at += 16_384)
		inflate.push(packed.subarray(at, at + 16_384), at + 16_384 >= packed.length);
	if (packed.length === 0) inflate.push(packed, true);
	return out.subarray(0, size);
}

function readZip(path: string, shown: string, out: Collected, limits: Limits): void {
	const size = lstatSync(path).size;
	if (size > limits.maxZipBytes)
		return void out.skipped.push({
			source: shown,
			reason: `is ${megabytes(size)}, over the ${megabytes(limits.maxZipBytes)} an archive may be; split it into smaller zips.`,
		});
	const zip = readFileSync(path);
	let entries: ZipEntry[];
	try {
		entries = zipEntries(zip);
	} catch (error) {
		out.skipped.push({
			source: shown,
			reason: `is not a zip that can be read (${error instanceof Error ? error.message : String(error)}); make the archive again.`,
		});
		return;
	}
	const files = new Map<string, Uint8Array>();
	let total = 0;
	const entriesOfFiles = entries.filter((e) => !e.name.endsWith('/'));
	if (entriesOfFiles.length > limits.maxEntries)
		out.skipped.push({
			source: shown,
			reason: `holds more than ${limits.maxEntries} files; the rest were not read. Split it into smaller zips.`,
		});
	for (const entry of entriesOfFiles.slice(0, limits.maxEntries)) {
		const where = `${shown}:${entry.name}`;
		const refusal = entryRefusal(entry, total, limits);
		if (refusal) {
			out.skipped.push({ source: where, reason: refusal });
			continue;
		}
		try {
			files.set(entry.name, unpack(zip, entry));
			total += entry.declared;
		} catch (error) {
			out.skipped.push({
				source: where,
				reason:
					error instanceof Overflow
						? 'unpacks to more than the size it declares, as a zip bomb does; it was not unpacked.'
						: `could not be unpacked (${error instanceof Error ? error.message : String(error)}); make the archive again.`,
			});
		}
	}
	const sibling = (dir: string) => (p: string) => {
		const clean = safeRelative(p);
		if (clean === undefined) return undefined;
		const name = posix.normalize(posix.join(dir, clean));
		if (name.startsWith('../')) return undefined;
		return files.get(name);
	};
	for (const [name, bytes] of files) {
		const format = FORMATS[extname(name).toLowerCase()];
		if (!format) continue;
		out.sources.push({
			source: `${shown}:${name}`,
			stem: stemOf(name),
			format,
			bytes,
			sibling: sibling(posix.dirname(name)),
		});
	}
}

/** Why an entry may not be unpacked, judged from the central directory alone; undefined when it may. */
function entryRefusal(entry: ZipEntry, total: number, limits: Limits): string | undefined {
	const { name } = entry;
	if (entry.link) return 'is a symbolic link inside the zip; import unpacks only real files.';
	if (
		name.includes('\\') ||
		name.startsWith('/') ||
		/^[a-z]:/i.test(name) ||
		name.split('/').includes('..') ||
		name.includes('\0')
	)
		return 'has a path that leads outside the archive (an absolute path or ".."); it was not unpacked.';
	const ext = extname(name).toLowerCase();
	if (ext === '.zip')
		return 'is a zip inside a zip; unpack it and import the inner zip on its own.';
	if (!FORMATS[ext] && !ATTACHMENT.test(name)) return refusalFor(name);
	if (entry.declared === 0xffffffff || entry.packed === 0xffffffff)
		return 'is stored as ZIP64 (over 4 GB), which import does not read; it was not unpacked.';
	if (entry.declared > limits.maxFileBytes)
		return `would unpack to ${megabytes(entry.declared)}, over the ${megabytes(limits.maxFileBytes)} a document may be; it was not unpacked.`;
	if (
		entry.method !== 0 &&
		entry.declared > limits.maxRatio * Math.max(entry.packed, 1) &&
		entry.declared > 64 * 1024
	)
		return `would unpack ${Math.round(entry.declared / Math.max(entry.packed, 1))} times larger than it is packed (more than ${limits.maxRatio}:1), as a zip bomb does; it was not unpacked.`;
	if (total + entry.declared > limits.maxZipBytes)
		return `would take the archive past ${megabytes(limits.maxZipBytes)} unpacked; split it into smaller zips.`;
	return undefined;
}

/**
 * A `.docx` is a zip too, and the Word reader would unpack it whole, trusting what it
 * holds. So its parts are unpacked here first, each stopped at its declared size and all
 * together at the archive cap, and handed on stored, with nothing left to inflate.
 * Returns the repacked document, or why it cannot be read.
 */
export function repackWord(
	bytes: Uint8Array,
	limits: Limits = DEFAULT_LIMITS,
): Uint8Array | string {
	const refuse = (why: string) =>
		`is not a Word document that can be read (${why}); open it in Word and save it again as .docx.`;
	let entries: ZipEntry[];
	try {
		entries = zipEntries(bytes);
	} catch (error) {
		return refuse(error instanceof Error ? error.message : String(error));
	}
	const parts: Record<string, Uint8Array> = {};
	let total = 0;
	for (const entry of entries) {
		if (entry.name.endsWith('/')) continue;
		total += entry.declared;
		if (total > limits.maxZipBytes || entry.declared === 0xffffffff)
			return `would unpack to more than ${megabytes(limits.maxZipBytes)}, as a zip bomb does; it was not read. Save it again from Word, with large media removed.`;
		try {
			parts[entry.name] = unpack(bytes, entry);
		} catch (error) {
			if (error instanceof Overflow)
				return 'holds a part that unpacks to more than it declares, as a zip bomb does; it was not read.';
			return refuse(error instanceof Error ? error.message : String(error));
		}
	}
	return zipSync(parts, { level: 0 });
}
