import type { Finding } from '../../model/diagnostic.ts';
import type { RuleContext } from '../../engine/rule.ts';
import type { LoadProblem } from '../../model/source-file.ts';

/** The problems of one kind found while reading files; the parsing itself happens once, in the loader. */
export function* loadProblems(
	{ handbook }: RuleContext,
	rule: LoadProblem['rule'],
): Iterable<Finding> {
	for (const file of handbook.files) {
		for (const problem of file.problems) {
			if (problem.rule === rule)
				yield {
					file: file.path,
					line: problem.line,
					column: problem.column,
					message: problem.message,
					hint: problem.hint,
				};
		}
	}
}
