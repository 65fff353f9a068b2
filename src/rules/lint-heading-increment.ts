import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { lintRuleFor } from './utils/lint-rule.ts';

export const lintHeadingIncrement = lintRuleFor({
	id: 'lint/heading-increment',
	description: 'Heading levels skip a level (## then ####).',
	why: "Headings are the page's outline for screen readers and the table of contents; a skipped level hides where a section belongs.",
	fix: 'Go down one level at a time: a `##` section, then `###` inside it.',
	hint: 'Go down one level at a time: a ## section, then ### inside it.',
	examples: {
		fails: [
			{
				title: 'a #### heading straight under a ## section',
				files: edited(EXAMPLE_SOP, [
					'1. Check the approvals.',
					'#### Before the run\n\n1. Check the approvals.',
				]),
				message: 'Unexpected heading rank `4`, exected rank `3`.',
			},
		],
		passes: [
			{
				title: 'a ### heading under a ## section',
				files: edited(EXAMPLE_SOP, [
					'1. Check the approvals.',
					'### Before the run\n\n1. Check the approvals.',
				]),
			},
		],
	},
});
