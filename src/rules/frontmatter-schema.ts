import type { Rule } from '../engine/rule.ts';
import { loadProblems } from './load-problems.ts';

export const frontmatterSchema: Rule = {
	id: 'frontmatter/schema',
	severity: 'error',
	description: 'A field has the wrong type or format, a required field is missing, a field is unknown, or there is no frontmatter.',
	check: (context) => loadProblems(context, 'frontmatter/schema'),
};
