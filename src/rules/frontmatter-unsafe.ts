import type { Rule } from '../engine/rule.ts';
import { loadProblems } from './load-problems.ts';

export const frontmatterUnsafe: Rule = {
	id: 'frontmatter/unsafe',
	severity: 'error',
	description: 'The frontmatter fence asks for another language (---js, ...); it is never run.',
	check: (context) => loadProblems(context, 'frontmatter/unsafe'),
};
