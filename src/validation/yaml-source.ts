import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export type FieldPath = ReadonlyArray<string | number>;

export interface YamlProblem {
	line: number;
	column: number;
	message: string;
}

/** Parsed YAML that can say on which line of the file any field stands. */
export interface YamlSource {
	/** The plain data, or `undefined` when the YAML did not parse. */
	data: unknown;
	problems: YamlProblem[];
	/** The file line and column of the field at `path`, or of its nearest existing parent. */
	locate(path: FieldPath): { line: number; column: number };
}

/**
 * Parses YAML 1.2 (core schema): dates stay strings, nothing is run, custom tags are
 * only warnings, and a repeated key is an error. `firstLine` is the file line on which
 * `text` starts.
 */
export function parseYaml(text: string, firstLine: number): YamlSource {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2' });
	const toFile = (offset: number) => {
		const pos = lineCounter.linePos(offset);
		return { line: pos.line + firstLine - 1, column: pos.col };
	};
	const problems: YamlProblem[] = [...doc.errors, ...doc.warnings].map((error) => ({
		...toFile(error.pos[0]),
		message: describeYamlError(error.code, error.message),
	}));
	const locate = (path: FieldPath) => {
		const offset = offsetOf(doc, path);
		return offset === undefined ? { line: Math.max(1, firstLine - 1), column: 1 } : toFile(offset);
	};
	return { data: problems.length > 0 ? undefined : doc.toJS({ maxAliasCount: 50 }), problems, locate };
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

function describeYamlError(code: string, message: string): string {
	const first = message.split('\n')[0] ?? message;
	if (code === 'DUPLICATE_KEY') return 'repeats a key: each field may appear only once';
	return first.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}
