import type { Rule } from '../engine/rule.ts';
import { edited } from './utils/base-handbook.ts';
import { FILE_PROBLEMS } from './utils/next-steps.ts';

export const configSchema: Rule = {
	id: 'config/schema',
	severity: 'error',
	description:
		'handbook.config.yaml is not valid YAML, or has a wrong or unknown setting; the defaults are used meanwhile.',
	why: 'The config sets the review cycles, the warning window and the roles that every other rule judges by. A setting the tool ignored without a word could loosen a control unnoticed.',
	fix: 'Fix the setting named; `src/schemas/config.ts` describes each one.',
	next: FILE_PROBLEMS,
	examples: {
		fails: [
			{
				title: 'a misspelt setting',
				files: edited('handbook.config.yaml', [
					'time_zone: UTC\n',
					'time_zone: UTC\nwarn_dayz: 21\n',
				]),
				message: 'unknown field "warn_dayz". Did you mean "warn_days"?',
			},
			{
				title: 'a time zone that does not exist',
				files: edited('handbook.config.yaml', ['time_zone: UTC', 'time_zone: Central']),
				message: 'time_zone is "Central", which is not a time zone name.',
			},
		],
		passes: [
			{
				title: 'a warning window of 21 days',
				files: edited('handbook.config.yaml', [
					'time_zone: UTC\n',
					'time_zone: UTC\nwarn_days: 21\n',
				]),
			},
		],
	},
	*check({ handbook }) {
		yield* handbook.configProblems;
	},
};
