/**
 * Text from content, made inert for a Markdown document a git host renders (the weekly
 * issue, a pull-request comment): it shows as written and does nothing. Markdown syntax
 * and HTML are escaped, so a title cannot add a link, an image, a heading or a code span
 * (a backtick is escaped too, so quoted text cannot close one); `@name` and `#123` are
 * broken with an invisible joiner, so a title cannot notify a team or link an issue, and
 * so are bare addresses (`https://`, `www.`), which a git host would make links;
 * control characters and line breaks become spaces, so it stays on its line.
 */
export function inertMarkdown(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
			.replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`)
			.replace(/([@#])(?=[\w-])/g, '$1\u2060')
			.replace(/\b(https?|ftp):(?=\/\/)/gi, '$1:\u2060')
			.replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\u2060.`)
	);
}

/**
 * Text from content that may run over several lines (a hint with a YAML example), for a
 * table cell: each line inert, the lines joined with `<br>`.
 */
export function inertMarkdownLines(text: string): string {
	return text.split('\n').map(inertMarkdown).join('<br>');
}

/** What a code span can hold as it is: no backtick to close it, no pipe to split a table cell, no line break or control character. */
// eslint-disable-next-line no-control-regex
const PLAIN_CODE = /^[^`|\\\u0000-\u001f\u007f-\u009f\u2028\u2029]+$/;

/**
 * Text from content (a file name, an id) in monospace. Ordinary names become a code span,
 * in which nothing renders; a name that could close the span or split a table cell is
 * made inert inside `<code>` instead.
 */
export function inertCode(text: string): string {
	return PLAIN_CODE.test(text) && text.trim() === text
		? `\`${text}\``
		: `<code>${inertMarkdown(text)}</code>`;
}
