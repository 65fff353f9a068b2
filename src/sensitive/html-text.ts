/**
 * HTML as the reader sees it, for the sensitive-data scan: the text the browser shows and
 * the attribute values it publishes (`<meta>` content, `title`, `alt`, addresses).
 */
import { decodeReferences } from './references.ts';

/** Elements whose content is text to the scan, not markup: their values are read as written. */
const RAW = /<(script|style|textarea|title)\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;
const INLINE_TAG =
	/^<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)\b/i;
const TAG = /<[A-Za-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>|<\/[^>]*>|<!--[\s\S]*?-->|<![^>]*>/g;
const ATTRIBUTE = /([^\s"'<>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

/** Where an element starts or ends a block: a line of its own in the text. */
export const BLOCK_EDGE = '\uE000';
/** Where an inline element starts or ends: nothing to the reader, unless it parts a word from a number. */
const INLINE_EDGE = '\uE001';

/**
 * The parts of a piece of HTML: its visible text (tags removed, an inline tag joining what
 * it wraps, as 4<b>111</b> reads 4111, a block element's edge marked with BLOCK_EDGE,
 * white space as written), and each attribute value, character references decoded.
 */
export function htmlParts(html: string): { visible: string; attributes: string[] } {
	const attributes: string[] = [];
	const visible = html.replace(TAG, (tag) => {
		for (const m of tag.matchAll(ATTRIBUTE)) {
			const value = decodeReferences(m[2] ?? m[3] ?? m[4] ?? '').replace(/\s+/g, ' ');
			if (value.trim() === '') continue;
			attributes.push(
				/^(href|src|action|cite|content)$/i.test(m[1]!) && /^[a-z][a-z0-9+.-]*:|^\//i.test(value)
					? `href="${value}"`
					: `${m[1]}: ${value}`,
			);
		}
		return INLINE_TAG.test(tag) ? INLINE_EDGE : BLOCK_EDGE;
	});
	return { visible: decodeReferences(visible), attributes };
}

/**
 * Visible text with its inline elements joined (`4<b>111</b>` reads 4111), and, when an
 * inline element's edge stands between a letter and a digit, the same text with a space
 * there: `<span>payee</span><span>4111 1111 1111 1111</span>` shows the words run together,
 * which hides the number from a scan that needs it to stand alone.
 */
export function joinInline(visible: string): { joined: string; spaced: string | undefined } {
	const joined = visible.replaceAll(INLINE_EDGE, '');
	if (!visible.includes(INLINE_EDGE)) return { joined, spaced: undefined };
	const spaced = visible
		.replace(/(\p{L})\uE001+(?=\p{Nd})|(\p{Nd})\uE001+(?=\p{L})/gu, '$1$2 ')
		.replaceAll(INLINE_EDGE, '');
	return { joined, spaced: spaced === joined ? undefined : spaced };
}

/** Text as the browser lays it out: white space shows as one space, line breaks included; a block's edge is a line of its own. */
export function asShown(visible: string): string {
	return visible
		.replace(/[ \t\r\f\n]+/g, ' ')
		.replace(new RegExp(` ?${BLOCK_EDGE}[${BLOCK_EDGE} ]*`, 'g'), '\n');
}

/**
 * Everything an HTML page publishes, as text: what the reader sees, then every attribute
 * value, then the content of scripts and styles, each on lines of their own; and what the
 * reader sees with a space where an inline element parts a word from a number, when that
 * differs (see `joinInline`). Digits and
 * separators written full-width or with invisible characters between them are read by the
 * same normalisation as the content check (in scanText).
 */
export function pageText(html: string): { text: string; spaced: string | undefined } {
	const raw: string[] = [];
	const { visible, attributes } = htmlParts(
		html.replace(RAW, (_whole, _name: string, content: string) => {
			raw.push(content);
			return ' ';
		}),
	);
	const { joined, spaced } = joinInline(visible);
	return {
		text: [asShown(joined), ...attributes, ...raw].join('\n'),
		spaced: spaced === undefined ? undefined : asShown(spaced),
	};
}
