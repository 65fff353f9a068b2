import type { SensitiveRule } from './scan.ts';

/** An author's note that a value flagged by a sensitive rule is safe, with the reason. */
export interface AllowMarker {
	rule: string;
	/** As written: mask it before showing it, like any text an author wrote. */
	reason: string;
	/** File line of the marker, from 1. */
	line: number;
	/** Offsets of the comment that holds the marker: a value inside it is never allowed by it. */
	start: number;
	end: number;
}

// In YAML: `# handbook-allow sensitive/card-number: reason`. In MDX: `{/* handbook-allow ...: reason */}`.
const MARKER = /handbook-allow\s+(sensitive\/[a-z-]+)\s*(?::\s*(.*?))?\s*(?:\*\/\s*\}|-->|$)/gm;

/** Where the comment holding a marker opens: the last opener before it on its line. */
function commentStart(text: string, lineStart: number, at: number): number {
	const before = text.slice(lineStart, at);
	const open = Math.max(before.lastIndexOf('/*'), before.lastIndexOf('<!--'), before.lastIndexOf('#'));
	if (open === -1) return at;
	return lineStart + (before[open - 1] === '{' ? open - 1 : open);
}

export function findMarkers(text: string): AllowMarker[] {
	const markers: AllowMarker[] = [];
	for (const match of text.matchAll(MARKER)) {
		const line = text.slice(0, match.index).split('\n').length;
		const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
		markers.push({ rule: match[1]!, reason: (match[2] ?? '').trim(), line, start: commentStart(text, lineStart, match.index), end: match.index + match[0].length });
	}
	return markers;
}

/**
 * The marker that allows a finding of `rule` at `offset` on `line`: on the same line or
 * the line before, but never a value written inside a marker, such as in its reason.
 */
export function markerFor(markers: AllowMarker[], rule: SensitiveRule, line: number, offset: number): AllowMarker | undefined {
	if (markers.some((m) => offset >= m.start && offset < m.end)) return undefined;
	return markers.find((m) => m.rule === rule && (m.line === line || m.line === line - 1));
}
