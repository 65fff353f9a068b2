import type { Finding } from '../model/diagnostic.ts';
import { type Rule, workOn } from '../engine/rule.ts';
import { lintMessages } from './utils/file-work.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';

/** A rule for one remark-lint plugin's messages; `hint` follows every finding, as the plugins give none. */
function lintRuleFor({ hint, ...about }: Pick<Rule, 'id' | 'description' | 'why' | 'fix' | 'examples'> & { hint: string }): Rule {
	return {
		...about,
		severity: 'error',
		reads: 'body',
		// One lint pass per file, shared by the lint rules: each keeps its own messages.
		work: lintMessages,
		*check({ handbook, scope }): Iterable<Finding> {
			for (const file of handbook.files) {
				if (scope && !scope.has(file.path)) continue;
				for (const m of workOn(lintMessages, file, handbook)) {
					if (m.rule !== about.id) continue;
					yield { file: file.path, line: m.line + file.bodyLine - 1, column: m.column, message: `${m.message}.`, hint };
				}
			}
		},
	};
}

export const lintSopSections = lintRuleFor({
	id: 'lint/sop-sections',
	description: 'An SOP lacks one of the configured section headings (Purpose, When to use, Steps, Escalation), or has them out of order.',
	why: 'Every SOP has the same sections in the same order, so a colleague covering for the owner finds the steps and the escalation path without reading the whole page.',
	fix: 'Add or move the section; `sop_sections` in `handbook.config.yaml` names them.',
	hint: 'Add the missing section as a level-2 heading, e.g.\n## Escalation',
	examples: {
		fails: [
			{ title: 'no Escalation section', files: edited(EXAMPLE_SOP, ['\n## Escalation\n\nTo the pod lead.\n', '']) },
			{
				title: 'Steps before When to use',
				files: edited(EXAMPLE_SOP, [
					'## When to use\n\nEvery Tuesday.\n\n## Steps\n\n1. Check the approvals.\n2. Release the run.\n',
					'## Steps\n\n1. Check the approvals.\n2. Release the run.\n\n## When to use\n\nEvery Tuesday.\n',
				]),
			},
		],
		passes: [{ title: 'an extra section after the four', files: edited(EXAMPLE_SOP, ['To the pod lead.\n', 'To the pod lead.\n\n## History\n\nWritten when Acme joined.\n']) }],
	},
});

export const lintHeadingIncrement = lintRuleFor({
	id: 'lint/heading-increment',
	description: 'Heading levels skip a level (## then ####).',
	why: "Headings are the page's outline for screen readers and the table of contents; a skipped level hides where a section belongs.",
	fix: 'Go down one level at a time: a `##` section, then `###` inside it.',
	hint: 'Go down one level at a time: a ## section, then ### inside it.',
	examples: {
		fails: [{ title: 'a #### heading straight under a ## section', files: edited(EXAMPLE_SOP, ['1. Check the approvals.', '#### Before the run\n\n1. Check the approvals.']) }],
		passes: [{ title: 'a ### heading under a ## section', files: edited(EXAMPLE_SOP, ['1. Check the approvals.', '### Before the run\n\n1. Check the approvals.']) }],
	},
});
