import { styleText } from 'node:util';

/**
 * Whether text written to `stream` is to be coloured. Node decides, as `styleText` does for
 * a stream: a terminal that shows colour, or FORCE_COLOR set to colour (`1`, `2`, `3` or
 * empty) wherever the text goes; FORCE_COLOR=0, a pipe and a file give plain text. NO_COLOR,
 * when set, always gives plain text, FORCE_COLOR or not.
 *
 * Kept apart from the formats so that a command can decide before it loads them.
 */
export function colorsFor(stream: NodeJS.WriteStream): boolean {
	if (process.env.NO_COLOR !== undefined) return false;
	return styleText('red', '-', { stream }) !== '-';
}
