import type { MdastNode } from 'satteri';
import { formatOf, parseBody } from '../content-policy/pipeline.ts';
import { depthOf, MAX_DEPTH } from '../content-policy/policy.ts';
import type { Kind } from './kinds.ts';
import type { FieldPath, YamlSource } from './yaml-source.ts';

/** A problem found while reading a file, before any rule runs. */
export interface LoadProblem {
	rule:
		| 'yaml/syntax'
		| 'frontmatter/unsafe'
		| 'frontmatter/schema'
		| 'file/not-regular'
		| 'file/encoding';
	line: number;
	column: number;
	message: string;
	hint: string;
}

export type BodyParse =
	| { tree: MdastNode }
	| { error: { line: number; column: number; message: string } }
	/** Nested deeper than any page needs: refused before any rule walks it. */
	| { tooDeep: { line: number; column: number; depth: number } };

/** One content file as read from disk, with its parsed frontmatter. */
export class SourceFile {
	readonly kind: Kind;
	readonly id: string;
	/** Relative to the handbook root, forward slashes. */
	readonly path: string;
	readonly problems: LoadProblem[] = [];
	yaml: YamlSource | undefined;
	/** The whole file as read. */
	text = '';
	/** The MDX body, and the file line it starts on. */
	body: string | undefined;
	bodyLine = 1;
	/** The frontmatter's data, when it passed its schema. */
	data: unknown;
	/** What rules' work on this file alone found, by the work's name: done on demand, or kept from an earlier run. */
	readonly work = new Map<string, unknown>();
	#parsed: BodyParse | undefined;

	constructor(kind: Kind, id: string, path: string) {
		this.kind = kind;
		this.id = id;
		this.path = path;
	}

	/** The file line and column of a frontmatter field (line 1 when there is no frontmatter). */
	locate(path: FieldPath): { line: number; column: number } {
		return this.yaml ? this.yaml.locate(path) : { line: 1, column: 1 };
	}

	/** The body parsed as the build parses it (Markdown or MDX by extension), once; positions are body lines. */
	parseBody(): BodyParse | undefined {
		if (this.body === undefined) return undefined;
		if (this.#parsed) return this.#parsed;
		try {
			const tree = parseBody(this.body, formatOf(this.path));
			// Rules walk the tree: one nested deeper than any page may is refused here, once.
			const { depth, line } = depthOf(tree);
			this.#parsed =
				depth > MAX_DEPTH
					? { tooDeep: { line: line + this.bodyLine - 1, column: 1, depth } }
					: { tree };
		} catch (error) {
			const text = error instanceof Error ? error.message : String(error);
			const where = /^(\d+):(\d+):\s*/.exec(text);
			this.#parsed = {
				error: {
					line: (where ? Number(where[1]) : 1) + this.bodyLine - 1,
					column: where ? Number(where[2]) : 1,
					message: text
						.slice(where?.[0].length ?? 0)
						.replace(/\s*\((?:mdx|micromark)[^)]*\)\s*$/, ''),
				},
			};
		}
		return this.#parsed;
	}
}
