import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition } from 'satteri';
import { roleOfLabel } from '../model/roles.ts';
import type { HandbookConfig } from '../schemas/config.ts';

/** The heading whose list holds an SOP's steps. */
export const STEPS_HEADING = 'Steps';

interface Node {
	type: string;
	tagName?: string;
	value?: string;
	children?: readonly Node[];
}

const isElement = (node: Node | undefined, tag?: string): node is Node =>
	node?.type === 'element' && (tag === undefined || node.tagName === tag);
const isBlank = (node: Node) => node.type === 'text' && !node.value?.trim();
const firstContent = (node: Node) => (node.children ?? []).find((child) => !isBlank(child));

/** The bold label a step starts with: `<li><strong>` or `<li><p><strong>`. */
function leadingStrong(item: Node): Node | undefined {
	const first = firstContent(item);
	if (isElement(first, 'strong')) return first;
	if (isElement(first, 'p')) {
		const inner = firstContent(first);
		if (isElement(inner, 'strong')) return inner;
	}
	return undefined;
}

/**
 * Marks each step of an SOP's `## Steps` list with the role its bold label names, at build
 * time: `<li data-step-role="bpa">` and `<strong class="step-role">`. The page styles the
 * label and offers "show only my steps" from these marks. The attribute's value is always
 * a role id from the handbook config, never text from the page, so content cannot choose
 * what is written into the markup.
 */
export function stepRolesPlugin(options: {
	root: string;
	config: Pick<HandbookConfig, 'roles' | 'role_labels' | 'client_roles'>;
}): HastPluginDefinition {
	const sops = join(options.root, 'src', 'content', 'sops');
	return {
		name: 'handbook-step-roles',
		before(root, context) {
			if (!context.fileURL || !fileURLToPath(context.fileURL).startsWith(sops)) return;
			const top = root.children as readonly Node[];
			let inSteps = false;
			for (const node of top) {
				if (isElement(node) && /^h[1-2]$/.test(node.tagName ?? '')) {
					inSteps =
						node.tagName === 'h2' && context.textContent(node as never).trim() === STEPS_HEADING;
					continue;
				}
				if (!inSteps || !(isElement(node, 'ol') || isElement(node, 'ul'))) continue;
				for (const item of node.children ?? []) {
					if (!isElement(item, 'li')) continue;
					const label = leadingStrong(item);
					const role = label && roleOfLabel(options.config, context.textContent(label as never));
					if (!label || !role) continue;
					context.setProperty(item as never, 'dataStepRole', role);
					context.setProperty(label as never, 'className', ['step-role']);
				}
			}
		},
	};
}
