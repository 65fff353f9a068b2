import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describeValue, position } from './scan-handbook.ts';
import { scanText, type SensitiveMatch } from './scan.ts';

export interface SiteFinding {
	/** Path inside the built site. */
	file: string;
	line: number;
	match: SensitiveMatch;
}

/** Visible text of an HTML page, tags replaced by spaces so words stay apart. */
function pageText(html: string): string {
	return html
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&#x27;|&#39;/g, "'")
		.replace(/&quot;/g, '"');
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
 * fragments. Values whose fingerprint is in `allowed` (marked safe in the source) pass.
 */
export function scanBuiltSite(dir: string, allowed: ReadonlySet<string>): SiteFinding[] {
	const findings: SiteFinding[] = [];
	for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const path = join(dir, name);
		let text: string;
		if (name.endsWith('.html')) text = pageText(readFileSync(path, 'utf8'));
		else if (name.endsWith('.json') || name.endsWith('.txt') || name.endsWith('.xml')) text = readFileSync(path, 'utf8');
		else if (name.endsWith('.pf_fragment')) text = fragmentText(readFileSync(path));
		else continue;
		for (const match of scanText(text)) {
			if (allowed.has(match.fingerprint)) continue;
			findings.push({ file: name.replace(/\\/g, '/'), line: position(text, match.index).line, match });
		}
	}
	return findings;
}

export function describeSiteFinding(f: SiteFinding): string {
	return `${f.file}: ${describeValue(f.match)} [${f.match.rule}]`;
}
