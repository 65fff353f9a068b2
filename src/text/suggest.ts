/** Edit distance between two short strings (insert, delete, substitute, swap). */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) =>
		Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				best = Math.min(best, d[i - 2]![j - 2]! + 1);
			d[i]![j] = best;
		}
	}
	return d[a.length]![b.length]!;
}

/**
 * `editDistance(a, b)` when it is at most `limit`, else `limit + 1`. Only the diagonal
 * band of width `limit` can hold a path that short, so the work is `a.length × limit`,
 * and it stops as soon as a whole row is over the limit.
 */
export function editDistanceWithin(a: string, b: string, limit: number): number {
	if (!Number.isFinite(limit)) return editDistance(a, b);
	// What the two share at either end costs nothing: paths like `/sops/clients/...` differ in
	// the middle, and the table is only needed there.
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let end = 0;
	while (
		end < a.length - start &&
		end < b.length - start &&
		a[a.length - 1 - end] === b[b.length - 1 - end]
	)
		end++;
	if (start > 0 || end > 0) {
		a = a.slice(start, a.length - end);
		b = b.slice(start, b.length - end);
	}
	const over = limit + 1;
	if (Math.abs(a.length - b.length) > limit) return over;
	const width = b.length + 1;
	let before = new Array<number>(width).fill(over);
	let previous = Array.from({ length: width }, (_, j) => (j <= limit ? j : over));
	let current = new Array<number>(width).fill(over);
	if (limit + 1 <= b.length) previous[limit + 1] = over;
	for (let i = 1; i <= a.length; i++) {
		const from = Math.max(1, i - limit);
		const to = Math.min(b.length, i + limit);
		// Only the band is computed; the cells just outside it are read, so they must say "over".
		current[0] = i <= limit ? i : over;
		current[from - 1] = from === 1 ? current[0] : over;
		if (to + 1 <= b.length) current[to + 1] = over;
		let rowMin = current[0];
		for (let j = from; j <= to; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				best = Math.min(best, before[j - 2]! + 1);
			current[j] = Math.min(best, over);
			if (current[j]! < rowMin) rowMin = current[j]!;
		}
		if (rowMin > limit) return over;
		[before, previous, current] = [previous, current, before];
	}
	return Math.min(previous[b.length]!, over);
}

interface Candidate {
	order: number;
	name: string;
	lower: string;
	/** How many of each character it holds (see `histogram`). */
	counts: Uint16Array;
}

const SLOTS = 38;

/** Letters, digits, `-` and `/` each in their own slot; everything else shares the last. */
function slotOf(code: number): number {
	if (code >= 97 && code <= 122) return code - 97;
	if (code >= 48 && code <= 57) return code - 48 + 26;
	if (code === 45) return 36;
	return 37;
}

function histogram(text: string): Uint16Array {
	const counts = new Uint16Array(SLOTS);
	for (let i = 0; i < text.length; i++) counts[slotOf(text.charCodeAt(i))]! += 1;
	return counts;
}

/**
 * A lower bound on the edit distance from the character counts alone: every edit (insert,
 * delete, substitute, swap) changes at most one surplus and one shortfall, and a swap
 * changes neither. Costs 38 steps, against a whole table for the distance itself.
 */
function countDistance(a: Uint16Array, b: Uint16Array): number {
	let surplus = 0;
	let shortfall = 0;
	for (let i = 0; i < SLOTS; i++) {
		const d = a[i]! - b[i]!;
		if (d > 0) surplus += d;
		else shortfall -= d;
	}
	return Math.max(surplus, shortfall);
}

/** Candidates grouped by length, built once per list (or set) of names. */
const byLengthCache = new WeakMap<Iterable<string>, Map<number, Candidate[]>>();

function byLength(names: Iterable<string>): Map<number, Candidate[]> {
	let groups = byLengthCache.get(names);
	if (groups) return groups;
	groups = new Map();
	[...names].forEach((name, order) => {
		const lower = name.toLowerCase();
		const candidate = { order, name, lower, counts: histogram(lower) };
		const group = groups.get(lower.length);
		if (group) group.push(candidate);
		else groups.set(lower.length, [candidate]);
	});
	byLengthCache.set(names, groups);
	return groups;
}

/** The furthest a suggestion for a name of `length` characters can be and still be offered (see `closest`). */
function furthestOffered(length: number): number {
	// Offered when distance <= max(2, floor(max(input, name) / 3)); the name is at most
	// `distance` longer than the input, so above 2 that needs distance <= input / 2.
	return Math.max(2, Math.floor(length / 2));
}

/**
 * The known name closest to `input`, when it is close enough to be a likely typo. Of
 * several equally close names, the first in `known` wins. Names are visited nearest
 * length first; a name whose length or whose character counts alone put it further away
 * than the best so far, or than any suggestion could be, is never compared. So a long list
 * costs little more than the few names that could win, even for input close to none.
 */
export function closest(input: string, known: Iterable<string>): string | undefined {
	const needle = input.toLowerCase().replace(/[\s_]+/g, '_');
	const counts = histogram(needle);
	const groups = byLength(known);
	const lengths = [...groups.keys()].sort(
		(x, y) => Math.abs(x - needle.length) - Math.abs(y - needle.length) || x - y,
	);
	let best: Candidate | undefined;
	let limit = furthestOffered(input.length);
	for (const length of lengths) {
		if (Math.abs(length - needle.length) > limit) break;
		for (const candidate of groups.get(length)!) {
			const bound = countDistance(counts, candidate.counts);
			if (bound > limit || (best !== undefined && bound === limit && candidate.order > best.order))
				continue;
			const distance = editDistanceWithin(needle, candidate.lower, limit);
			if (distance > limit) continue;
			if (best === undefined || distance < limit || candidate.order < best.order) {
				best = candidate;
				limit = distance;
			}
		}
	}
	if (best === undefined) return undefined;
	const allowed = Math.max(2, Math.floor(Math.max(input.length, best.name.length) / 3));
	return limit <= allowed ? best.name : undefined;
}

/** `Maria Lopez` → `maria-lopez`: what an id for this text would look like. */
export function toKebab(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/([a-z0-9])([A-Z])/g, '$1-$2')
		.toLowerCase()
		.replace(/[^a-z0-9/]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.replace(/-*\/-*/g, '/');
}
