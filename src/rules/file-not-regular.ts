import type { Rule } from '../engine/rule.ts';
import { loadProblems } from './load-problems.ts';

export const fileNotRegular: Rule = {
	id: 'file/not-regular',
	severity: 'error',
	description: 'Something in src/content is a symbolic link, a pipe or a device, or a folder that cannot be read; it is never followed or read.',
	check: (context) => loadProblems(context, 'file/not-regular'),
};
