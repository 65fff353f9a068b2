import type { Rule } from '../engine/rule.ts';
import { loadProblems } from './utils/load-problems.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { FILE_PROBLEMS } from './utils/next-steps.ts';

export const frontmatterSchema: Rule = {
	id: 'frontmatter/schema',
	severity: 'error',
	description:
		'A field has the wrong type or format, a required field is missing, a field is unknown (the message suggests the closest known name), or there is no frontmatter.',
	why: 'The review gate, the backup rules and the site all read these fields; a misspelt `last_reviewd` or a date written `10/01/2026` would otherwise leave an SOP unchecked.',
	fix: 'Write the field as the hint shows; the JSON Schemas in `json-schema/` let an editor complete and check fields as you type.',
	next: FILE_PROBLEMS,
	examples: {
		fails: [
			{
				title: 'a misspelt field',
				files: edited(EXAMPLE_SOP, ['last_reviewed:', 'last_reviewd:']),
				message: 'unknown field "last_reviewd". Did you mean "last_reviewed"?',
			},
			{
				title: 'a date in another format',
				files: edited(EXAMPLE_SOP, ['last_reviewed: 2026-10-01', 'last_reviewed: 10/01/2026']),
				message: 'last_reviewed is "10/01/2026", which is not a calendar date.',
			},
			{
				title: 'a review cycle that does not exist',
				files: edited(EXAMPLE_SOP, [
					'last_reviewed: 2026-10-01\n',
					'last_reviewed: 2026-10-01\nreview_cycle: yearly\n',
				]),
				message:
					'review_cycle is "yearly"; it must be one of monthly, quarterly, semiannual, annual.',
			},
		],
		passes: [
			{
				title: 'a quoted date and a known review cycle',
				files: edited(EXAMPLE_SOP, [
					'last_reviewed: 2026-10-01\n',
					'last_reviewed: "2026-10-01"\nreview_cycle: quarterly\n',
				]),
			},
		],
	},
	check: (context) => loadProblems(context, 'frontmatter/schema'),
};
