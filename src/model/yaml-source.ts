import jsYaml from 'js-yaml';
import {
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	type Document,
	type Node,
} from 'yaml';
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
	/** The data as the site's build reads the same text, when it was found on the way (see `dataAsBuilt`). */
	built?: { data: unknown };
}

const SYNTAX_HINT =
	'Fix the YAML on this line. Text with a colon, # or quote in it is safest in double quotes: title: "Step 1: check"';

/**
 * Parses YAML with the core schema: dates stay strings, no tag can run code or build an
 * object, and a repeated key is an error. The data comes from js-yaml, the parser Astro
 * itself uses, which is fast; positions come from a full syntax tree, built only when a
 * finding needs a line. `firstLine` is the file line on which `text` starts.
 */
export function parseYaml(text: string, firstLine: number): YamlSource {
	const both = readBothWays(text);
	if (both)
		return { ...yamlSourceFrom(text, firstLine, both.data, []), built: { data: both.built } };
	const { data, problems } = loadYaml(text, firstLine);
	return yamlSourceFrom(text, firstLine, data, problems);
}

/**
 * The data of the YAML as the site's build reads it: with js-yaml's default schema, where
 * an unquoted date is a `Date` and `<<` merges mappings. Throws js-yaml's error when the
 * build could not read it.
 */
export function dataAsBuilt(yaml: YamlSource): unknown {
	return yaml.built ? yaml.built.data : jsYaml.load(yaml.text);
}

/** js-yaml's own date type, which its default schema applies (exported at run time, though its typings leave it out). */
const DEFAULT_TIMESTAMP = (jsYaml as unknown as { types: { timestamp: jsYaml.Type } }).types
	.timestamp;

/** An unquoted date as the core schema reads it (its text) and as the default schema does (a `Date`). */
class PlainTimestamp {
	readonly text: string;
	constructor(text: string) {
		this.text = text;
	}
	get [Symbol.toStringTag](): string {
		return 'PlainTimestamp';
	}
	toString(): string {
		return this.text;
	}
}

/** How many unquoted dates the last read with `CORE_MARKING_DATES` marked. */
let marked = 0;

/**
 * The core schema, with the default schema's unquoted dates marked where they stand. The
 * tag is this project's own, so no `!!timestamp` written in a file can reach it, and a
 * file with any tag in it is never read this way (see `readBothWays`).
 */
const CORE_MARKING_DATES = jsYaml.CORE_SCHEMA.extend({
	implicit: [
		new jsYaml.Type('tag:ops-handbook,2026:plain-timestamp', {
			kind: 'scalar',
			resolve: (data: string) => DEFAULT_TIMESTAMP.resolve(data),
			construct: (data: string) => {
				marked += 1;
				return new PlainTimestamp(data);
			},
		}),
	],
});

/** A key the two schemas could read differently: it holds something shaped like a date. */
const DATE_LIKE = /[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/;

/**
 * The data as the core schema and as the default schema read the text, from one parse, or
 * `undefined` where the two can differ in more than unquoted dates (a date in a key), or
 * the text has an error: then each is read on its own. Only text with no tag (`!`), no alias (`*`) and no
 * merge key (`<<`) is read this way, so its data is a plain tree with nothing shared.
 */
function readBothWays(text: string): { data: unknown; built: unknown } | undefined {
	if (text.includes('!') || text.includes('*') || text.includes('<<')) return undefined;
	let tree: unknown;
	marked = 0;
	try {
		tree = jsYaml.load(text, { schema: CORE_MARKING_DATES });
	} catch {
		return undefined;
	}
	// No unquoted date anywhere, keys included: both schemas read the same data.
	if (marked === 0) return { data: tree, built: tree };
	// One walk: each date becomes its text in the tree (the core schema's data) and a Date in a copy (the build's).
	const dateKeys: string[] = [];
	let walked = 0;
	const split = (value: unknown): unknown => {
		if (value === null || typeof value !== 'object') return value;
		if (Array.isArray(value)) {
			const copy: unknown[] = [];
			for (let i = 0; i < value.length; i++) {
				const item: unknown = value[i];
				if (item instanceof PlainTimestamp) {
					walked += 1;
					value[i] = item.text;
					copy.push(DEFAULT_TIMESTAMP.construct(item.text));
				} else copy.push(split(item));
			}
			return copy;
		}
		const object = value as Record<string, unknown>;
		const copy: Record<string, unknown> = {};
		for (const key of Object.keys(object)) {
			if (DATE_LIKE.test(key)) dateKeys.push(key);
			let item = object[key];
			if (item instanceof PlainTimestamp) {
				walked += 1;
				object[key] = item.text;
				item = DEFAULT_TIMESTAMP.construct(item.text);
			} else item = split(item);
			// As js-yaml does: a field named __proto__ is a field, never the object's prototype.
			if (key === '__proto__')
				Object.defineProperty(copy, key, {
					value: item,
					enumerable: true,
					writable: true,
					configurable: true,
				});
			else copy[key] = item;
		}
		return copy;
	};
	if (tree instanceof PlainTimestamp)
		return { data: tree.text, built: DEFAULT_TIMESTAMP.construct(tree.text) };
	const built = split(tree);
	// A date marked but not in the tree stood in a key made of a collection (`? {2002-12-14: 1}`),
	// which js-yaml turns into text its own way under each schema.
	return dateKeys.length === 0 && walked === marked ? { data: tree, built } : undefined;
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
export function yamlSourceFrom(
	text: string,
	firstLine: number,
	data: unknown,
	problems: YamlProblem[],
): YamlSource {
	let tree: { doc: Document; lines: LineCounter } | undefined;
	const syntaxTree = () => {
		if (!tree) {
			const lines = new LineCounter();
			tree = {
				doc: parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false }),
				lines,
			};
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
		return {
			line: firstLine,
			column: 1,
			message: error instanceof Error ? error.message : String(error),
			hint: SYNTAX_HINT,
		};
	}
	const mark = error.mark as { line?: number; column?: number } | undefined;
	let line = mark?.line ?? 0;
	let column = (mark?.column ?? 0) + 1;
	const lines = text.split('\n');
	let reason = error.reason || 'this is not valid YAML';
	if (/unexpected end of the stream within a (double|single) quoted scalar/.test(reason)) {
		// The parser notices an unclosed quote only at the end; point at where it opens.
		const open = lines.findIndex(
			(l) =>
				(l.replace(/\\./g, '').match(/"/g) ?? []).length % 2 === 1 ||
				(l.match(/'/g) ?? []).length % 2 === 1,
		);
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
		return {
			line: line + firstLine,
			column,
			message: `repeats the field "${key}"; each field may appear only once`,
			hint: `Keep one ${key}: line and delete the other.`,
		};
	}
	if (/^unknown tag/.test(reason)) {
		return {
			line: line + firstLine,
			column,
			message: `uses a YAML tag (${shown}); tags are not allowed`,
			hint: 'Remove the !tag and write the plain value.',
		};
	}
	return {
		line: line + firstLine,
		column,
		message: `${reason}${shown ? ` in \`${shown}\`` : ''}`,
		hint: SYNTAX_HINT,
	};
}

function offsetOf(doc: Document, path: FieldPath): number | undefined {
	let node: unknown = doc.contents;
	let found: number | undefined = rangeStart(node);
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find(
				(item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(key),
			);
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
