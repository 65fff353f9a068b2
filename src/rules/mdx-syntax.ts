import { type Rule, workOn } from '../engine/rule.ts';
import { parseOutcome } from './utils/file-work.ts';
import { sopBodyWith } from './utils/base-handbook.ts';
import { FILE_PROBLEMS } from './utils/next-steps.ts';

export const mdxSyntax: Rule = {
	id: 'mdx/syntax',
	severity: 'error',
	description: 'The body does not compile as MDX.',
	why: 'A page that does not compile stops the whole site from building, so nobody gets the updated handbook.',
	fix: 'Write `{` as `\\{` and `<` as `&lt;` in text, and close every tag you open.',
	next: FILE_PROBLEMS,
	examples: {
		fails: [
			{
				title: 'a brace left open',
				files: sopBodyWith('Hold the bill {until the client confirms.'),
				message:
					'the body is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`.',
			},
			{
				title: 'a tag never closed',
				files: sopBodyWith('<div>\nHold the bill until the client confirms.'),
				message: 'the body is not valid MDX: Expected a closing tag for `<div>` (19:1).',
			},
			{
				title: 'a `<` straight before a number',
				files: sopBodyWith('Approve bills <500 USD without a call.'),
				message:
					'the body is not valid MDX: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`).',
			},
		],
		passes: [
			{
				title: 'braces and `<` written as text',
				files: sopBodyWith(
					'Approve bills &lt;500 USD without a call; hold the bill \\{until the client confirms\\}.',
				),
			},
		],
	},
	reads: 'body',
	work: parseOutcome,
	*check({ handbook, scope }) {
		for (const file of handbook.files) {
			if (scope && !scope.has(file.path)) continue;
			const parsed = workOn(parseOutcome, file, handbook);
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
