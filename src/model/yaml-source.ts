import jsYaml from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { redact } from '../sensitive/scan.ts';

export type FieldPath = ReadonlyArray<string | number>;

export interface YamlProblem {
	line: number;
	column: number;
	message: string;
	hint: string;
}

/** Parsed YAML that can say on which line of the file any field stands. */
export interface YamlSource {
	/** The plain data, or `undefined` when the YAML did not parse. */
	data: unknown;
	problems: YamlProblem[];
	/** The YAML text and the file line it starts on. */
	text: string;
	firstLine: number;
	/** The file line and column of the field at `path`, or of its nearest existing parent. */
	locate(path: FieldPath): { line: number; column: number };
}

const SYNTAX_HINT = 'Fix the YAML on this line. Text with a colon, # or quote in it is safest in double quotes: title: "Step 1: check"';

/**
 * Parses YAML with the core schema: dates stay strings, no tag can run code or build an
 * object, and a repeated key is an error. The data comes from js-yaml, the parser Astro
 * itself uses, which is fast; positions come from a full syntax tree, built only when a
 * finding needs a line. `firstLine` is the file line on which `text` starts.
 */
export function parseYaml(text: string, firstLine: number): YamlSource {
	const { data, problems } = loadYaml(text, firstLine);
	return yamlSourceFrom(text, firstLine, data, problems);
}

/** The data of YAML text and its problems. */
function loadYaml(text: string, firstLine: number): { data: unknown; problems: YamlProblem[] } {
	try {
		const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
		// Aliases share one object many times over; whatever walks the data later (the schema,
		// the site) walks every copy. A few hundred bytes of nested aliases expand to billions.
		if (text.includes('*') && expandedSize(data) > MAX_EXPANDED_VALUES) {
			const line = text.split('\n').findIndex((l) => /(^|[\s[{,:-])\*[^\s,\]}]/.test(l));
			return {
				data: undefined,
				problems: [
					{
						line: Math.max(0, line) + firstLine,
						column: 1,
						message: `its aliases (*name) expand to more than ${MAX_EXPANDED_VALUES.toLocaleString('en-US')} values, which no handbook file needs`,
						hint: 'Write the values out instead of repeating them with & and * aliases.',
					},
				],
			};
		}
		return { data, problems: [] };
	} catch (error) {
		return { data: undefined, problems: [describe(error, text, firstLine)] };
	}
}

/** A `YamlSource` for text already parsed: by `parseYaml`, or by an earlier run (`check --cache`). */
export function yamlSourceFrom(text: string, firstLine: number, data: unknown, problems: YamlProblem[]): YamlSource {
	let tree: { doc: Document; lines: LineCounter } | undefined;
	const syntaxTree = () => {
		if (!tree) {
			const lines = new LineCounter();
			tree = { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false }), lines };
		}
		return tree;
	};
	const locate = (path: FieldPath) => {
		const offset = offsetOf(syntaxTree().doc, path);
		if (offset === undefined) return { line: Math.max(1, firstLine - 1), column: 1 };
		const pos = syntaxTree().lines.linePos(offset);
		return { line: pos.line + firstLine - 1, column: pos.col };
	};
	return { data, problems, text, firstLine, locate };
}

/** The most values a file's data may hold once every alias is expanded. */
const MAX_EXPANDED_VALUES = 100_000;

/**
 * How many values `data` holds with every shared object counted each time it is used:
 * counted once per distinct object (memoized), so the count itself is linear, and a
 * cycle counts as too many.
 */
function expandedSize(data: unknown): number {
	const sizes = new Map<object, number>();
	const visiting = new Set<object>();
	const size = (value: unknown): number => {
		if (value === null || typeof value !== 'object') return 1;
		const known = sizes.get(value);
		if (known !== undefined) return known;
		if (visiting.has(value)) return Number.POSITIVE_INFINITY;
		visiting.add(value);
		let total = 1;
		for (const child of Object.values(value)) {
			total += size(child);
			if (total > MAX_EXPANDED_VALUES) break;
		}
		visiting.delete(value);
		sizes.set(value, total);
		return total;
	};
	return size(data);
}

function describe(error: unknown, text: string, firstLine: number): YamlProblem {
	if (!(error instanceof jsYaml.YAMLException)) {
		return { line: firstLine, column: 1, message: error instanceof Error ? error.message : String(error), hint: SYNTAX_HINT };
	}
	const mark = error.mark as { line?: number; column?: number } | undefined;
	let line = mark?.line ?? 0;
	let column = (mark?.column ?? 0) + 1;
	const lines = text.split('\n');
	let reason = error.reason || 'this is not valid YAML';
	if (/unexpected end of the stream within a (double|single) quoted scalar/.test(reason)) {
		// The parser notices an unclosed quote only at the end; point at where it opens.
		const open = lines.findIndex((l) => (l.replace(/\\./g, '').match(/"/g) ?? []).length % 2 === 1 || (l.match(/'/g) ?? []).length % 2 === 1);
		if (open !== -1) {
			line = open;
			column = 1;
		}
		reason = 'a quoted value is never closed';
	}
	if (line >= lines.length || (lines[line] ?? '').trim() === '') {
		// Errors found at the end of the text belong to its last line with content.
		const last = lines.findLastIndex((l, i) => i <= line && l.trim() !== '');
		if (last !== -1) {
			line = last;
			column = 1;
		}
	}
	// Masked before it is cut: a cut can leave 12 digits of a card the mask would no longer know.
	const source = redact((lines[line] ?? '').trim());
	const shown = source.length > 60 ? `${source.slice(0, 57)}...` : source;
	if (reason === 'duplicated mapping key') {
		const key = /^-?\s*([^:]+):/.exec(source)?.[1]?.trim() ?? shown;
		return { line: line + firstLine, column, message: `repeats the field "${key}"; each field may appear only once`, hint: `Keep one ${key}: line and delete the other.` };
	}
	if (/^unknown tag/.test(reason)) {
		return { line: line + firstLine, column, message: `uses a YAML tag (${shown}); tags are not allowed`, hint: 'Remove the !tag and write the plain value.' };
	}
	return { line: line + firstLine, column, message: `${reason}${shown ? ` in \`${shown}\`` : ''}`, hint: SYNTAX_HINT };
}

function offsetOf(doc: Document, path: FieldPath): number | undefined {
	let node: unknown = doc.contents;
	let found: number | undefined = rangeStart(node);
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key));
			if (!pair) break;
			found = rangeStart(pair.key) ?? found;
			node = pair.value;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key];
			if (item === undefined) break;
			found = rangeStart(item) ?? found;
			node = item;
		} else {
			break;
		}
	}
	return found;
}

function rangeStart(node: unknown): number | undefined {
	const range = (node as Node | null | undefined)?.range;
	return Array.isArray(range) ? range[0] : undefined;
}
