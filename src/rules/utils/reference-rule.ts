import { kindSpec } from '../../model/kinds.ts';
import { handbookReferences, knownIds } from '../../model/references.ts';
import type { ReferenceTarget } from '../../schemas/reference.ts';
import { at, type Rule } from '../../engine/rule.ts';
import { fieldName } from '../../model/schema-messages.ts';
import { closest } from '../../text/suggest.ts';
import { REFERENCES_NOWHERE } from './next-steps.ts';

type Target = Exclude<ReferenceTarget, 'role'>;

/** An `ref/unknown-<kind>` rule: every id its kind's schemas declare as naming one, checked against the files there are. */
export function referenceRule(
	target: Target,
	noun: string,
	about: Pick<Rule, 'why' | 'examples'>,
): Rule {
	return {
		id: `ref/unknown-${target}`,
		severity: 'error',
		description: `A ${noun} id that does not exist.`,
		...about,
		fix: `Use the file name (without extension) of a ${noun} in \`src/content/${kindSpec(target).folder}/\`, or add that file; the message suggests the closest id when there is one.`,
		next: REFERENCES_NOWHERE,
		*check({ handbook }) {
			const known = knownIds(handbook, target);
			for (const ref of handbookReferences(handbook, { target })) {
				if (known.has(ref.value)) continue;
				const field = fieldName(ref.path);
				const suggestion = closest(ref.value, known);
				const key = ref.path.filter((p) => typeof p === 'string').at(-1);
				const indexed = typeof ref.path.at(-1) === 'number';
				yield at(
					ref.file,
					ref.path,
					`${field} names ${noun} "${ref.value}", but there is no such ${noun}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
					suggestion
						? indexed
							? `  - ${suggestion}`
							: `${String(key)}: ${suggestion}`
						: `Use the file name (without extension) of an existing file in src/content/${kindSpec(target).folder}/, or add that file.`,
				);
			}
		},
	};
}
