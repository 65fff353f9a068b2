import type { Heading, Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';

function text(node: { value?: string; children?: unknown[] }): string {
	return node.value ?? (node.children ?? []).map((c) => text(c as { value?: string; children?: unknown[] })).join('');
}

/** Every SOP has the configured `##` sections, in order. */
export const remarkLintSopSections = lintRule<Root, readonly string[]>('handbook:sop-sections', (tree, file, sections) => {
	const headings = (tree.children.filter((n) => n.type === 'heading' && n.depth === 2) as Heading[]).map((h) => ({ text: text(h).trim(), node: h }));
	let from = 0;
	for (const section of sections) {
		const at = headings.findIndex((h, i) => i >= from && h.text.toLowerCase() === section.toLowerCase());
		if (at === -1) {
			const elsewhere = headings.find((h) => h.text.toLowerCase() === section.toLowerCase());
			file.message(
				elsewhere
					? `the "## ${section}" section is out of order; the sections run ${sections.join(', ')}`
					: `has no "## ${section}" section; every SOP has ${sections.map((s) => `"## ${s}"`).join(', ')}`,
				elsewhere?.node ?? tree.children[0],
			);
			continue;
		}
		from = at + 1;
	}
});
