import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { docPageSchema } from '../schemas/doc-page.ts';

type SchemaContext = Parameters<ReturnType<typeof docsSchema>>[0];

/**
 * Starlight's page schema behind the handbook's narrower one: a field the check refuses
 * (`head`, `banner`, `hero`, `slug`, `layout`, ...) also stops the site's own content sync,
 * so a page cannot reach the site by a path that skips the check.
 *
 * Built once, as a schema rather than a function of its context: Starlight builds a schema
 * given as a function afresh for every page a route renders with `StarlightPage` (1,227
 * times in a 1,000-SOP build). The context only lends the schema its image helper, for
 * `hero.image`, and the handbook refuses `hero` whatever it holds; the helper given here
 * refuses every image.
 */
export function guardedDocsSchema() {
	const noImages = {
		image: () =>
			z.custom<never>(() => false, {
				message: 'The handbook does not take images in page fields.',
			}),
	} as unknown as SchemaContext;
	return z.preprocess((data, refinement) => {
		const parsed = docPageSchema.safeParse(data);
		for (const issue of parsed.error?.issues ?? [])
			refinement.issues.push({ ...issue, input: undefined });
		return data;
	}, docsSchema()(noImages));
}
