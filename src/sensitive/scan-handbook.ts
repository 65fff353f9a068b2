import type { MdastNode } from 'satteri';
import { findMarkers, judgeMarkers, Lines, yamlComments } from './markers.ts';
import { readerText, type ReaderText } from './reader-text.ts';
import { scanPath, scanText, type SensitiveMatch, type SensitiveRule } from './scan.ts';

type FieldPath = ReadonlyArray<string | number>;

/** What the scan needs of a content file: where it is, what it says, and how the site reads it. */
export interface ScannableFile {
	/** Relative to the handbook root, forward slashes. */
	path: string;
	text: string;
	/** The YAML (the whole file, or an MDX file's frontmatter) as parsed, when it parsed. */
	yaml?:
		| {
				data: unknown;
				text: string;
				firstLine: number;
				locate(path: FieldPath): { line: number; column: number };
		  }
		| undefined;
	/** The MDX or Markdown body, when the file has one. */
	body?: string | undefined;
	/** The body parsed as the build parses it. */
	parseBody?(): { tree: MdastNode } | object | undefined;
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
	/** Nor does one whose reason is a word or two: it must say why in a few words. */
	markerReasonTooShort?: boolean;
	/** Found in the file's name, which no marker can allow: it is published in the page's address. */
	inFileName?: boolean;
}

/** Line and column of an offset, from 1. */
export function position(text: string, offset: number): { line: number; column: number } {
	return new Lines(text).at(offset);
}

/** A value found, placed in its file, before markers are judged. */
interface Placed {
	match: SensitiveMatch;
	line: number;
	column: number;
	/** File offset, to tell whether it lies in a marker's own comment. */
	offset: number;
	/** Found in what the site renders rather than in the text as written. */
	rendered: boolean;
}

/** What any value the scan finds holds: a digit of some script, or a word that starts a key, token or password. */
const MIGHT_HOLD =
	/\p{Nd}|key|pass|pw|token|secret|hooks|sk-|xox|eyJ|AKIA|ASIA|AIza|gh[pousr]_|github_pat_/iu;

/**
 * Every string (and number) in parsed YAML that could hold a value, keys included, with its
 * field path; except those written in `written` just as they read, which the scan of the
 * text as written has seen with their key.
 */
function leaves(
	data: unknown,
	written: string,
): Array<{ path: FieldPath; label: string; value: string }> {
	const found: Array<{ path: FieldPath; label: string; value: string }> = [];
	const path: (string | number)[] = [];
	// Without a backslash there is no escape: a value found in the text just as it reads, on
	// one line, was scanned there with its key (most values, dates and ids among them).
	const plain = !written.includes('\\');
	// The key a value stands under, so that `acct: "\x34839..."` is read with its label.
	const labelOf = () => {
		for (let i = path.length - 1; i >= 0; i--)
			if (typeof path[i] === 'string') return `${String(path[i]).replace(/_/g, ' ')}: `;
		return '';
	};
	const leaf = (value: string) => {
		if (
			value.length >= 6 &&
			MIGHT_HOLD.test(value) &&
			!(plain && written.includes(value) && !/[\r\n]/.test(value))
		)
			found.push({ path: [...path], label: labelOf(), value });
	};
	const walk = (value: unknown): void => {
		if (typeof value === 'string') leaf(value);
		else if (typeof value === 'number' || typeof value === 'bigint') leaf(String(value));
		else if (Array.isArray(value)) {
			for (let i = 0; i < value.length; i++) {
				path.push(i);
				walk(value[i]);
				path.pop();
			}
		} else if (value !== null && typeof value === 'object') {
			for (const [key, item] of Object.entries(value)) {
				path.push(key);
				// A field's name of letters alone holds nothing; its value is read with it as a label.
				if (!/^[A-Za-z_]+$/.test(key)) leaf(key);
				walk(item);
				path.pop();
			}
		}
	};
	walk(data);
	return found;
}

/**
 * Values in the frontmatter as parsed: escapes undone, block scalars joined, each on the
 * line of its field. All of a file's values are read as one text, a line each, with the
 * key before each value.
 */
function renderedYaml(yaml: NonNullable<ScannableFile['yaml']>, lines: Lines): Placed[] {
	const all = leaves(yaml.data, yaml.text);
	if (all.length === 0) return [];
	const starts: number[] = [];
	let length = 0;
	const text = all
		.map(({ label, value }) => {
			starts.push(length + label.length);
			// A line break in a value shows as a space on the page.
			const line = `${label}${value.replace(/[\r\n]/g, ' ')}\n`;
			length += line.length;
			return line;
		})
		.join('');
	const found: Placed[] = [];
	for (const match of scanText(text)) {
		// The last value whose line starts at or before the match.
		let i = 0;
		for (let hi = starts.length - 1; i < hi;) {
			const mid = (i + hi + 1) >> 1;
			if (starts[mid]! - all[mid]!.label.length <= match.index) i = mid;
			else hi = mid - 1;
		}
		// Only what reaches into the value: the key alone is its label.
		if (match.index + match.length <= starts[i]!) continue;
		const at = yaml.locate(all[i]!.path);
		found.push({
			match,
			line: at.line,
			column: at.column,
			offset: lines.startOf(at.line) + at.column - 1,
			rendered: true,
		});
	}
	return found;
}

/** The body as the build parsed it, when it did, and the reader's text of it. */
function readBody(file: ScannableFile): ReaderText | undefined {
	const parsed = file.parseBody?.();
	if (!parsed || !('tree' in parsed) || file.body === undefined) return undefined;
	return readerText(parsed.tree, file.text.length - file.body.length, file.text);
}

/** Values in the body as the reader sees it. */
function renderedBody(reader: ReaderText, lines: Lines): Placed[] {
	const place = (text: ReaderText['spaced'] & object) =>
		scanText(text.text).map((match) => {
			const offset = text.sourceOf(match.index);
			return { match, ...lines.at(offset), offset, rendered: true };
		});
	const found = place(reader);
	if (!reader.spaced) return found;
	// Read again with words parted from numbers: only what the first reading missed.
	const seen = new Set(found.map((p) => `${p.match.rule} ${p.match.fingerprint}`));
	return [
		...found,
		...place(reader.spaced).filter((p) => !seen.has(`${p.match.rule} ${p.match.fingerprint}`)),
	];
}

/** Values in stretches of the file as written, placed in the file. */
function written(
	text: string,
	spans: ReadonlyArray<readonly [number, number]>,
	lines: Lines,
): Placed[] {
	const found: Placed[] = [];
	for (const [start, end] of spans) {
		if (end <= start) continue;
		for (const match of scanText(text.slice(start, end))) {
			const offset = match.index + start;
			found.push({
				match: { ...match, index: offset },
				...lines.at(offset),
				offset,
				rendered: false,
			});
		}
	}
	return found;
}

/** Where the YAML of a file starts in its text: at 0 for a YAML file, after the opening fence for MDX. */
function yamlOffsetOf(file: ScannableFile): number {
	if (!file.yaml) return 0;
	if (file.text.startsWith(file.yaml.text)) return 0;
	const afterFence = file.text.indexOf('\n') + 1;
	return file.text.startsWith(file.yaml.text, afterFence)
		? afterFence
		: Math.max(0, file.text.indexOf(file.yaml.text));
}

/**
 * The sensitive values of one file: in the text as written (comments included: the file is
 * in the repository) and as the site renders it (the YAML as parsed, the body as read), the
 * same value found both ways reported once; then the markers that allow some.
 */
export function scanFile(file: ScannableFile): FileFinding[] {
	const findings: FileFinding[] = [];
	for (const match of scanPath(file.path))
		findings.push({ file: file.path, line: 1, column: 1, match, inFileName: true });
	const lines = new Lines(file.text);
	const bodyStart =
		file.body === undefined ? file.text.length : file.text.length - file.body.length;
	const reader = readBody(file);
	// As written: the frontmatter, and what of the body the page does not publish (comments
	// and imports, which are in the repository); the whole body when it did not parse.
	const asWritten = written(
		file.text,
		[[0, reader ? bodyStart : file.text.length], ...(reader?.hidden ?? [])],
		lines,
	);
	const rendered = [
		...(file.yaml ? renderedYaml(file.yaml, lines) : []),
		...(reader ? renderedBody(reader, lines) : []),
	];
	// A value found both ways is reported once: as written, on its own line (in the YAML:
	// anywhere in it, since a field's value runs over lines).
	const key = (p: Placed) =>
		`${p.match.rule} ${p.match.fingerprint} ${p.offset < bodyStart ? 'yaml' : p.line}`;
	const seen = new Set(asWritten.map(key));
	const all = [...asWritten];
	for (const p of rendered) {
		if (seen.has(key(p))) continue;
		seen.add(key(p));
		all.push(p);
	}
	if (all.length === 0) return findings;
	all.sort((a, b) => a.line - b.line || a.offset - b.offset);
	const comments = file.text.includes('handbook-allow')
		? [
				...(file.yaml ? yamlComments(file.yaml.text, yamlOffsetOf(file)) : []),
				...(reader?.comments ?? []),
			]
		: [];
	const markers = findMarkers(file.text, comments, lines);
	const verdicts = judgeMarkers(
		markers,
		all.map((p) => ({ rule: p.match.rule, line: p.line, offset: p.offset })),
	);
	for (const [i, p] of all.entries()) {
		const verdict = verdicts[i];
		findings.push({
			file: file.path,
			line: p.line,
			column: p.column,
			match: p.match,
			allowedBecause: verdict?.allowed ? verdict.marker.reason : undefined,
			markerWithoutReason:
				verdict !== undefined && !verdict.allowed && verdict.marker.reason === '',
			markerReasonTooShort:
				verdict !== undefined && !verdict.allowed && verdict.marker.reason !== '',
		});
	}
	return findings;
}

/**
 * Every sensitive value in every content file and in the config, frontmatter and body, as
 * written and as the site renders them, with the markers that allow some; and in every
 * file's name, which becomes its address and its entry in `handbook.json`.
 */
export function scanHandbook(
	handbook: { files: readonly ScannableFile[]; config?: ScannableFile | undefined },
	scope?: ReadonlySet<string>,
): FileFinding[] {
	const findings: FileFinding[] = [];
	if (handbook.config) findings.push(...scanFile(handbook.config));
	for (const file of handbook.files) {
		if (scope && !scope.has(file.path)) continue;
		findings.push(...scanFile(file));
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
