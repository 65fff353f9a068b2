/**
 * Control characters, which a terminal obeys rather than shows (ESC starts a sequence that
 * can recolour, retitle or clear the screen), and the bidirectional controls that make
 * text read in a different order from the order it is in.
 */
/* eslint-disable no-control-regex -- control characters are exactly what this finds */
const CONTROLS =
	/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

const escaped = (c: string) =>
	c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text from content (a file name, a title quoted in a message) made safe to print: every
 * control character is written out as an escape (`\u001b`), so it shows rather than acts,
 * and a line break becomes `\n`, so a file name cannot start a line of its own and pass
 * for a finding or a CI command.
 */
export function printableLine(text: string): string {
	return text.replace(/\n/g, '\\n').replace(CONTROLS, escaped);
}

/** Like `printableLine`, but keeps line breaks: for text that is written in lines, such as a hint. */
export function printableLines(text: string): string {
	return text.replace(CONTROLS, escaped);
}
