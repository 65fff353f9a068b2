import type { SensitiveRule } from './scan.ts';

/** An author's note that a value flagged by a sensitive rule is safe, with the reason. */
export interface AllowMarker {
	rule: string;
	reason: string;
	/** File line of the marker, from 1. */
	line: number;
}

// In YAML: `# handbook-allow sensitive/card-number: reason`. In MDX: `{/* handbook-allow ...: reason */}`.
const MARKER = /handbook-allow\s+(sensitive\/[a-z-]+)\s*(?::\s*(.*?))?\s*(?:\*\/\s*\}|-->|$)/gm;

export function findMarkers(text: string): AllowMarker[] {
	const markers: AllowMarker[] = [];
	for (const match of text.matchAll(MARKER)) {
		const line = text.slice(0, match.index).split('\n').length;
		markers.push({ rule: match[1]!, reason: (match[2] ?? '').trim(), line });
	}
	return markers;
}

/** The marker that allows a finding of `rule` on `line`: on the same line or the line before. */
export function markerFor(markers: AllowMarker[], rule: SensitiveRule, line: number): AllowMarker | undefined {
	return markers.find((m) => m.rule === rule && (m.line === line || m.line === line - 1));
}
