/** The frontmatter block of an MDX file and the body after it. */
export type SplitResult =
	| { kind: 'ok'; yaml: string; yamlLine: number; body: string; bodyLine: number }
	/** The opening fence names a language (`---js`): never parsed, never run. */
	| { kind: 'unsafe'; language: string }
	| { kind: 'missing' }
	| { kind: 'unclosed' };

const FENCE = /^---[ \t]*$/;
const LANGUAGE_FENCE = /^---[ \t]*([A-Za-z][\w-]*)[ \t]*$/;

/**
 * Splits `---` YAML frontmatter from the body. Lines are counted from 1; `yamlLine` is
 * the line of the first YAML line, `bodyLine` the first line after the closing fence.
 */
export function splitFrontmatter(text: string): SplitResult {
	const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
	const firstBreak = source.indexOf('\n');
	const firstLine = (firstBreak === -1 ? source : source.slice(0, firstBreak)).replace(/\r$/, '');
	const language = LANGUAGE_FENCE.exec(firstLine);
	if (language) return { kind: 'unsafe', language: language[1] ?? '' };
	if (!FENCE.test(firstLine) || firstBreak === -1) return { kind: 'missing' };

	let offset = firstBreak + 1;
	let line = 2;
	while (offset <= source.length) {
		const next = source.indexOf('\n', offset);
		const end = next === -1 ? source.length : next;
		const current = source.slice(offset, end).replace(/\r$/, '');
		if (FENCE.test(current)) {
			return {
				kind: 'ok',
				yaml: source.slice(firstBreak + 1, offset),
				yamlLine: 2,
				body: next === -1 ? '' : source.slice(next + 1),
				bodyLine: line + 1,
			};
		}
		if (next === -1) break;
		offset = next + 1;
		line += 1;
	}
	return { kind: 'unclosed' };
}
