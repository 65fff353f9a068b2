/**
 * The text of a page as its reader sees it, for the sensitive-data scan: what the parser
 * read (character references decoded, escapes undone), joined across inline markup,
 * comments and soft line breaks (`4111 **1111**`, `4111{/* x *\/}1111`, a number split over
 * two lines of a paragraph), with the values of attributes, link addresses and image
 * descriptions, which the site publishes too.
 */
import type { MdastNode } from 'satteri';
import { asShown, htmlParts } from './html-text.ts';

/** Text built from pieces of a file, with a way back from any offset to the file. */
export interface ReaderText {
	text: string;
	/** The file offset of `text[index]`, as near as the parse allows (a decoded reference is shorter than its source). */
	sourceOf(index: number): number;
}

/** Elements a reader sees inside a line of text: their text joins the words around them. */
const INLINE = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement', 'textDirective', 'footnoteReference']);

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

/**
 * The reader's text of a parsed body. `offset` is where the body starts in its file, so
 * that `sourceOf` answers in file offsets.
 */
export function readerText(tree: MdastNode, offset: number): ReaderText {
	const parts: string[] = [];
	const at: number[] = [];
	const from: number[] = [];
	const to: number[] = [];
	let length = 0;
	const push = (text: string, node: Node | undefined) => {
		if (text === '') return;
		at.push(length);
		from.push((node?.position?.start.offset ?? 0) + offset);
		to.push((node?.position?.end.offset ?? 0) + offset);
		parts.push(text);
		length += text.length;
	};
	/** Attribute values and addresses, each on a line of its own after the text. */
	const extras: Array<[string, Node]> = [];

	const walk = (node: Node): void => {
		switch (node.type) {
			case 'text':
				// A soft line break shows as a space: `4111 1111\n1111 1111` is one number to the reader.
				push(String(node.value).replace(/\n/g, ' '), node);
				return;
			case 'inlineCode':
				push(String(node.value), node);
				return;
			case 'code':
			case 'math':
			case 'inlineMath':
				push(`\n${String(node.value)}\n`, node);
				return;
			case 'html': {
				// Raw HTML in Markdown: `4111<b>1111</b>` reads as one number, as in the browser.
				const { visible, attributes } = htmlParts(String(node.value));
				push(asShown(visible.replace(/\n/g, ' ')), node);
				for (const attribute of attributes) extras.push([attribute, node]);
				return;
			}
			case 'break':
				push(' ', node);
				return;
			// Comments are not published, and their markers are read from the file as written.
			case 'mdxTextExpression':
			case 'mdxFlowExpression':
			case 'mdxjsEsm':
			case 'yaml':
			case 'toml':
				return;
			default:
				break;
		}
		if (typeof node.url === 'string') extras.push([`href="${node.url}"`, node]);
		if (typeof node.title === 'string') extras.push([node.title, node]);
		if (typeof node.alt === 'string') extras.push([node.alt, node]);
		if (Array.isArray(node.attributes)) {
			for (const attribute of node.attributes as Array<{ name?: unknown; value?: unknown }>) {
				if (typeof attribute.value !== 'string') continue;
				const name = typeof attribute.name === 'string' ? attribute.name : '';
				extras.push([/^(href|src|cite)$/i.test(name) ? `href="${attribute.value}"` : `${name}: ${attribute.value}`, node]);
			}
		} else if (node.attributes && typeof node.attributes === 'object') {
			// A directive's attributes: `:::note{title="..."}`.
			for (const [name, value] of Object.entries(node.attributes)) if (typeof value === 'string') extras.push([`${name}: ${value}`, node]);
		}
		const block = !INLINE.has(node.type);
		if (block) push('\n', node);
		if (Array.isArray(node.children)) for (const child of node.children as Node[]) walk(child);
		if (block) push('\n', node);
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
	return { text: parts.join(''), sourceOf };
}
