/**
 * What raw HTML and JSX in a page may use. Everything else is refused: a page is text,
 * tables and links, and nothing a contributor writes may run in a reader's browser.
 */

/** HTML elements a page may write directly (in MDX as JSX, in Markdown as raw HTML). */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
	'a',
	'abbr',
	'b',
	'blockquote',
	'br',
	'caption',
	'cite',
	'code',
	'col',
	'colgroup',
	'dd',
	'del',
	'details',
	'dfn',
	'div',
	'dl',
	'dt',
	'em',
	'figcaption',
	'figure',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'hr',
	'i',
	'img',
	'ins',
	'kbd',
	'li',
	'mark',
	'ol',
	'p',
	'pre',
	'q',
	's',
	'samp',
	'small',
	'span',
	'strong',
	'sub',
	'summary',
	'sup',
	'table',
	'tbody',
	'td',
	'tfoot',
	'th',
	'thead',
	'time',
	'tr',
	'u',
	'ul',
	'var',
	'wbr',
]);

/**
 * Attributes by element, `*` for every element. Names are compared lowercased and
 * without hyphens, so `colSpan`, `colspan` and hast's `colSpan` are one name.
 */
const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
	'*': ['id', 'class', 'classname', 'title', 'lang', 'dir', 'role'],
	a: ['href', 'rel', 'hreflang'],
	img: ['src', 'alt', 'width', 'height', 'loading'],
	td: ['colspan', 'rowspan', 'headers', 'align'],
	th: ['colspan', 'rowspan', 'headers', 'scope', 'align'],
	col: ['span'],
	colgroup: ['span'],
	ol: ['start', 'reversed', 'type'],
	li: ['value'],
	details: ['open'],
	time: ['datetime'],
	q: ['cite'],
	blockquote: ['cite'],
	del: ['cite', 'datetime'],
	ins: ['cite', 'datetime'],
};

/** Attributes whose value is an address. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'cite']);

/** `colSpan`, `col-span` and `colspan` are one attribute. */
export function normalAttributeName(name: string): string {
	return name.toLowerCase().replace(/-/g, '');
}

export function isAllowedAttribute(element: string, name: string): boolean {
	const normal = normalAttributeName(name);
	if (normal.startsWith('aria')) return true;
	return (
		ALLOWED_ATTRIBUTES['*']!.includes(normal) ||
		(ALLOWED_ATTRIBUTES[element]?.includes(normal) ?? false)
	);
}

/** An attribute that would run script: `onclick`, `onError`, `on-load`. */
export function isEventHandler(name: string): boolean {
	return normalAttributeName(name).startsWith('on');
}

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** Decodes the character references a browser would before it reads an address's scheme. */
function decodeReferences(value: string): string {
	return value
		.replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) =>
			String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)),
		)
		.replace(/&#(\d+);?/g, (_, dec: string) =>
			String.fromCodePoint(Math.min(Number.parseInt(dec, 10), 0x10ffff)),
		)
		.replace(/&colon;?/gi, ':')
		.replace(/&(?:tab|newline);?/gi, '');
}

/**
 * The scheme of an address as a browser reads it (control characters and white space
 * inside the scheme are dropped), or undefined for a relative address.
 */
export function schemeOf(url: string): string | undefined {
	// Browsers drop ASCII tab, newline and other control characters anywhere in a URL.
	/* eslint-disable no-control-regex -- control characters are exactly what this removes */
	const cleaned = decodeReferences(url).replace(
		/[\u0000-\u0020\u007f-\u009f\u200b-\u200d\ufeff]/g,
		'',
	);
	/* eslint-enable no-control-regex */
	const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
	return match ? match[1]!.toLowerCase() : undefined;
}

/** Whether a page may link to or load `url`: web, mail and phone addresses, and relative ones. */
export function isSafeUrl(url: string): boolean {
	const scheme = schemeOf(url);
	return scheme === undefined || SAFE_SCHEMES.has(scheme);
}
