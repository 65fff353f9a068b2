import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';

/**
 * HTML to Markdown's tree, through the unified ecosystem (rehype-parse, rehype-remark):
 * Google Docs' HTML export, a Confluence page or space export, mammoth's output for Word
 * and the HTML inside wiki Markdown all come through here.
 */

/** A converted document: its tree, the title its export carries, and what was left out. */
export interface Converted {
	tree: MdastRoot;
	title?: string;
	/** One line per element or kind of content dropped, for the report. */
	dropped: string[];
}

/** Elements whose content is not text a reader of a procedure needs, and cannot be made safe: dropped with what they hold. */
const DROPPED = new Set([
	'script',
	'style',
	'iframe',
	'object',
	'embed',
	'applet',
	'svg',
	'math',
	'canvas',
	'form',
	'input',
	'button',
	'select',
	'textarea',
	'video',
	'audio',
	'noscript',
	'template',
	'frame',
	'frameset',
]);

/** The page's own parts in a Confluence export, around the content. */
const CONFLUENCE_CHROME = new Set([
	'breadcrumb-section',
	'footer',
	'page-metadata',
	'attachments',
	'comments-section',
	'likes-and-labels-container',
]);

function classes(node: Element): string[] {
	const value = node.properties['className'];
	return Array.isArray(value) ? value.map(String) : [];
}

function text(node: Element | HastRoot | ElementContent): string {
	if (node.type === 'text') return node.value;
	if ('children' in node) return node.children.map((c) => text(c as ElementContent)).join('');
	return '';
}

function find(node: HastRoot | Element, test: (e: Element) => boolean): Element | undefined {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (test(child)) return child;
		const inner = find(child, test);
		if (inner) return inner;
	}
	return undefined;
}

/** Google Docs wraps every link in its redirector: `https://www.google.com/url?q=<the link>&sa=D...`. */
function unwrapGoogleLink(href: string): string {
	const match = /^https?:\/\/www\.google\.com\/url\?q=([^&]+)/.exec(href);
	if (!match) return href;
	try {
		return decodeURIComponent(match[1]!);
	} catch {
		return href;
	}
}

/**
 * Tidies the HTML tree before conversion: drops what cannot be kept (noting each), reads
 * Google Docs' inline styles as bold and italic, and unwraps its redirected links.
 */
function tidy(parent: HastRoot | Element, dropped: Map<string, number>): void {
	const kept: RootContent[] = [];
	for (const child of parent.children) {
		if (child.type === 'comment') {
			if (child.value.trim() !== '')
				dropped.set('an HTML comment', (dropped.get('an HTML comment') ?? 0) + 1);
			continue;
		}
		if (child.type === 'element') {
			if (DROPPED.has(child.tagName)) {
				const what = `<${child.tagName}>`;
				dropped.set(what, (dropped.get(what) ?? 0) + 1);
				continue;
			}
			// A bookmark (`<a id="...">`, as Word and pandoc write before each heading) is no link: keep what it holds.
			if (child.tagName === 'a' && child.properties['href'] === undefined) {
				tidy(child, dropped);
				kept.push(...child.children);
				continue;
			}
			// Google Docs writes the document's title as a paragraph styled "title".
			if (child.tagName === 'p' && classes(child).includes('title')) child.tagName = 'h1';
			if (child.tagName === 'table') headerRow(child);
			const style = typeof child.properties['style'] === 'string' ? child.properties['style'] : '';
			if (child.tagName === 'span' && /font-weight:\s*(?:bold|[7-9]00)/.test(style))
				child.tagName = 'strong';
			else if (child.tagName === 'span' && /font-style:\s*italic/.test(style)) child.tagName = 'em';
			if (child.tagName === 'a' && typeof child.properties['href'] === 'string')
				child.properties['href'] = unwrapGoogleLink(child.properties['href']);
			tidy(child, dropped);
		}
		kept.push(child);
	}
	parent.children = kept;
}

/** A table whose first row holds no heading cells (Google Docs and Word mark none): that row is its heading, as Markdown tables need one. */
function headerRow(table: Element): void {
	const rows: Element[] = [];
	const collect = (node: Element) => {
		for (const child of node.children) {
			if (child.type !== 'element') continue;
			if (child.tagName === 'tr') rows.push(child);
			else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) collect(child);
		}
	};
	collect(table);
	const first = rows[0];
	if (
		!first ||
		rows.some((r) => r.children.some((c) => c.type === 'element' && c.tagName === 'th'))
	)
		return;
	for (const cell of first.children)
		if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th';
}

/** The part of a page that is the document: Confluence's `#main-content`, else the body. */
function content(tree: HastRoot): { root: HastRoot; title?: string } {
	const titleElement = find(tree, (e) => e.tagName === 'title');
	let title = titleElement ? text(titleElement).trim() : undefined;
	const main = find(
		tree,
		(e) => e.properties['id'] === 'main-content' || classes(e).includes('wiki-content'),
	);
	if (main) {
		const pageTitle = find(tree, (e) => e.properties['id'] === 'title-text');
		// Confluence titles its export "Space : Page".
		title = pageTitle
			? text(pageTitle)
					.trim()
					.replace(/^.*? : /, '')
			: title?.replace(/^.*? : /, '');
		for (const id of CONFLUENCE_CHROME) {
			const chrome = find(main, (e) => e.properties['id'] === id);
			if (chrome) chrome.children = [];
		}
		return { root: { type: 'root', children: main.children }, ...(title ? { title } : {}) };
	}
	// The head holds the export's styles and metadata, not the document.
	const body = find(tree, (e) => e.tagName === 'body');
	return {
		root: body ? { type: 'root', children: body.children } : tree,
		...(title ? { title } : {}),
	};
}

/** Converts an HTML tree to Markdown's, with the drops listed. */
export async function hastToMdast(
	tree: HastRoot,
	dropped: Map<string, number> = new Map(),
): Promise<Converted> {
	const { root, title } = content(tree);
	tidy(root, dropped);
	const mdast = await unified().use(rehypeRemark).run(root);
	return { tree: mdast, ...(title ? { title } : {}), dropped: describeDrops(dropped) };
}

export function describeDrops(dropped: Map<string, number>): string[] {
	return [...dropped].map(([what, n]) => (n === 1 ? what : `${what} (${n} times)`));
}

/** An HTML document (a Google Docs or Confluence export) to Markdown's tree. */
export async function htmlToMdast(html: string): Promise<Converted> {
	const tree = unified().use(rehypeParse).parse(html);
	return hastToMdast(tree);
}
