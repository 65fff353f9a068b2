import type { Rule } from '../engine/rule.ts';

export const configSchema: Rule = {
	id: 'config/schema',
	severity: 'error',
	description: 'handbook.config.yaml is not valid YAML, or has a wrong or unknown setting; the defaults are used meanwhile.',
	*check({ handbook }) {
		yield* handbook.configProblems;
	},
};
