import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { lintRuleFor } from './utils/lint-rule.ts';

export const lintSopSections = lintRuleFor({
	id: 'lint/sop-sections',
	description:
		'An SOP lacks one of the configured section headings (Purpose, When to use, Steps, Escalation), or has them out of order.',
	why: 'Every SOP has the same sections in the same order, so a colleague covering for the owner finds the steps and the escalation path without reading the whole page.',
	fix: 'Add or move the section; `sop_sections` in `handbook.config.yaml` names them.',
	hint: 'Add the missing section as a level-2 heading, e.g.\n## Escalation',
	examples: {
		fails: [
			{
				title: 'no Escalation section',
				files: edited(EXAMPLE_SOP, ['\n## Escalation\n\nTo the pod lead.\n', '']),
				message:
					'has no "## Escalation" section; every SOP has "## Purpose", "## When to use", "## Steps", "## Escalation".',
			},
			{
				title: 'Steps before When to use',
				files: edited(EXAMPLE_SOP, [
					'## When to use\n\nEvery Tuesday.\n\n## Steps\n\n1. Check the approvals.\n2. Release the run.\n',
					'## Steps\n\n1. Check the approvals.\n2. Release the run.\n\n## When to use\n\nEvery Tuesday.\n',
				]),
				message:
					'the "## Steps" section is out of order; the sections run Purpose, When to use, Steps, Escalation.',
			},
		],
		passes: [
			{
				title: 'an extra section after the four',
				files: edited(EXAMPLE_SOP, [
					'To the pod lead.\n',
					'To the pod lead.\n\n## History\n\nWritten when Acme joined.\n',
				]),
			},
		],
	},
});
