import { z } from 'astro/zod';

/**
 * A name or title: one line of text with no angle brackets. Names and titles reach the
 * page title, search filters and the site header, where some renderers treat text as
 * HTML; no honest author needs `<` or `>` in them, so they are refused outright.
 */

export const plainText = z
	.string()
	.min(1)
	// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
	.regex(/^[^<>\u0000-\u001f\u007f]*$/, { error: 'not-plain-text' });

/** An address on the web, `https://` or `http://`: never `javascript:` or `data:`. */
export const webAddress = z
	.string()
	.regex(/^https?:\/\/[^\s<>"]+$/i, { error: 'not-a-web-address' });
