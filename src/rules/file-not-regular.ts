import type { Rule } from '../engine/rule.ts';
import { loadProblems } from './utils/load-problems.ts';

export const fileNotRegular: Rule = {
	id: 'file/not-regular',
	severity: 'error',
	description:
		'Something in src/content is a symbolic link, a pipe or a device, or a folder that cannot be read; it is never followed or read.',
	why: 'The check and the site must read the same files. A link could pull in a file from outside the handbook, such as a bank export, and publish it; a pipe could stall the build.',
	fix: 'Replace it with a regular file (copy the content in), or remove it.',
	examples: {
		fails: [
			{
				title: 'a person file that is a symbolic link',
				files: { 'src/content/people/eve-stone.yaml': { link: 'ben-ode.yaml' } },
				message:
					'is a symbolic link; the handbook reads only real files and folders, so it is not read and may not be published.',
			},
		],
		passes: [
			{
				title: 'a regular file',
				files: {
					'src/content/people/eve-stone.yaml': 'name: Eve Stone\nroles: [bpa]\npod: east\n',
				},
			},
		],
	},
	check: (context) => loadProblems(context, 'file/not-regular'),
};
