/**
 * Text from content, made inert for a Markdown document a git host renders (the weekly
 * issue, a pull-request comment): it shows as written and does nothing. Markdown syntax
 * and HTML are escaped, so a title cannot add a link, an image or a heading; `@name` and
 * `#123` are broken with an invisible joiner, so a title cannot notify a team or link an
 * issue; control characters and line breaks become spaces, so it stays on its line.
 */
export function inertMarkdown(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
			.replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`)
			.replace(/([@#])(?=[\w-])/g, '$1\u2060')
	);
}
