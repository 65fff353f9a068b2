import type { Rule } from '../rule.ts';
import type { SourceFile } from '../source-file.ts';

export const idDuplicate: Rule = {
	id: 'id/duplicate',
	severity: 'error',
	description: 'Two files claim the same id.',
	*check({ handbook }) {
		const first = new Map<string, SourceFile>();
		for (const file of handbook.files) {
			const key = `${file.kind}:${file.id}`;
			const earlier = first.get(key);
			if (!earlier) {
				first.set(key, file);
				continue;
			}
			yield {
				file: file.path,
				line: 1,
				column: 1,
				message: `claims the id "${file.id}", which ${earlier.path} already has.`,
				hint: 'Keep one of the two files: merge them, or rename this one.',
			};
		}
	},
};
