import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** What the site needs to know of a kind to give it pages: its registry entry's fields. */
export interface KindOfPages {
	kind: string;
	folder: string;
	nested: boolean;
}

/**
 * The page files the site lacks for the kinds given: a list of a kind's entries
 * (`src/pages/<folder>/index.astro`) and a page for each (`[id].astro`, or `[...id].astro`
 * when its ids are paths). General pages (`doc`) are Starlight's own. Every route the check
 * believes in (`routeOf`, which `links/broken` accepts) must be a page the build writes.
 */
export function missingPages(project: string, kinds: readonly KindOfPages[]): string[] {
	return kinds
		.filter((spec) => spec.kind !== 'doc')
		.flatMap((spec) => [
			`src/pages/${spec.folder}/index.astro`,
			`src/pages/${spec.folder}/${spec.nested ? '[...id]' : '[id]'}.astro`,
		])
		.filter((page) => !existsSync(join(project, page)));
}
