import { Parser } from 'yaml';
import type { SensitiveRule } from './scan.ts';

/** An author's note that a value flagged by a sensitive rule is safe, with the reason. */
export interface AllowMarker {
	rule: string;
	/** As written: mask it before showing it, like any text an author wrote. */
	reason: string;
	/** Whether the reason says why in a few words (at least three): a bare "test" or "ok" is no reason. */
	reasoned: boolean;
	/** File line of the marker, from 1. */
	line: number;
	/** Offsets of the comment that holds the marker: a value inside it is never allowed by it. */
	start: number;
	end: number;
}

/** A comment in a file: `# ...` in YAML, `{/* ... *\/}` in MDX, `<!-- ... -->` in Markdown. Never published. */
export interface CommentSpan {
	start: number;
	end: number;
}

// `# handbook-allow sensitive/card-number: reason` in YAML, `{/* handbook-allow ...: reason */}` in MDX.
const MARKER = /handbook-allow\s+(sensitive\/[a-z-]+)\s*(?::\s*([^\n]*?))?\s*(?:\*\/|-->|\n|$)/g;

/** The fewest words a reason may have. */
const REASON_WORDS = 3;

/** The comments of YAML text, with offsets from `offset`: only a real comment, never a `#` inside a value. */
export function yamlComments(yaml: string, offset: number): CommentSpan[] {
	if (!yaml.includes('#')) return [];
	const spans: CommentSpan[] = [];
	const walk = (value: unknown): void => {
		if (value === null || typeof value !== 'object') return;
		if (Array.isArray(value)) {
			for (const item of value) walk(item);
			return;
		}
		const token = value as { type?: unknown; offset?: unknown; source?: unknown };
		if (
			token.type === 'comment' &&
			typeof token.offset === 'number' &&
			typeof token.source === 'string'
		) {
			spans.push({
				start: offset + token.offset,
				end: offset + token.offset + token.source.length,
			});
			return;
		}
		for (const child of Object.values(value)) walk(child);
	};
	for (const token of new Parser().parse(yaml)) walk(token);
	return spans;
}

/** Line numbers of offsets in a text, found by halving: linear to build, logarithmic to ask. */
export class Lines {
	readonly #text: string;
	#lineStarts: number[] | undefined;
	constructor(text: string) {
		this.#text = text;
	}

	/** Where each line starts, found the first time a line is asked for: most files have nothing to place. */
	get #starts(): number[] {
		if (!this.#lineStarts) {
			this.#lineStarts = [0];
			for (let i = this.#text.indexOf('\n'); i !== -1; i = this.#text.indexOf('\n', i + 1))
				this.#lineStarts.push(i + 1);
		}
		return this.#lineStarts;
	}

	/** The offset where `line` (from 1) starts; the end of the text for a line past it. */
	startOf(line: number): number {
		return this.#starts[Math.min(Math.max(line, 1), this.#starts.length) - 1]!;
	}

	/** Line and column of `offset`, from 1. */
	at(offset: number): { line: number; column: number } {
		let lo = 0;
		let hi = this.#starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.#starts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - this.#starts[lo]! + 1 };
	}
}

/** The markers written inside the comments of `text`; a marker anywhere else (in a value, in the prose) counts for nothing. */
export function findMarkers(
	text: string,
	comments: readonly CommentSpan[],
	lines: Lines,
): AllowMarker[] {
	const markers: AllowMarker[] = [];
	for (const comment of comments) {
		const inside = text.slice(comment.start, comment.end);
		if (!inside.includes('handbook-allow')) continue;
		for (const match of inside.matchAll(MARKER)) {
			const reason = (match[2] ?? '').trim();
			markers.push({
				rule: match[1]!,
				reason,
				reasoned: reason.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= REASON_WORDS,
				line: lines.at(comment.start + match.index).line,
				start: comment.start,
				end: comment.end,
			});
		}
	}
	return markers;
}

/** What a marker does for one finding: allows it, or names its rule without a reason that counts. */
export interface MarkerVerdict {
	marker: AllowMarker;
	allowed: boolean;
}

/**
 * Pairs each marker with the one value it allows: the first finding of its rule on its own
 * line or the next, outside the marker's own comment, that no earlier marker took. A marker
 * allows one value, not every value of its rule there; a marker whose reason is too short
 * allows none, and the finding it would have allowed says so. `findings` must be in order of
 * position; the result is indexed like it.
 */
export function judgeMarkers(
	markers: readonly AllowMarker[],
	findings: readonly { rule: SensitiveRule; line: number; offset: number }[],
): (MarkerVerdict | undefined)[] {
	const verdicts = Array.from(
		{ length: findings.length },
		(): MarkerVerdict | undefined => undefined,
	);
	if (markers.length === 0) return verdicts;
	// The findings by their index, and the markers, by line.
	const byLine = Map.groupBy(findings.keys(), (i) => findings[i]!.line);
	const markersOn = Map.groupBy(markers, (m) => m.line);
	// A value written in a marker's comment (in its reason, say) is allowed by no marker.
	const inMarker = (f: { line: number; offset: number }) =>
		[...(markersOn.get(f.line) ?? []), ...(markersOn.get(f.line - 1) ?? [])].some(
			(m) => f.offset >= m.start && f.offset < m.end,
		);
	for (const marker of markers) {
		const candidates = [...(byLine.get(marker.line) ?? []), ...(byLine.get(marker.line + 1) ?? [])];
		const i = candidates.find((c) => {
			const f = findings[c]!;
			return f.rule === marker.rule && !verdicts[c]?.allowed && !inMarker(f);
		});
		if (i === undefined) continue;
		if (marker.reasoned) verdicts[i] = { marker, allowed: true };
		else verdicts[i] ??= { marker, allowed: false };
	}
	return verdicts;
}
