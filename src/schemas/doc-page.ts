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
	/** The page title. */
	title: plainText,
	/** One sentence for search results and link previews. */
	description: z.string().min(1).optional(),
	/** How the page appears in the sidebar. */
	sidebar: z
		.strictObject({
			/** The link text, when it should differ from the title. */
			label: plainText.optional(),
			/** Position among its neighbours, lowest first. */
			order: z.int().optional(),
			/** `true` to leave the page out of the sidebar. */
			hidden: z.boolean().optional(),
		})
		.optional(),
	/** `false` to hide the table of contents. */
	tableOfContents: z.union([z.boolean(), z.strictObject({ minHeadingLevel: z.int().min(1).max(6).optional(), maxHeadingLevel: z.int().min(1).max(6).optional() })]).optional(),
	/** `splash` for a wide page without the sidebar. */
	template: z.enum(['doc', 'splash']).optional(),
	/** `false` to leave the page out of search. */
	pagefind: z.boolean().optional(),
	/** `true` to leave the page out of a production build. */
	draft: z.boolean().optional(),
});

export type DocPage = z.infer<typeof docPageSchema>;
