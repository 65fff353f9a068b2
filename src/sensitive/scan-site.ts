import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Lines } from './markers.ts';
import { pageText } from './html-text.ts';
import { describeValue } from './scan-handbook.ts';
import { redact, scanPath, scanText, type SensitiveMatch } from './scan.ts';

export interface SiteFinding {
	/** Path inside the built site. */
	file: string;
	/** The line of the value, from 1; 0 when the value is in the file's name. */
	line: number;
	match: SensitiveMatch;
}

/** Files that hold no text: images, fonts, media and archives. Every other file is read as text. */
const BINARY =
	/\.(png|jpe?g|gif|webp|avif|ico|bmp|tiff?|woff2?|ttf|otf|eot|mp[34]|webm|ogg|wav|pdf|zip|wasm)$/i;

/** A gzipped file (a Pagefind fragment, index or filter) as its text; others as they are. */
function fileText(bytes: Buffer): string {
	if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
		try {
			return gunzipSync(bytes).toString('utf8');
		} catch {
			// Not gzip after all: read as it is.
		}
	}
	return bytes.toString('utf8');
}

/**
 * Sensitive values in a built site: every file in it read as text (HTML pages with their
 * attribute values and `<meta>` content, scripts, styles, feeds, JSON, SVG and the search
 * index, gzipped or not), and the names of all its files (a page's folder is its address).
 * Only images, fonts and media are not read. Values whose fingerprint is in `allowed`
 * (marked safe in the source) pass; no value in a name does. `under` limits the scan to
 * one folder of the site (`pagefind`, say); paths stay relative to `dir`.
 */
export function scanBuiltSite(
	dir: string,
	allowed: ReadonlySet<string>,
	under = '',
): SiteFinding[] {
	const findings: SiteFinding[] = [];
	for (const entry of readdirSync(join(dir, under), { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const name = relative(dir, path).replace(/\\/g, '/');
		// Every file's path, whatever it holds: its folders are the page's address.
		for (const match of scanPath(name)) findings.push({ file: name, line: 0, match });
		if (BINARY.test(name)) continue;
		const raw = fileText(readFileSync(path));
		// Binary data inside (a search index's records) is read as the strings between it.
		const plain = raw.replace(/[^\P{Cc}\t\n\r\f\v]+|\uFFFD+/gu, '\n');
		const page = /\.html?$/i.test(name) || /\.(svg|xml)$/i.test(name) ? pageText(plain) : undefined;
		const text =
			page === undefined ? plain : /\.html?$/i.test(name) ? page.text : `${plain}\n${page.text}`;
		const lines = new Lines(text);
		const found = scanText(text);
		for (const match of found) {
			if (allowed.has(match.fingerprint)) continue;
			findings.push({ file: name, line: lines.at(match.index).line, match });
		}
		if (page?.spaced === undefined) continue;
		// Read again with words parted from numbers: only what the first reading missed.
		const seen = new Set(found.map((m) => `${m.rule} ${m.fingerprint}`));
		const spacedLines = new Lines(page.spaced);
		for (const match of scanText(page.spaced)) {
			if (allowed.has(match.fingerprint) || seen.has(`${match.rule} ${match.fingerprint}`))
				continue;
			findings.push({ file: name, line: spacedLines.at(match.index).line, match });
		}
	}
	return findings;
}

/** A finding as the build prints it: the file name masked, the value only by its last four digits. */
export function describeSiteFinding(f: SiteFinding): string {
	return redact(
		`${f.file}${f.line === 0 ? ' (in its name)' : ''}: ${describeValue(f.match)} [${f.match.rule}]`,
	);
}
