import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { htmlToHast } from 'satteri';
import {
	ALLOWED_ELEMENTS,
	isAllowedAttribute,
	isEventHandler,
	isSafeUrl,
	schemeOf,
	URL_ATTRIBUTES,
} from './html-allowlist.ts';

/**
 * The code policy for page bodies, as one pure function over the parsed tree. The check
 * runs it on the tree it parsed; the build runs it inside its own Markdown and MDX
 * pipeline on the tree that pipeline parsed, and stops on the first file that breaks it.
 *
 * - No expressions other than comments: `{/* ... *\/}`.
 * - No `export`; `import` only of a component from the site's own `src/components/`,
 *   checked by its resolved real path.
 * - No HTML element or attribute outside the allowlist: no `<script>`, no event handlers.
 * - No address whose scheme is not http(s), mailto or tel: no `javascript:`, `data:`, `vbscript:`.
 * - No image from outside the handbook, and no Markdown image that is not a picture: the
 *   build imports a Markdown image as a module, so `![](./x.mjs)` would run `x.mjs`.
 */

export interface PolicyViolation {
	/** Line and column in the parsed text. */
	line: number;
	column: number;
	message: string;
	hint: string;
}

export interface PolicyContext {
	/** The absolute path of the file the tree was parsed from. */
	file: string;
	/** The handbook root: images must come from inside it. */
	root: string;
}

/** The site's own components: the only modules a page may import. */
export const COMPONENTS_DIR = resolve(import.meta.dirname, '..', 'components');

/**
 * The components of `src/components/` written for use in a page, with the attributes each
 * takes (as text). Others are the site's own parts: given props they were not written for,
 * they would stop the build with a stack trace, so pages may not import them.
 */
export const CONTENT_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
	'StatusBadge.astro': ['state'],
};

interface Point {
	line?: number;
	column?: number;
}
interface AnyNode {
	type: string;
	position?: { start?: Point };
	value?: unknown;
	url?: unknown;
	name?: unknown;
	attributes?: unknown;
	children?: unknown;
	identifier?: unknown;
	tagName?: unknown;
	properties?: unknown;
}

/**
 * The local images the build may import: raster pictures only. An SVG is published as
 * written, at an address of the site, and runs any script it holds when opened.
 */
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|avif)$/i;

/**
 * An import path as written is also the path JavaScript reads: no escapes (`\u002f`),
 * queries or fragments, only plain names between slashes.
 */
const PLAIN_SPECIFIER = /^\.\.?\/(?:[A-Za-z0-9_.-]+\/)*[A-Za-z0-9_-]+\.astro$/;

const COMMENTS_ONLY = /^\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)*$/;
const IMPORT = /\s*import\s+([A-Z][A-Za-z0-9]*)\s+from\s+(['"])([^'"\n\r]+)\2\s*;?/y;

/** At most 40 characters of what the author wrote, on one line, for a message. */
function quote(text: string): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return `"${line.length > 40 ? `${line.slice(0, 39)}…` : line}"`;
}

function realOrResolved(path: string): string {
	try {
		return realpathSync(path);
	} catch {
		return path;
	}
}

/**
 * The real path of a folder the policy measures against (the handbook root, the components
 * folder), resolved once per process: every page asks, and they do not move during a run.
 * The paths a page points to are resolved afresh each time.
 */
const realFolders = new Map<string, string>();
function realFolder(path: string): string {
	let real = realFolders.get(path);
	if (real === undefined) realFolders.set(path, (real = realOrResolved(path)));
	return real;
}

function isInside(folder: string, path: string): boolean {
	const rel = relative(folder, path);
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** What one run of the policy over a page knows, and what it has found so far. */
interface Run {
	context: PolicyContext;
	/** The real handbook root. */
	root: string;
	/** The real components folder. */
	componentsDir: string;
	found: PolicyViolation[];
	/** The components the page imports, by the name it gives them, with the attributes each takes. */
	components: Map<string, readonly string[]>;
	/** Link definitions by lowercased label, for image references. */
	definitions: Map<string, string>;
}

/** Handlers keyed by node type, as a lint rule's visitor. */
type Visitor = Readonly<Record<string, (node: AnyNode) => void>>;

/** Every policy violation in `tree`, in document order. */
export function findPolicyViolations(tree: unknown, context: PolicyContext): PolicyViolation[] {
	const run: Run = {
		context,
		root: realFolder(context.root),
		componentsDir: realFolder(COMPONENTS_DIR),
		found: [],
		components: new Map(),
		definitions: new Map(),
	};
	const tooDeep = nestingTooDeep(tree);
	if (tooDeep) return [tooDeep];
	const nodes = [...depthFirst(tree as AnyNode)];
	// Imports and definitions first: a component or a reference may be used before the line that declares it.
	visit(nodes, declarations(run));
	visit(nodes, refusals(run));
	return run.found;
}

/** Each node, in order, to the handler for its type, if there is one. */
function visit(nodes: readonly AnyNode[], visitor: Visitor): void {
	for (const node of nodes) if (Object.hasOwn(visitor, node.type)) visitor[node.type]!(node);
}

/** What a page declares for the rest of it: the components it imports, the link definitions. */
function declarations(run: Run): Visitor {
	return {
		mdxjsEsm: (node) => admitOnlyComponentImports(run, node, textOf(node.value)),
		definition: (node) => recordDefinition(run, node),
	};
}

/** What a page may not hold, by node type. */
function refusals(run: Run): Visitor {
	const expression = (node: AnyNode) => refuseCodeInBraces(run, node);
	const jsx = (node: AnyNode) => refuseUnpublishedJsx(run, node);
	const link = (node: AnyNode) => refuseUnsafeLink(run, node);
	const directive = (node: AnyNode) => refuseDirectiveAttributes(run, node);
	return {
		mdxFlowExpression: expression,
		mdxTextExpression: expression,
		mdxJsxFlowElement: jsx,
		mdxJsxTextElement: jsx,
		html: (node) => refuseUnsafeHtml(run, node, textOf(node.value)),
		link,
		definition: link,
		image: (node) => refuseUnsafeImage(run, node),
		imageReference: (node) => refuseUnsafeImageReference(run, node),
		containerDirective: directive,
		leafDirective: directive,
		textDirective: directive,
	};
}

function report(run: Run, node: AnyNode, message: string, hint: string): void {
	run.found.push({
		line: node.position?.start?.line ?? 1,
		column: node.position?.start?.column ?? 1,
		message,
		hint,
	});
}

/** The one finding for a tree nested deeper than `MAX_DEPTH`, which is then not walked. */
function nestingTooDeep(tree: unknown): PolicyViolation | undefined {
	const { depth, line } = depthOf(tree);
	if (depth <= MAX_DEPTH) return undefined;
	return {
		line,
		column: 1,
		message: `nests ${depth - 1} levels deep; a page may nest at most ${MAX_DEPTH - 1}.`,
		hint: 'Flatten the page: fewer lists, quotes or elements inside one another.',
	};
}

/** As CommonMark reads them: of two definitions with one label, the first counts. */
function recordDefinition(run: Run, node: AnyNode): void {
	if (
		typeof node.identifier === 'string' &&
		typeof node.url === 'string' &&
		!run.definitions.has(node.identifier.toLowerCase())
	) {
		run.definitions.set(node.identifier.toLowerCase(), node.url);
	}
}

/** An ESM block may hold only default imports of content components, which it makes usable in the page. */
function admitOnlyComponentImports(run: Run, node: AnyNode, code: string): void {
	IMPORT.lastIndex = 0;
	let offset = 0;
	while (offset < code.length && !/^\s*$/.test(code.slice(offset))) {
		IMPORT.lastIndex = offset;
		const match = IMPORT.exec(code);
		if (!match) {
			refuseEsmCode(run, node, code.slice(offset));
			return;
		}
		const [, name, , specifier] = match as unknown as [string, string, string, string];
		admitComponentImport(run, node, name, specifier);
		offset = IMPORT.lastIndex;
	}
}

/** `rest`: the ESM code from the first statement that is not a plain import. */
function refuseEsmCode(run: Run, node: AnyNode, rest: string): void {
	if (/^\s*export\b/.test(rest))
		report(
			run,
			node,
			`exports code (${quote(rest)}); a page may not export anything.`,
			"Remove the export. A page's data belongs in its frontmatter.",
		);
	else if (/^\s*import\b/.test(rest))
		report(
			run,
			node,
			`imports in a way the handbook does not allow (${quote(rest)}).`,
			"Import one component per line by its default name from src/components/:\nimport Quiz from '../../components/Quiz.astro';",
		);
	else report(run, node, `contains code (${quote(rest)}); a page may not run code.`, 'Remove it.');
}

function admitComponentImport(run: Run, node: AnyNode, name: string, specifier: string): void {
	let target: string | undefined;
	try {
		target = realpathSync(resolve(dirname(run.context.file), specifier));
	} catch {
		// No such file: not a component.
	}
	const props = target === undefined ? undefined : CONTENT_COMPONENTS[basename(target)];
	if (
		PLAIN_SPECIFIER.test(specifier) &&
		target !== undefined &&
		props !== undefined &&
		dirname(target) === run.componentsDir
	) {
		run.components.set(name, props);
	} else {
		report(
			run,
			node,
			`imports ${quote(specifier)}, which is not one of the site's components written for pages (${Object.keys(CONTENT_COMPONENTS).join(', ')} in src/components/).`,
			"Remove the import. A page may import only the site's own components from src/components/, by a relative path.",
		);
	}
}

function refuseCodeInBraces(run: Run, node: AnyNode): void {
	if (COMMENTS_ONLY.test(textOf(node.value))) return;
	report(
		run,
		node,
		`runs code: {${quote(textOf(node.value)).slice(1, -1)}}. A page may hold only comments in braces.`,
		'Write the text itself. To show a brace as text, write \\{ instead of {.',
	);
}

function refuseUnpublishedJsx(run: Run, node: AnyNode): void {
	const name = typeof node.name === 'string' ? node.name : '';
	if (name === '') return;
	if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
		report(
			run,
			node,
			`uses the element <${name}>, which the handbook does not publish.`,
			'Write the content in Markdown, or remove the element.',
		);
		return;
	}
	const component = refuseUnpublishedElement(run, node, name, true);
	if (!component && !ALLOWED_ELEMENTS.has(name)) return;
	for (const attribute of jsxAttributes(node))
		refuseUnsafeAttribute(run, node, name, attribute, component);
}

interface Attribute {
	name: string;
	value: unknown;
	/** Written in braces. */
	expression: boolean;
}

function jsxAttributes(node: AnyNode): Attribute[] {
	const attributes = (Array.isArray(node.attributes) ? node.attributes : []) as Array<{
		type: string;
		name?: string;
		value?: unknown;
	}>;
	return attributes.map((a) => ({
		name: a.name ?? '',
		value:
			typeof a.value === 'object' && a.value !== null
				? (a.value as { value?: unknown }).value
				: a.value,
		// Any value in braces, even a lone comment, which the build's compiler cannot read as a value.
		expression:
			a.type === 'mdxJsxExpressionAttribute' || (typeof a.value === 'object' && a.value !== null),
	}));
}

/**
 * Reports an element outside the allowlist, unless `mdx` and it names an imported component.
 * Returns whether it names one.
 */
function refuseUnpublishedElement(run: Run, node: AnyNode, name: string, mdx: boolean): boolean {
	if (mdx && run.components.has(name)) return true;
	if (ALLOWED_ELEMENTS.has(name)) return false;
	const what =
		name.toLowerCase() === 'script'
			? "a <script>, which would run in readers' browsers"
			: `the element <${name}>, which the handbook does not publish`;
	report(
		run,
		node,
		`uses ${what}.`,
		mdx && /^[A-Z]/.test(name)
			? `Import the component from src/components/ first, or remove it.`
			: 'Write the content in Markdown, or remove the element.',
	);
	return false;
}

/** `component`: whether `element` is an imported component rather than an HTML element. */
function refuseUnsafeAttribute(
	run: Run,
	node: AnyNode,
	element: string,
	attribute: Attribute,
	component: boolean,
): void {
	const label = `<${element}>`;
	if (attribute.expression) {
		report(
			run,
			node,
			`gives ${label} a value in braces (${quote(attribute.name || String(attribute.value))}), which is code.`,
			'Write the value as text in quotes: name="value".',
		);
	} else if (isEventHandler(attribute.name)) {
		report(
			run,
			node,
			`gives ${label} the attribute "${attribute.name}", an event handler that would run script in readers' browsers.`,
			'Remove the attribute.',
		);
	} else if (attribute.name.includes(':')) {
		report(
			run,
			node,
			`gives ${label} the directive "${attribute.name}", which changes how the page is built.`,
			'Remove the attribute.',
		);
	} else if (component && !(run.components.get(element) ?? []).includes(attribute.name)) {
		report(
			run,
			node,
			`gives ${label} the attribute "${attribute.name}", which it does not take.`,
			`Remove the attribute; ${element} takes ${(run.components.get(element) ?? []).join(', ') || 'none'}.`,
		);
	} else if (component && typeof attribute.value === 'string' && /[<>]/.test(attribute.value)) {
		report(
			run,
			node,
			`gives <${element}> the value ${quote(attribute.value)}, which holds < or >. A component's values are plain text, and some reach pages as HTML.`,
			'Write the value as plain text, without < or >.',
		);
	} else if (!component && !isAllowedAttribute(element, attribute.name)) {
		report(
			run,
			node,
			`gives <${element}> the attribute "${attribute.name}", which the handbook does not publish.`,
			'Remove the attribute, or write the content in Markdown.',
		);
	} else if (
		typeof attribute.value === 'string' &&
		URL_ATTRIBUTES.has(attribute.name.toLowerCase())
	) {
		if (element === 'img' && attribute.name.toLowerCase() === 'src')
			refuseImageSource(run, node, attribute.value, false);
		else refuseUnsafeUrl(run, node, attribute.value, 'links to');
	}
}

function refuseUnsafeHtml(run: Run, node: AnyNode, html: string): void {
	const fragment = htmlToHast(html, { fragment: true }) as AnyNode;
	for (const hast of depthFirst(fragment)) {
		if (hast.type !== 'element' || typeof hast.tagName !== 'string') continue;
		const name = hast.tagName;
		if (!ALLOWED_ELEMENTS.has(name)) {
			refuseUnpublishedElement(run, node, name, false);
			continue;
		}
		const properties = (hast.properties ?? {}) as Record<string, unknown>;
		for (const [key, value] of Object.entries(properties)) {
			const attribute = {
				name: key === 'className' ? 'class' : key,
				value: Array.isArray(value) ? value.join(' ') : value,
				expression: false,
			};
			refuseUnsafeAttribute(run, node, name, attribute, false);
		}
	}
	refuseUnclosedHtml(run, node, html);
}

/**
 * The page joins every piece of raw HTML with what comes between them, so a piece that
 * ends inside a tag, a quoted value or a comment would take in the blocks after it:
 * `<details open ontoggle="…" title="` is closed by the quote of the next heading's id,
 * and is never seen as an element when parsed alone. A marker element after the piece,
 * named so no page can guess it, shows whether the parser is back in plain text.
 */
function refuseUnclosedHtml(run: Run, node: AnyNode, html: string): void {
	const marker = `handbook-policy-${randomUUID()}`;
	const closed = [
		...depthFirst(htmlToHast(`${html}<i id="${marker}"></i>`, { fragment: true }) as AnyNode),
	].some(
		(hast) =>
			hast.type === 'element' &&
			hast.tagName === 'i' &&
			(hast.properties as Record<string, unknown> | undefined)?.id === marker,
	);
	if (closed) return;
	report(
		run,
		node,
		`leaves a tag, a quoted value or a comment open (${quote(html)}), so the page after it would be read as part of it.`,
		'Close every tag, quote and comment in the same block: <span title="…">…</span>, <!-- … -->.',
	);
}

function refuseUnsafeLink(run: Run, node: AnyNode): void {
	if (typeof node.url === 'string') refuseUnsafeUrl(run, node, node.url, 'links to');
}

function refuseUnsafeImage(run: Run, node: AnyNode): void {
	if (typeof node.url === 'string') refuseImageSource(run, node, node.url, true);
}

function refuseUnsafeImageReference(run: Run, node: AnyNode): void {
	const url =
		typeof node.identifier === 'string'
			? run.definitions.get(node.identifier.toLowerCase())
			: undefined;
	if (url !== undefined) refuseImageSource(run, node, url, true);
}

function refuseDirectiveAttributes(run: Run, node: AnyNode): void {
	const attributes = (node.attributes ?? {}) as Record<string, unknown>;
	for (const [key, value] of Object.entries(attributes)) {
		// Not `icon`: Starlight stops the build on a name it has no icon for.
		if (!['id', 'class', 'title'].includes(key)) {
			report(
				run,
				node,
				`gives the :::${String(node.name)} block the attribute "${key}", which the handbook does not publish.`,
				'Remove the attribute.',
			);
		} else if (typeof value === 'string' && !isSafeUrl(value) && key !== 'class') {
			refuseUnsafeUrl(run, node, value, 'links to');
		}
	}
}

/** `what`: how the message names the use, "links to" or "shows an image from". */
function refuseUnsafeUrl(run: Run, node: AnyNode, url: string, what: string): void {
	if (isSafeUrl(url)) return;
	report(
		run,
		node,
		`${what} "${schemeOf(url)}:…", an address that would run script or hide content in readers' browsers.`,
		'Link to a web page (https://…), a mailto: address or a page of the handbook.',
	);
}

/**
 * `imported`: a Markdown image, which the build resolves and imports as a module, deciding
 * as Astro does: an address it can parse is remote, a path from `/` is left to the browser,
 * anything else is a file. An image written as HTML or JSX is only an address for the browser.
 */
function refuseImageSource(run: Run, node: AnyNode, src: string, imported: boolean): void {
	refuseUnsafeUrl(run, node, src, 'shows an image from');
	let decoded = src;
	try {
		decoded = decodeURI(src);
	} catch {
		// An address that does not decode is checked as written.
	}
	if (imported) {
		if (URL.canParse(decoded) || decoded.startsWith('/')) return;
	} else if (schemeOf(src) !== undefined || src.startsWith('/') || src.startsWith('#')) {
		return;
	}
	const target = resolve(dirname(run.context.file), decoded.split(/[?#]/)[0]!);
	if (!isInside(run.context.root, target) || !isInside(run.root, realOrResolved(target))) {
		report(
			run,
			node,
			`shows the image ${quote(src)}, which lies outside the handbook.`,
			'Put the image inside the handbook (e.g. next to this file) and point to it there.',
		);
	} else if (
		imported &&
		(!/^\.\.?\//.test(decoded) || /[?#%\\]/.test(decoded) || !IMAGE_FILE.test(decoded))
	) {
		report(
			run,
			node,
			`shows the image ${quote(src)}, which is not a picture file the handbook publishes (PNG, JPEG, GIF, WebP or AVIF, by a path starting with ./ or ../).`,
			'Save the picture as PNG, JPEG, GIF, WebP or AVIF next to this file and point to it: ![what it shows](./picture.png).',
		);
	}
}

/** A node's text value, or nothing when it has none. */
function textOf(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

/**
 * How deep a page may nest (lists in lists, quotes in quotes, elements in elements). An
 * honest page stays within a dozen levels; ten thousand nested elements crash the build's
 * MDX compiler outright, and a few thousand overflow the stack of code that walks the tree.
 */
export const MAX_DEPTH = 100;

/** How many levels deep `tree` nests, counting the root as 1, and the line of its deepest node; without recursion. */
export function depthOf(tree: unknown): { depth: number; line: number } {
	let deepest = { depth: 0, line: 1 };
	const stack: Array<[AnyNode, number]> = [[tree as AnyNode, 1]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (depth > deepest.depth)
			deepest = { depth, line: node.position?.start?.line ?? deepest.line };
		if (Array.isArray(node.children))
			for (const child of node.children) stack.push([child as AnyNode, depth + 1]);
	}
	return deepest;
}

/** Every node of a tree in document order, without recursion, so no depth of nesting overflows the stack. */
function* depthFirst(tree: AnyNode): Generator<AnyNode> {
	const stack: AnyNode[] = [tree];
	while (stack.length > 0) {
		const node = stack.pop()!;
		yield node;
		if (Array.isArray(node.children))
			for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
	}
}

/** Where a file sits, for a message: relative to `root`, forward slashes. */
export function displayPath(root: string, file: string): string {
	const rel = relative(root, file);
	return (rel.startsWith('..') ? file : rel).split(sep).join('/');
}
