import type { Finding } from '../model/diagnostic.ts';
import { lintBody, type LintMessage } from './lint/run-lint.ts';
import type { Rule, RuleContext } from '../engine/rule.ts';
import type { SourceFile } from '../model/source-file.ts';

const HINTS: Record<string, string> = {
	'lint/sop-sections': 'Add the missing section as a level-2 heading, e.g.\n## Escalation',
	'lint/heading-increment': 'Go down one level at a time: a ## section, then ### inside it.',
};

/** Lint messages per file, computed once per check and shared by the lint rules. */
const cache = new WeakMap<RuleContext, Map<SourceFile, LintMessage[]>>();

function messages(context: RuleContext): Map<SourceFile, LintMessage[]> {
	let found = cache.get(context);
	if (found) return found;
	found = new Map();
	for (const file of context.handbook.files) {
		if (context.scope && !context.scope.has(file.path)) continue;
		if (file.kind === 'doc' || file.kind === 'person' || file.kind === 'pod' || file.kind === 'client') continue;
		const parsed = file.parseBody();
		if (!parsed || !('tree' in parsed)) continue;
		found.set(file, lintBody(parsed.tree, file.body ?? '', file.kind, context.handbook.config));
	}
	cache.set(context, found);
	return found;
}

function lintRuleFor(id: string, description: string): Rule {
	return {
		id,
		severity: 'error',
		description,
		reads: 'body',
		*check(context): Iterable<Finding> {
			for (const [file, list] of messages(context)) {
				for (const m of list) {
					if (m.rule !== id) continue;
					yield { file: file.path, line: m.line + file.bodyLine - 1, column: m.column, message: `${m.message}.`, hint: HINTS[id] ?? 'Fix the Markdown on this line.' };
				}
			}
		},
	};
}

export const lintSopSections = lintRuleFor('lint/sop-sections', 'An SOP lacks one of the configured section headings (Purpose, When to use, Steps, Escalation), or has them out of order.');
export const lintHeadingIncrement = lintRuleFor('lint/heading-increment', 'Heading levels skip a level.');
