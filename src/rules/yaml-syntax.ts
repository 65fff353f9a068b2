import type { Rule } from '../engine/rule.ts';
import { loadProblems } from './load-problems.ts';

export const yamlSyntax: Rule = {
	id: 'yaml/syntax',
	severity: 'error',
	description: 'The frontmatter is not valid YAML, is never closed, or repeats a key.',
	check: (context) => loadProblems(context, 'yaml/syntax'),
};
