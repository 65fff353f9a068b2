import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

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
	const problems: YamlProblem[] = [...doc.errors, ...doc.warnings].map((error) => {
		const offset = error.code === 'MISSING_CHAR' && /quote/i.test(error.message) ? (openQuoteOffset(text) ?? error.pos[0]) : error.pos[0];
		const at = toFile(offset);
		const line = text.split('\n')[lineCounter.linePos(offset).line - 1]?.trim() ?? '';
		const shown = line.length > 60 ? `${line.slice(0, 57)}...` : line;
		if (error.code === 'DUPLICATE_KEY') {
			const key = /^([^:]+):/.exec(line)?.[1]?.trim() ?? shown;
			return { ...at, message: `repeats the field "${key}"; each field may appear only once`, hint: `Keep one ${key}: line and delete the other.` };
		}
		return {
			...at,
			message: `${describeYamlError(error.message)}${shown ? ` in \`${shown}\`` : ''}`,
			hint: 'Fix the YAML on this line. Text with a colon, # or quote in it is safest in double quotes: title: "Step 1: check"',
		};
	});
	const locate = (path: FieldPath) => {
		const offset = offsetOf(doc, path);
		return offset === undefined ? { line: Math.max(1, firstLine - 1), column: 1 } : toFile(offset);
	};
	let data: unknown;
	if (problems.length === 0) {
		try {
			data = doc.toJS({ maxAliasCount: 50 });
		} catch (error) {
			// Aliases are the one YAML feature that can fail only when the value is built.
			const alias = /\*[^\s,\]}]*/.exec(text);
			problems.push({
				...toFile(alias?.index ?? 0),
				message: `${describeYamlError((error as Error).message)}${alias ? ` (at ${alias[0]})` : ''}`,
				hint: 'Write the value out in full. A word starting with * or & must be in quotes: title: "*New* vendor rules"',
			});
		}
	}
	return { data, problems, locate };
}

/** Where an unclosed quote opens: the first line with an odd number of quote marks. */
function openQuoteOffset(text: string): number | undefined {
	let offset = 0;
	for (const line of text.split('\n')) {
		const doubles = (line.replace(/\\./g, '').match(/"/g) ?? []).length;
		if (doubles % 2 === 1) return offset + line.indexOf('"');
		offset += line.length + 1;
	}
	return undefined;
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

function describeYamlError(message: string): string {
	const first = message.split('\n')[0] ?? message;
	return first.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}
