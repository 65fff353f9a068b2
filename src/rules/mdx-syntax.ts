import type { Rule } from '../engine/rule.ts';

export const mdxSyntax: Rule = {
	id: 'mdx/syntax',
	severity: 'error',
	description: 'The body does not compile as MDX.',
	reads: 'body',
	*check({ handbook, scope }) {
		for (const file of handbook.files) {
			if (scope && !scope.has(file.path)) continue;
			const parsed = file.parseBody();
			if (!parsed || !('error' in parsed)) continue;
			yield {
				file: file.path,
				line: parsed.error.line,
				column: parsed.error.column,
				message: `the body is not valid MDX: ${parsed.error.message}.`,
				hint: 'In MDX, { and < start code. Write them as \\{ and &lt; in text, and close every tag you open.',
			};
		}
	},
};
