import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { pageHeadings } from '../../../text/sections.ts';

/** Every SOP has the configured `##` sections, in order. */
export const remarkLintSopSections = lintRule<Root, readonly string[]>(
	'handbook:sop-sections',
	(tree, file, sections) => {
		const headings = pageHeadings(tree).filter((h) => h.depth === 2);
		let from = 0;
		for (const section of sections) {
			const at = headings.findIndex(
				(h, i) => i >= from && h.text.toLowerCase() === section.toLowerCase(),
			);
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
	},
);
