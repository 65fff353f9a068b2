import { findMarkers, markerFor } from './markers.ts';
import { scanPath, scanText, type SensitiveMatch, type SensitiveRule } from './scan.ts';

/** What the scan needs of a content file: where it is and what it says. */
export interface ScannableFile {
	/** Relative to the handbook root, forward slashes. */
	path: string;
	text: string;
}

export interface FileFinding {
	file: string;
	line: number;
	column: number;
	match: SensitiveMatch;
	/** Set when an inline marker allows this value, with the author's reason. */
	allowedBecause?: string | undefined;
	/** A marker that names the rule but gives no reason does not allow anything. */
	markerWithoutReason?: boolean;
	/** Found in the file's name, which no marker can allow: it is published in the page's address. */
	inFileName?: boolean;
}

/** Line and column of an offset, from 1. */
export function position(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line += 1;
		lineStart = i + 1;
	}
	return { line, column: offset - lineStart + 1 };
}

/**
 * Every sensitive value in every content file, frontmatter and body, with the markers that
 * allow some; and in every file's name, which becomes its address and its entry in
 * `handbook.json`.
 */
export function scanHandbook(handbook: { files: readonly ScannableFile[] }, scope?: ReadonlySet<string>): FileFinding[] {
	const findings: FileFinding[] = [];
	for (const file of handbook.files) {
		if (scope && !scope.has(file.path)) continue;
		for (const match of scanPath(file.path)) findings.push({ file: file.path, line: 1, column: 1, match, inFileName: true });
		const matches = scanText(file.text);
		if (matches.length === 0) continue;
		const markers = findMarkers(file.text);
		for (const match of matches) {
			const at = position(file.text, match.index);
			const marker = markerFor(markers, match.rule, at.line, match.index);
			findings.push({ file: file.path, ...at, match, allowedBecause: marker?.reason || undefined, markerWithoutReason: marker !== undefined && marker.reason === '' });
		}
	}
	return findings;
}

/** Fingerprints of the values authors allowed, so the published site may carry them too. */
export function allowedFingerprints(findings: FileFinding[]): Set<string> {
	return new Set(findings.filter((f) => f.allowedBecause).map((f) => f.match.fingerprint));
}

/** How a finding is described to the author: the kind and, for numbers, the last four digits only. */
export function describeValue(match: SensitiveMatch): string {
	return match.tail ? `${match.kind} (ending ${match.tail})` : match.kind;
}

export type { SensitiveRule };
