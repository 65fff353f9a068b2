/**
 * Text as the sensitive-data scan reads it: every way of writing a digit becomes an ASCII
 * digit, and every way of writing a space, dash or dot becomes one ASCII character, so
 * `４１１１`, `4111\u200B1111` and `4111–1111` are read as `41111111` and `4111-1111`. The
 * content check and the scan of the built site both read text through this one function.
 */
export interface NormalisedText {
	text: string;
	/** Where each stretch of `text` came from in the original; undefined when nothing changed. */
	map: SpanMap | undefined;
}

/**
 * Characters nobody sees, by Unicode property rather than by list: every default-ignorable
 * code point (zero-width spaces, soft hyphens, U+034F, the Hangul fillers, variation
 * selectors...) and every bidi control. Written between digits, they hide a number from a
 * plain search.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/u;
/** Every kind of space, and the blank braille pattern that looks like one. */
const SPACE = /[\t\p{Zs}\u2800]/u;
const DASH = /[\u2010-\u2015\u2043\u2212\u2796\uFE58\uFE63\uFF0D]/u;
const DOT = /[\u00B7\u2024\u2027\u2219\u22C5\u30FB\uFF0E\uFF65]/u;
const DIGIT = /\p{Nd}/u;

/** The ASCII digit of any decimal digit: Unicode keeps each script's 0-9 together and in order. */
function digitValue(codePoint: number): string {
	let zero = codePoint;
	while (zero > 0 && DIGIT.test(String.fromCodePoint(zero - 1))) zero -= 1;
	// Sets of digits that follow one another (the mathematical digits) restart at every ten.
	return String((codePoint - zero) % 10);
}

/** What each character seen so far folds to: typographic quotes and dashes recur on every page. */
const FOLDED = new Map<string, string>();

/** One character, NFKC-folded, with digits, spaces, dashes and dots made ASCII; '' for invisible ones. */
function fold(char: string): string {
	let out = FOLDED.get(char);
	if (out === undefined) {
		out = foldOnce(char);
		if (FOLDED.size < 4096) FOLDED.set(char, out);
	}
	return out;
}

function foldOnce(char: string): string {
	if (INVISIBLE.test(char)) return '';
	let out = '';
	for (const c of char.normalize('NFKC')) {
		if (c >= '0' && c <= '9') out += c;
		else if (DIGIT.test(c)) out += digitValue(c.codePointAt(0)!);
		else if (SPACE.test(c)) out += ' ';
		else if (DASH.test(c)) out += '-';
		else if (DOT.test(c)) out += '.';
		else if (!INVISIBLE.test(c)) out += c;
	}
	return out;
}

/** What normalising changes: anything outside printable ASCII, tabs, and runs of spaces. */
// Curly quotes and apostrophes (smart punctuation puts them on every page) fold to themselves.
// Without the `u` flag, which makes V8 match this several times slower: a character beyond
// the Basic Multilingual Plane (a mathematical digit, say) is taken whole as its surrogate pair.
const WORK = /[\t ]{2,}|\t|[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\n\r\x20-\x7E\u2018-\u201D]/g;
const NEEDS_WORK = new RegExp(WORK.source);

/**
 * Stretches of normalised text and their source: a copied stretch maps character for
 * character, a folded one (a character or run of spaces made into one or more) maps as a
 * whole. Most text is a few long copied stretches, so the map stays small.
 */
class SpanMap {
	/** Where each stretch starts in the normalised text, ascending. */
	readonly at: number[] = [];
	readonly from: number[] = [];
	readonly to: number[] = [];
	readonly copied: boolean[] = [];

	copy(at: number, from: number, to: number): void {
		this.at.push(at);
		this.from.push(from);
		this.to.push(to);
		this.copied.push(true);
	}

	fold(at: number, from: number, to: number): void {
		this.at.push(at);
		this.from.push(from);
		this.to.push(to);
		this.copied.push(false);
	}

	/** Makes the last character's source reach `to`: a space that swallowed the spaces after it. */
	extendLast(to: number): void {
		const last = this.at.length - 1;
		if (this.copied[last] && this.to[last]! - this.from[last]! > 1) {
			this.to[last] = this.to[last]! - 1;
			this.fold(this.at[last]! + (this.to[last] - this.from[last]!), this.to[last], to);
		} else {
			this.to[last] = to;
			this.copied[last] = false;
		}
	}

	#stretch(index: number): number {
		let lo = 0;
		let hi = this.at.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.at[mid]! <= index) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	/** Where the character at `index` starts in the original. */
	startOf(index: number): number {
		const s = this.#stretch(index);
		return this.copied[s] ? this.from[s]! + (index - this.at[s]!) : this.from[s]!;
	}

	/** Where the character at `index` ends in the original. */
	endOf(index: number): number {
		const s = this.#stretch(index);
		return this.copied[s] ? this.from[s]! + (index - this.at[s]!) + 1 : this.to[s]!;
	}
}

/**
 * `text` normalised for matching, with a map back to the original: runs of spaces become
 * one, so `4111  1111` reads as a grouped number. Plain ASCII text with single spaces comes
 * back as it is, without a map.
 */
export function normalise(text: string): NormalisedText {
	if (!NEEDS_WORK.test(text)) return { text, map: undefined };
	const parts: string[] = [];
	const map = new SpanMap();
	let length = 0;
	let last = 0;
	let lastChar = '';
	for (const match of text.matchAll(WORK)) {
		const folded = match[0][0] === ' ' || match[0][0] === '\t' ? ' ' : fold(match[0]);
		// A character that folds to itself (a curly quote, an accented letter) stays in the copied stretch.
		if (folded === match[0]) continue;
		// The text up to the match is copied as it is.
		if (match.index > last) {
			parts.push(text.slice(last, match.index));
			map.copy(length, last, match.index);
			length += match.index - last;
			lastChar = text[match.index - 1]!;
		}
		const end = match.index + match[0].length;
		for (const c of folded) {
			if (c === ' ' && lastChar === ' ') {
				map.extendLast(end);
				continue;
			}
			parts.push(c);
			map.fold(length, match.index, end);
			length += c.length;
			lastChar = c;
		}
		last = end;
	}
	if (last === 0) return { text, map: undefined };
	if (last < text.length) {
		parts.push(text.slice(last));
		map.copy(length, last, text.length);
	}
	return { text: parts.join(''), map };
}

/** The original span of `[from, to)` in normalised text. */
export function originalSpan(
	n: NormalisedText,
	from: number,
	to: number,
): { index: number; length: number } {
	if (!n.map) return { index: from, length: to - from };
	if (n.text.length === 0) return { index: 0, length: 0 };
	if (from >= n.text.length) return { index: n.map.endOf(n.text.length - 1), length: 0 };
	const index = n.map.startOf(from);
	return { index, length: to > from ? n.map.endOf(to - 1) - index : 0 };
}
