import type { Finding } from '../../model/diagnostic.ts';
import { type Rule, workOn } from '../../engine/rule.ts';
import { lintMessages } from './file-work.ts';

/** A rule for one remark-lint plugin's messages; `hint` follows every finding, as the plugins give none. */
export function lintRuleFor({
	hint,
	...about
}: Pick<Rule, 'id' | 'description' | 'why' | 'fix' | 'examples'> & { hint: string }): Rule {
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
					yield {
						file: file.path,
						line: m.line + file.bodyLine - 1,
						column: m.column,
						message: `${m.message}.`,
						hint,
					};
				}
			}
		},
	};
}
