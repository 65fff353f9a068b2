/** One `##` section of a Markdown body. */
export interface Section {
	/** The heading's text, as written: `Steps`. */
	heading: string;
	/** Its line in the text given, from 1. */
	line: number;
	/** Everything under it up to the next heading of the same or a higher level. */
	text: string;
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/** The `##` sections of a Markdown body whose headings are among `names` (compared without case). Headings inside code fences are text. */
export function sectionsNamed(text: string, names: readonly string[]): Section[] {
	const wanted = new Set(names.map((n) => n.trim().toLowerCase()));
	const lines = text.split(/\r?\n/);
	const found: Section[] = [];
	let current: { heading: string; line: number; body: string[] } | undefined;
	let fence: string | undefined;
	const close = () => {
		if (current) found.push({ heading: current.heading, line: current.line, text: current.body.join('\n') });
		current = undefined;
	};
	for (const [index, line] of lines.entries()) {
		const marker = FENCE.exec(line)?.[1];
		if (marker !== undefined) {
			if (fence === undefined) fence = marker;
			else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
		}
		const heading = fence === undefined && marker === undefined ? HEADING.exec(line) : null;
		if (heading && heading[1]!.length <= 2) {
			close();
			if (heading[1]!.length === 2 && wanted.has(heading[2]!.trim().toLowerCase())) current = { heading: heading[2]!.trim(), line: index + 1, body: [] };
			continue;
		}
		current?.body.push(line);
	}
	close();
	return found;
}

/** Text with every run of white space, line breaks included, made one space: a re-wrap or re-indent compares equal. */
export function normaliseWhitespace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
