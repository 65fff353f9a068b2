import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';

/** The frontmatter block of an MDX file and the body after it. */
export type SplitResult =
	| { kind: 'ok'; yaml: string; yamlLine: number; body: string; bodyLine: number }
	/** The opening fence names a language (`---js`): never parsed, never run. */
	| { kind: 'unsafe'; language: string }
	/** The site's build would end the frontmatter on another line than the check: refused, never guessed. */
	| { kind: 'ambiguous'; line: number; text: string }
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
			const disagreement = compareWithBuild(text, source, offset);
			if (disagreement) return disagreement;
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
	return compareWithBuild(text, source, -1) ?? { kind: 'unclosed' };
}

/**
 * The site's build splits frontmatter with Astro's own function, which ends it at the
 * first line that merely starts with `---` (`---x: 1`). What the check reads as YAML and
 * what the build compiles as the page must be the same text, so any file the two would
 * split differently is refused on the line where the build would end the frontmatter.
 */
function compareWithBuild(
	text: string,
	source: string,
	closingOffset: number,
): SplitResult | undefined {
	const raw = extractFrontmatter(text);
	const ours = closingOffset === -1 ? undefined : source.slice(3, closingOffset);
	if (raw === ours) return undefined;
	if (raw === undefined) return undefined;
	const start = source.startsWith('---') ? 3 : source.indexOf(raw);
	const line = source.slice(0, start + raw.length).split('\n').length;
	const lineText = source.slice(start + raw.length).split('\n', 1)[0] ?? '';
	return { kind: 'ambiguous', line, text: lineText.replace(/\r$/, '') };
}
