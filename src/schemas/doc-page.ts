import { z } from 'astro/zod';

/**
 * General handbook pages (`src/content/docs/`). Starlight owns their full schema; the
 * handbook check only needs a title and leaves the other Starlight fields alone.
 */
export const docPageSchema = z.looseObject({
	/** The page title. */
	title: z.string().min(1),
});
