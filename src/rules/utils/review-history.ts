import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import { splitFrontmatter } from '../../model/frontmatter.ts';
import { parseYaml } from '../../model/yaml-source.ts';

/**
 * A document's review log on a branch compared with the log on the base branch. The log
 * is an audit trail: the base's entries stay as they were, in their order, and new
 * entries come after them, each dated on or after the one before. Entries are compared
 * by value, as the YAML reads (dates stay text), so re-quoting or re-indenting an entry
 * is no change, while a changed date, person, `change` or note is.
 */

/** Where the branch's log departs from the base's; `at` is an index in the branch's log. */
export type HistoryProblem =
	/** A base entry whose place holds a different entry. */
	| { kind: 'rewritten'; at: number; was: unknown }
	/** A base entry that is gone; `at` is the branch entry now in its place, if any. */
	| { kind: 'deleted'; at: number | undefined; was: unknown }
	/** A new entry standing before entries of the base. */
	| { kind: 'inserted'; at: number }
	/** A new entry after the base's, dated before the entry above it. */
	| { kind: 'back-dated'; at: number; last: string };

export interface HistoryComparison {
	problems: HistoryProblem[];
	/** The branch's new entries that follow the rules: after every base entry, dated on or after the one before. */
	appended: number[];
}

/** The review entries of a file's frontmatter, as plain data; none when it cannot be read. */
export function reviewsOf(text: string): unknown[] {
	const split = splitFrontmatter(text);
	if (split.kind !== 'ok') return [];
	return reviewsIn(parseYaml(split.yaml, split.yamlLine).data);
}

/** The review entries of frontmatter data. */
export function reviewsIn(data: unknown): unknown[] {
	const reviews =
		typeof data === 'object' && data !== null && 'reviews' in data ? data.reviews : undefined;
	return Array.isArray(reviews) ? (reviews as unknown[]) : [];
}

/** The field of an entry, when the entry is a mapping. */
export function entryField(entry: unknown, field: string): unknown {
	return typeof entry === 'object' && entry !== null && !Array.isArray(entry)
		? (entry as Record<string, unknown>)[field]
		: undefined;
}

function dateOf(entry: unknown): string | undefined {
	const date = entryField(entry, 'date');
	return typeof date === 'string' ? date : undefined;
}

/**
 * Walks both logs together. A base entry found further down the branch's log means the
 * entries before it were put in; a branch entry found further down the base's log means
 * the base entries before it were taken out; otherwise the entry in the base's place was
 * rewritten. What is left of the branch's log after the last base entry is new.
 */
export function compareReviewLogs(
	base: readonly unknown[],
	branch: readonly unknown[],
): HistoryComparison {
	const problems: HistoryProblem[] = [];
	const same = (a: unknown, b: unknown) => isDeepStrictEqual(a, b);
	let at = 0;
	for (let i = 0; i < base.length; i++) {
		const was = base[i];
		if (at >= branch.length) {
			problems.push({ kind: 'deleted', at: undefined, was });
			continue;
		}
		if (same(branch[at], was)) {
			at += 1;
			continue;
		}
		const later = branch.findIndex((entry, k) => k > at && same(entry, was));
		if (later > at) {
			for (; at < later; at++) problems.push({ kind: 'inserted', at });
			at += 1;
			continue;
		}
		if (base.some((entry, j) => j > i && same(entry, branch[at]))) {
			problems.push({ kind: 'deleted', at, was });
			continue;
		}
		problems.push({ kind: 'rewritten', at, was });
		at += 1;
	}
	const appended: number[] = [];
	let last = base.reduce<string | undefined>(
		(latest, entry) => latestOf(latest, dateOf(entry)),
		undefined,
	);
	for (; at < branch.length; at++) {
		const date = dateOf(branch[at]);
		if (date !== undefined && last !== undefined && date < last) {
			problems.push({ kind: 'back-dated', at, last });
			continue;
		}
		appended.push(at);
		last = latestOf(last, date);
	}
	return { problems, appended };
}

function latestOf(a: string | undefined, b: string | undefined): string | undefined {
	if (a === undefined) return b;
	if (b === undefined) return a;
	return b > a ? b : a;
}

/** `2026-01-05 by cara-wu`: an entry as an author recognises it. */
export function describeEntry(entry: unknown): string {
	const date = dateOf(entry);
	const by = entryField(entry, 'by');
	return [date ?? 'an undated entry', typeof by === 'string' ? `by ${by}` : undefined]
		.filter(Boolean)
		.join(' ');
}

/** What a branch changed in an entry, field by field: `change "material" → "editorial"`. */
export function entryChanges(was: unknown, now: unknown): string[] {
	const record = (entry: unknown) =>
		typeof entry === 'object' && entry !== null && !Array.isArray(entry)
			? (entry as Record<string, unknown>)
			: {};
	const before = record(was);
	const after = record(now);
	const changes: string[] = [];
	for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
		if (isDeepStrictEqual(before[key], after[key])) continue;
		if (!(key in after)) changes.push(`${key} ${show(before[key])} removed`);
		else if (!(key in before)) changes.push(`${key}: ${show(after[key])} added`);
		else changes.push(`${key} ${show(before[key])} → ${show(after[key])}`);
	}
	return changes;
}

function show(value: unknown): string {
	const text = JSON.stringify(value);
	return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** An entry written as it stands in the YAML list, for a hint to copy back. */
export function entryYaml(entry: unknown): string {
	return stringify([entry])
		.trimEnd()
		.split('\n')
		.map((line) => `  ${line}`)
		.join('\n');
}
