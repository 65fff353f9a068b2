import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { docPageSchema } from '../schemas/doc-page.ts';

type SchemaContext = Parameters<ReturnType<typeof docsSchema>>[0];

/**
 * Starlight's page schema behind the handbook's narrower one: a field the check refuses
 * (`head`, `banner`, `hero`, `slug`, `layout`, ...) also stops the site's own content sync,
 * so a page cannot reach the site by a path that skips the check.
 */
export function guardedDocsSchema() {
	return (context: SchemaContext) =>
		z.preprocess((data, refinement) => {
			const parsed = docPageSchema.safeParse(data);
			for (const issue of parsed.error?.issues ?? []) refinement.issues.push({ ...issue, input: undefined });
			return data;
		}, docsSchema()(context));
}
