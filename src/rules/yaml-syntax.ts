import type { Rule } from '../engine/rule.ts';
import { loadProblems } from './utils/load-problems.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { FILE_PROBLEMS } from './utils/next-steps.ts';

export const yamlSyntax: Rule = {
	id: 'yaml/syntax',
	severity: 'error',
	description: 'The frontmatter is not valid YAML, is never closed, or repeats a key.',
	why: 'A file the tool cannot read cannot be checked for its owner, backup or review date, and the site would refuse to build it.',
	fix: 'Fix the line named: quote text that holds `: ` or ` #`, write each field once, and close the frontmatter with `---`.',
	next: FILE_PROBLEMS,
	examples: {
		fails: [
			{
				title: 'a colon in an unquoted title',
				files: edited(EXAMPLE_SOP, ['title: Acme weekly bill run', 'title: Acme: weekly bill run']),
				message:
					'the frontmatter is not valid YAML: bad indentation of a mapping entry in `title: Acme: weekly bill run`.',
			},
			{
				title: 'a field written twice',
				files: edited(EXAMPLE_SOP, ['client: acme\n', 'client: acme\nowner: ben-ode\n']),
				message:
					'the frontmatter is not valid YAML: repeats the field "owner"; each field may appear only once.',
			},
		],
		passes: [
			{
				title: 'the title in quotes',
				files: edited(EXAMPLE_SOP, [
					'title: Acme weekly bill run',
					'title: "Acme: weekly bill run"',
				]),
			},
		],
	},
	check: (context) => loadProblems(context, 'yaml/syntax'),
};
