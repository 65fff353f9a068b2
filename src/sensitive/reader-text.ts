/**
 * The text of a page as its reader sees it, for the sensitive-data scan: what the parser
 * read (character references decoded, escapes undone), joined across inline markup,
 * comments and soft line breaks (`4111 **1111**`, `4111{/* x *\/}1111`, a number split over
 * two lines of a paragraph), with the values of attributes, link addresses and image
 * descriptions, which the site publishes too.
 */
import type { MdastNode } from 'satteri';
import { asShown, htmlParts, joinInline } from './html-text.ts';

/** Text built from pieces of a file, with a way back from any offset to the file. */
export interface ReaderText {
	text: string;
	/** The file offset of `text[index]`, as near as the parse allows (a decoded reference is shorter than its source). */
	sourceOf(index: number): number;
	/** What the page does not publish, as file offsets: comments, imports. Still in the repository, so still scanned as written. */
	hidden: Array<[start: number, end: number]>;
	/** The comments among them, which alone may hold a `handbook-allow` marker. */
	comments: Array<{ start: number; end: number }>;
	/**
	 * The same text with a space where one element's text ends in a letter and the next
	 * starts with a digit, or the other way round (`**Card**4111 1111 1111 1111`), when there
	 * is such a place: joined, the number would be glued to the word.
	 */
	spaced: { text: string; sourceOf(index: number): number } | undefined;
}

/** Elements a reader sees inside a line of text: their text joins the words around them. */
const INLINE = new Set([
	'emphasis',
	'strong',
	'delete',
	'link',
	'linkReference',
	'mdxJsxTextElement',
	'textDirective',
	'footnoteReference',
]);

/** Nodes that carry an address, a title or a description, which the site publishes in attributes. */
const WITH_ADDRESS = new Set(['link', 'image', 'definition', 'linkReference', 'imageReference']);
/** Nodes that carry attributes: JSX elements and directives. */
const WITH_ATTRIBUTES = new Set([
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'containerDirective',
	'leafDirective',
	'textDirective',
]);

interface Node {
	type: string;
	value?: unknown;
	url?: unknown;
	title?: unknown;
	alt?: unknown;
	name?: unknown;
	attributes?: unknown;
	children?: unknown;
	position?: { start: { offset: number }; end: { offset: number } };
}

/** Whether a character is a letter, a digit or neither: ASCII first, as most text is. */
function kindOf(char: string): 'letter' | 'digit' | 'other' {
	if (char >= '0' && char <= '9') return 'digit';
	if ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z')) return 'letter';
	if (char < '\u0080') return 'other';
	return /\p{L}/u.test(char) ? 'letter' : /\p{Nd}/u.test(char) ? 'digit' : 'other';
}

/**
 * The reader's text of a parsed body. `offset` is where the body starts in its file, so
 * that `sourceOf` answers in file offsets.
 */
export function readerText(tree: MdastNode, offset: number, source: string): ReaderText {
	const hidden: Array<[number, number]> = [];
	const comments: Array<{ start: number; end: number }> = [];
	const parts: string[] = [];
	const at: number[] = [];
	const from: number[] = [];
	const to: number[] = [];
	let length = 0;
	/** Where, in the joined text, a letter and a digit from two elements meet. */
	const partings: number[] = [];
	let lastChar = '';
	const push = (text: string, node: Node | undefined, value?: string) => {
		if (text === '') return;
		const first = text[0]!;
		const [was, is] = [kindOf(lastChar), kindOf(first)];
		if (was !== is && was !== 'other' && is !== 'other') partings.push(length);
		lastChar = text[text.length - 1]!;
		const start = (node?.position?.start.offset ?? 0) + offset;
		const end = (node?.position?.end.offset ?? 0) + offset;
		// Where the value itself starts: after a code fence's first line, say.
		const lead = value ? source.slice(start, end).indexOf(value.slice(0, 16)) : -1;
		at.push(length);
		from.push(lead > 0 ? start + lead : start);
		to.push(end);
		parts.push(text);
		length += text.length;
	};
	/** A space or line break between pieces: part of the text, but no piece of the file of its own. */
	const gap = (char: string) => {
		if (lastChar === char) return;
		parts.push(char);
		length += 1;
		lastChar = char;
	};
	/** Attribute values and addresses, each on a line of its own after the text. */
	const extras: Array<[string, Node]> = [];

	const hide = (node: Node, comment: boolean) => {
		if (!node.position) return;
		const span: [number, number] = [
			node.position.start.offset + offset,
			node.position.end.offset + offset,
		];
		hidden.push(span);
		if (comment) comments.push({ start: span[0], end: span[1] });
	};

	const walk = (node: Node): void => {
		switch (node.type) {
			case 'text':
				// A soft line break shows as a space: `4111 1111\n1111 1111` is one number to the reader.
				push(String(node.value).replaceAll('\n', ' '), node);
				return;
			case 'inlineCode':
				push(String(node.value), node, String(node.value));
				return;
			case 'code':
			case 'math':
			case 'inlineMath':
				gap('\n');
				push(String(node.value), node, String(node.value));
				gap('\n');
				return;
			case 'html': {
				const value = String(node.value);
				// Only Markdown has raw HTML nodes: in MDX, markup is JSX and comments are expressions.
				if (value.includes('<!--')) hide(node, /^\s*<!--[\s\S]*-->\s*$/.test(value));
				// Raw HTML in Markdown: `4111<b>1111</b>` reads as one number, as in the browser.
				const { visible, attributes } = htmlParts(value);
				push(asShown(joinInline(visible.replace(/\n/g, ' ')).joined), node);
				for (const attribute of attributes) extras.push([attribute, node]);
				return;
			}
			case 'break':
				gap(' ');
				return;
			// Comments are not published, and their markers are read from the file as written.
			case 'mdxTextExpression':
			case 'mdxFlowExpression':
				hide(node, /^\s*\/\*[\s\S]*\*\/\s*$/.test(String(node.value)));
				return;
			case 'mdxjsEsm':
				hide(node, false);
				return;
			case 'yaml':
			case 'toml':
				return;
			default:
				break;
		}
		if (WITH_ADDRESS.has(node.type)) {
			if (typeof node.url === 'string') extras.push([`href="${node.url}"`, node]);
			if (typeof node.title === 'string') extras.push([node.title, node]);
			if (typeof node.alt === 'string') extras.push([node.alt, node]);
		}
		if (WITH_ATTRIBUTES.has(node.type)) {
			if (Array.isArray(node.attributes)) {
				for (const attribute of node.attributes as Array<{ name?: unknown; value?: unknown }>) {
					if (typeof attribute.value !== 'string') continue;
					const name = typeof attribute.name === 'string' ? attribute.name : '';
					extras.push([
						/^(href|src|cite)$/i.test(name)
							? `href="${attribute.value}"`
							: `${name}: ${attribute.value}`,
						node,
					]);
				}
			} else if (node.attributes && typeof node.attributes === 'object') {
				// A directive's attributes: `:::note{title="..."}`.
				for (const [name, value] of Object.entries(node.attributes))
					if (typeof value === 'string') extras.push([`${name}: ${value}`, node]);
			}
		}
		const block = !INLINE.has(node.type);
		if (block) gap('\n');
		const children = node.children;
		if (Array.isArray(children)) for (const child of children as Node[]) walk(child);
		if (block) gap('\n');
	};
	walk(tree as unknown as Node);
	for (const [text, node] of extras) push(`\n${text}\n`, node);

	const sourceOf = (index: number): number => {
		let lo = 0;
		let hi = at.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (at[mid]! <= index) lo = mid;
			else hi = mid - 1;
		}
		if (at.length === 0) return offset;
		return Math.max(from[lo]!, Math.min(from[lo]! + (index - at[lo]!), to[lo]! - 1));
	};
	const text = parts.join('');
	let spaced: ReaderText['spaced'];
	if (partings.length > 0) {
		let out = '';
		let cursor = 0;
		for (const at of partings) {
			out += `${text.slice(cursor, at)} `;
			cursor = at;
		}
		out += text.slice(cursor);
		spaced = {
			text: out,
			// Each inserted space moves what follows it one place on.
			sourceOf: (index: number) => {
				let before = 0;
				for (let hi = partings.length; before < hi;) {
					const mid = (before + hi) >> 1;
					if (partings[mid]! + mid < index) before = mid + 1;
					else hi = mid;
				}
				return sourceOf(Math.max(0, index - before));
			},
		};
	}
	return { text, sourceOf, hidden, comments, spaced };
}
