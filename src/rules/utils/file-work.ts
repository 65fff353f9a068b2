import { join } from 'node:path';
import type { Root } from 'mdast';
import type { MdastNode } from 'satteri';
import { findPolicyViolations, type PolicyViolation } from '../../content-policy/policy.ts';
import type { FileWork } from '../../engine/rule.ts';
import type { BodyParse } from '../../model/source-file.ts';
import { lintBody, type LintMessage } from './lint/run-lint.ts';
import { stepLabel, stepsOf } from './steps.ts';

/**
 * The work the body rules do on one file alone, each returning plain data, so that
 * `check --cache` can keep it for a file that has not changed.
 */

/** How the body parsed: fine, or the syntax error or the depth that stopped it. */
export const parseOutcome: FileWork<
	Exclude<BodyParse, { tree: MdastNode }> | { ok: true } | undefined
> = {
	name: 'parse',
	run(file) {
		const parsed = file.parseBody();
		return parsed && ('tree' in parsed ? { ok: true } : parsed);
	},
};

/** The content policy's findings, from the same function the build's pipeline runs. */
export const policyViolations: FileWork<PolicyViolation[]> = {
	name: 'policy',
	run(file, { root }) {
		const parsed = file.parseBody();
		if (!parsed || !('tree' in parsed)) return [];
		return findPolicyViolations(parsed.tree, { file: join(root, file.path), root });
	},
	// An import is judged by where its path leads on disk, which another file can change.
	keep: (file) => !(file.body ?? '').includes('import'),
};

/** The Markdown lint's messages, for the kinds whose pages are prose. */
export const lintMessages: FileWork<LintMessage[]> = {
	name: 'lint',
	run(file, { config }) {
		if (
			file.kind === 'doc' ||
			file.kind === 'person' ||
			file.kind === 'pod' ||
			file.kind === 'client'
		)
			return [];
		const parsed = file.parseBody();
		if (!parsed || !('tree' in parsed)) return [];
		return lintBody(parsed.tree, file.body ?? '', file.kind, config);
	},
};

/** Every link and definition in document order, without recursion, so no depth of nesting overflows the stack. */
export const bodyLinks: FileWork<{ url: string; line: number; column: number }[]> = {
	name: 'links',
	run(file) {
		const parsed = file.parseBody();
		if (!parsed || !('tree' in parsed)) return [];
		const links: { url: string; line: number; column: number }[] = [];
		const stack: MdastNode[] = [parsed.tree];
		while (stack.length > 0) {
			const n = stack.pop() as MdastNode & { url?: string; children?: MdastNode[] };
			if ((n.type === 'link' || n.type === 'definition') && typeof n.url === 'string') {
				links.push({
					url: n.url,
					line: n.position?.start.line ?? 1,
					column: n.position?.start.column ?? 1,
				});
			}
			const children = n.children ?? [];
			for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
		}
		return links;
	},
};

/** An SOP's steps under `## Steps`: the bold words each starts with, and where it stands. */
export const sopSteps: FileWork<{ label: string | undefined; line: number; column: number }[]> = {
	name: 'steps',
	run(file) {
		if (file.kind !== 'sop') return [];
		const parsed = file.parseBody();
		if (!parsed || !('tree' in parsed)) return [];
		return stepsOf(parsed.tree as Root).map((step) => ({
			label: stepLabel(step),
			line: step.position?.start.line ?? 1,
			column: step.position?.start.column ?? 1,
		}));
	},
};
