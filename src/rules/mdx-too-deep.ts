import { type Rule, workOn } from '../engine/rule.ts';
import { parseOutcome } from './utils/file-work.ts';
import { FILE_PROBLEMS } from './utils/next-steps.ts';
import { MAX_DEPTH } from '../content-policy/policy.ts';

export const mdxTooDeep: Rule = {
	id: 'mdx/too-deep',
	severity: 'error',
	description: `The body nests more than ${MAX_DEPTH - 1} levels deep (quotes in quotes, lists in lists, tags in tags); no other rule reads it.`,
	why: 'No procedure needs a hundred levels of quotes or lists; input that deep is made to exhaust the tools, and would stop the check and the build from reporting anything at all.',
	next: FILE_PROBLEMS,
	fix: 'Flatten it: a quote inside a quote, or a list inside a list, a few levels at most.',
	examples: {
		fails: [
			{
				title: 'quotes nested 200 deep',
				files: {
					'src/content/docs/deep.mdx': `---\ntitle: Deep\n---\n\n${'>'.repeat(200)} deep\n`,
				},
				message:
					'the body nests more than 99 levels deep here; no page needs that, and it is not read further.',
			},
		],
		passes: [
			{
				title: 'a list three levels deep',
				files: {
					'src/content/docs/deep.mdx': '---\ntitle: Deep\n---\n\n- one\n  - two\n    - three\n',
				},
			},
		],
	},
	reads: 'body',
	work: parseOutcome,
	*check({ handbook, scope }) {
		for (const file of handbook.files) {
			if (scope && !scope.has(file.path)) continue;
			const parsed = workOn(parseOutcome, file, handbook);
			if (!parsed || !('tooDeep' in parsed)) continue;
			yield {
				file: file.path,
				line: parsed.tooDeep.line,
				column: parsed.tooDeep.column,
				message: `the body nests more than ${MAX_DEPTH - 1} levels deep here; no page needs that, and it is not read further.`,
				hint: 'Flatten it: a quote inside a quote, or a list inside a list, a few levels at most.',
			};
		}
	},
};
