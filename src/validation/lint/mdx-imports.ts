import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';

/** Where authors may import components from: the project's own component folder. */
export const ALLOWED_IMPORT = /^(?:\.\.?\/)+(?:[\w-]+\/)*components\/[\w-]+\.astro$|^~\/components\/[\w-]+\.astro$/;

/**
 * MDX is code, and pull requests come from many hands: an SOP may import the project's
 * own components and nothing else, export nothing, and embed no script.
 */
export const remarkLintMdxCode = lintRule<Root>('handbook:mdx-code', (tree, file) => {
	visit(tree, (node) => {
		const n = node as { type: string; value?: string; name?: string | null };
		if (n.type === 'mdxjsEsm') {
			const code = n.value ?? '';
			if (/^\s*export\b/m.test(code)) file.message('exports code; SOPs may not export anything', node);
			for (const match of code.matchAll(/^\s*import\b[^'"]*['"]([^'"]+)['"]/gm)) {
				if (!ALLOWED_IMPORT.test(match[1]!)) file.message(`imports "${match[1]}"; SOPs may import only the handbook's own components from src/components/`, node);
			}
			if (!/^\s*(import|export)\b/m.test(code)) file.message('contains code; SOPs may not run code', node);
		}
		if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name?.toLowerCase() === 'script') {
			file.message('embeds a <script>; SOPs may not run code in the reader\'s browser', node);
		}
		if (n.type === 'html' && /<script\b/i.test(n.value ?? '')) file.message('embeds a <script>; SOPs may not run code in the reader\'s browser', node);
	});
});
