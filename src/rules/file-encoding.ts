import type { Rule } from '../engine/rule.ts';
import { loadProblems } from './load-problems.ts';

export const fileEncoding: Rule = {
	id: 'file/encoding',
	severity: 'error',
	description: 'A content file is not UTF-8 text (a Word or wiki export saved in another encoding).',
	check: (context) => loadProblems(context, 'file/encoding'),
};
