import { join } from 'node:path';
import { findPolicyViolations } from '../content-policy/policy.ts';
import type { Rule } from '../engine/rule.ts';

/**
 * The content policy on every page body: the same function the build's own pipeline
 * runs, on a tree parsed the same way, so the check and the build agree.
 */
export const mdxUnsafe: Rule = {
	id: 'mdx/unsafe',
	severity: 'error',
	description: 'A page body runs code, imports or exports, embeds a script or an event handler, links to a javascript:/data: address, or shows an image from outside the handbook.',
	reads: 'body',
	*check({ handbook, scope }) {
		for (const file of handbook.files) {
			if (scope && !scope.has(file.path)) continue;
			const parsed = file.parseBody();
			if (!parsed || !('tree' in parsed)) continue;
			for (const v of findPolicyViolations(parsed.tree, { file: join(handbook.root, file.path), root: handbook.root })) {
				yield { file: file.path, line: v.line + file.bodyLine - 1, column: v.column, message: v.message, hint: v.hint };
			}
		}
	},
};
