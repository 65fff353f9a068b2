import type { Heading, Root } from 'mdast';

/**
 * Sections of a page, found in its parsed tree (Markdown or MDX, as the build parses it):
 * a heading is a heading however it is written (`## Steps`, ` ## Steps`, `Steps` over
 * `-----`, `## **Steps**`), and a `##` inside a code fence is text. The section lint and
 * the change-control rule both read sections through here, so they cannot disagree.
 */

/** The plain text of a node: a heading's words without their emphasis or code marks. */
export function plainText(node: { value?: unknown; children?: unknown }): string {
	if (typeof node.value === 'string') return node.value;
	return Array.isArray(node.children)
		? node.children
				.map((child) => plainText(child as { value?: unknown; children?: unknown }))
				.join('')
		: '';
}

/** A heading at the top level of a page, with its text trimmed. */
export interface PageHeading {
	text: string;
	depth: number;
	node: Heading;
}

/** The headings at the top level of a parsed page, in order (those inside a list, a quote or a component are not sections). */
export function pageHeadings(tree: Root): PageHeading[] {
	const found: PageHeading[] = [];
	for (const node of tree.children)
		if (node.type === 'heading')
			found.push({ text: plainText(node).trim(), depth: node.depth, node });
	return found;
}

/** One `##` section of a page. */
export interface Section {
	/** The heading's text, without its marks: `Steps`. */
	heading: string;
	/** The heading's first line in the body, from 1. */
	line: number;
	/** The lines under the heading, up to the next heading of the same or a higher level. */
	text: string;
}

/** The `##` sections of a parsed page whose headings are among `names` (compared without case); `body` is the text it was parsed from. */
export function sectionsNamed(tree: Root, body: string, names: readonly string[]): Section[] {
	const wanted = new Set(names.map((n) => n.trim().toLowerCase()));
	const lines = body.split(/\r?\n/);
	const headings = pageHeadings(tree).filter((h) => h.depth <= 2);
	const found: Section[] = [];
	for (const [i, h] of headings.entries()) {
		if (h.depth !== 2 || !wanted.has(h.text.toLowerCase()) || !h.node.position) continue;
		// Lines, not offsets: a setext heading ends on its underline, and the next heading starts on a line of its own.
		const from = h.node.position.end.line;
		const to = (headings[i + 1]?.node.position?.start.line ?? lines.length + 1) - 1;
		found.push({
			heading: h.text,
			line: h.node.position.start.line,
			text: lines.slice(from, to).join('\n'),
		});
	}
	return found;
}

/** Text with every run of white space, line breaks included, made one space: a re-wrap or re-indent compares equal. */
export function normaliseWhitespace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
