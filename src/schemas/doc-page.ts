import { z } from 'astro/zod';
import { plainText } from './text.ts';

/**
 * General handbook pages (`src/content/docs/`): the part of Starlight's page fields that
 * a handbook page needs. Everything else Starlight accepts is refused, because it would
 * let a page change other pages or run script: `head` adds tags to the page head,
 * `banner` and `hero` are published as HTML, `slug` takes another page's address,
 * `sidebar.attrs` sets attributes on a link, and `layout` makes the build import a module.
 */
export const docPageSchema = z.strictObject({
	title: plainText.meta({ description: 'The page title.', examples: ['Glossary'] }),
	description: z
		.string()
		.min(1)
		.optional()
		.meta({
			description: 'One sentence for search results and link previews.',
			examples: ['The words the handbook uses, and what each one means here.'],
		}),
	sidebar: z
		.strictObject({
			label: plainText.optional().meta({
				description: 'The link text, when it should differ from the title.',
				examples: ['Glossary'],
			}),
			order: z
				.int()
				.optional()
				.meta({ description: 'Position among its neighbours, lowest first.', examples: [1] }),
			hidden: z
				.boolean()
				.optional()
				.meta({ description: '`true` to leave the page out of the sidebar.', examples: [true] }),
		})
		.optional()
		.meta({ description: 'How the page appears in the sidebar.' }),
	tableOfContents: z
		.union([
			z.boolean(),
			z.strictObject({
				minHeadingLevel: z
					.int()
					.min(1)
					.max(6)
					.optional()
					.meta({
						description: 'The smallest heading level listed, 1 to 6: 2 for `##`.',
						examples: [2],
					}),
				maxHeadingLevel: z
					.int()
					.min(1)
					.max(6)
					.optional()
					.meta({
						description: 'The largest heading level listed, 1 to 6: 3 for `###`.',
						examples: [3],
					}),
			}),
		])
		.optional()
		.meta({
			description: '`false` to hide the table of contents, or the heading levels it lists.',
			examples: [false],
		}),
	template: z
		.enum(['doc', 'splash'])
		.optional()
		.meta({ description: '`splash` for a wide page without the sidebar.', examples: ['splash'] }),
	pagefind: z
		.boolean()
		.optional()
		.meta({ description: '`false` to leave the page out of search.', examples: [false] }),
	draft: z
		.boolean()
		.optional()
		.meta({ description: '`true` to leave the page out of a production build.', examples: [true] }),
});

export type DocPage = z.infer<typeof docPageSchema>;
