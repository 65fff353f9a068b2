import type { ListItem, Root, RootContent } from 'mdast';
import { plainText } from '../../text/sections.ts';

/** The top-level list items of the `## Steps` section, in order. */
export function stepsOf(tree: Root): ListItem[] {
	const steps: ListItem[] = [];
	let inSteps = false;
	for (const node of tree.children) {
		if (node.type === 'heading' && node.depth <= 2)
			inSteps = node.depth === 2 && plainText(node).trim().toLowerCase() === 'steps';
		else if (inSteps && node.type === 'list') steps.push(...node.children);
	}
	return steps;
}

/** The text of the bold words a step starts with (`**BPA**: ...`), if it starts with some. */
export function stepLabel(step: ListItem): string | undefined {
	const first = step.children[0] as RootContent | undefined;
	if (first?.type !== 'paragraph') return undefined;
	const lead = first.children[0];
	if (lead?.type !== 'strong') return undefined;
	return plainText(lead).trim().replace(/:$/, '').trim();
}
