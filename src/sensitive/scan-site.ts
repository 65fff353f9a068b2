import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describeValue, position } from './scan-handbook.ts';
import { redact, scanPath, scanText, type SensitiveMatch } from './scan.ts';

export interface SiteFinding {
	/** Path inside the built site. */
	file: string;
	/** The line of the value, from 1; 0 when the value is in the file's name. */
	line: number;
	match: SensitiveMatch;
}

const ENTITIES: Record<string, string> = {
	nbsp: '\u00A0',
	amp: '&',
	quot: '"',
	apos: "'",
	lt: '<',
	gt: '>',
	shy: '\u00AD',
	ndash: '\u2013',
	mdash: '\u2014',
	thinsp: '\u2009',
	ensp: '\u2002',
	emsp: '\u2003',
	zwsp: '\u200B',
	zwj: '\u200D',
	zwnj: '\u200C',
};

/** Character references as the reader sees them: `&#52;` is a 4, `&#8203;` an invisible space. */
function decodeEntities(text: string): string {
	return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
		const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : undefined;
		if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		return ENTITIES[name!.toLowerCase()] ?? whole;
	});
}

const INLINE_TAG = /<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)\b[^>]*>/gi;

/**
 * Visible text of an HTML page, tags replaced by spaces so words stay apart. Digits and
 * separators written as entities, full-width or with invisible characters between them are
 * read by the same normalisation as the content check (in scanText).
 */
function pageText(html: string): string {
	return decodeEntities(
		html
			.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
			// Inline tags join what they wrap, as the reader sees it: 4<b>111</b> reads 4111.
			.replace(INLINE_TAG, '')
			.replace(/<[^>]+>/g, ' '),
	);
}

/** A Pagefind fragment is gzipped JSON; its text is what search shows. */
function fragmentText(bytes: Buffer): string {
	try {
		return gunzipSync(bytes).toString('utf8');
	} catch {
		return bytes.toString('utf8');
	}
}

/**
 * Sensitive values in a built site: its HTML pages, JSON files and the search index
 * fragments, and the names of all its files (a page's folder is its address). Values whose
 * fingerprint is in `allowed` (marked safe in the source) pass; no value in a name does.
 * `under` limits the scan to one folder of the site (`pagefind`, say); paths stay relative
 * to `dir`.
 */
export function scanBuiltSite(dir: string, allowed: ReadonlySet<string>, under = ''): SiteFinding[] {
	const findings: SiteFinding[] = [];
	for (const entry of readdirSync(join(dir, under), { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const name = relative(dir, path).replace(/\\/g, '/');
		// Every file's path, whatever it holds: its folders are the page's address.
		for (const match of scanPath(name)) findings.push({ file: name, line: 0, match });
		let text: string;
		if (name.endsWith('.html')) text = pageText(readFileSync(path, 'utf8'));
		else if (name.endsWith('.json') || name.endsWith('.txt') || name.endsWith('.xml')) text = readFileSync(path, 'utf8');
		else if (name.endsWith('.pf_fragment')) text = fragmentText(readFileSync(path));
		else continue;
		for (const match of scanText(text)) {
			if (allowed.has(match.fingerprint)) continue;
			findings.push({ file: name, line: position(text, match.index).line, match });
		}
	}
	return findings;
}

/** A finding as the build prints it: the file name masked, the value only by its last four digits. */
export function describeSiteFinding(f: SiteFinding): string {
	return redact(`${f.file}${f.line === 0 ? ' (in its name)' : ''}: ${describeValue(f.match)} [${f.match.rule}]`);
}
