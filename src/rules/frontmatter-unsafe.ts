import type { Rule } from '../engine/rule.ts';
import { loadProblems } from './utils/load-problems.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { FILE_PROBLEMS } from './utils/next-steps.ts';

export const frontmatterUnsafe: Rule = {
	id: 'frontmatter/unsafe',
	severity: 'error',
	description:
		'The frontmatter fence asks for another language (---js, ...), or a line inside the frontmatter starts with --- without being a fence; it is never run.',
	why: "A `---js` fence asks the site's build to run the frontmatter as a program, so anyone who opens a pull request could run code where the handbook is built. A stray `---` line would make the build and the check read different fields.",
	fix: 'Start the file with a plain `---`, write YAML, and start no other line inside the frontmatter with `---`.',
	next: FILE_PROBLEMS,
	examples: {
		fails: [
			{
				title: 'a `---js` fence',
				files: edited(EXAMPLE_SOP, ['---\ntitle', '---js\ntitle']),
				message:
					'the frontmatter fence asks for "js". Frontmatter is YAML only and is never run as code.',
			},
			{
				title: 'a line inside the frontmatter that starts with `---`',
				files: edited(EXAMPLE_SOP, ['client: acme\n', 'client: acme\n---x: 1\n']),
				message:
					'line 9 starts with --- but is not a fence ("---x: 1"). The site\'s build would end the frontmatter there and publish the rest as the page, while the check reads it as fields.',
			},
		],
		passes: [
			{
				title: 'a plain fence, with a YAML comment inside',
				files: edited(EXAMPLE_SOP, [
					'---\ntitle',
					'---\n# Reviewed with the pod lead each quarter.\ntitle',
				]),
			},
		],
	},
	check: (context) => loadProblems(context, 'frontmatter/unsafe'),
};
