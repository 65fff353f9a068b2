/**
 * Pagefind's search interface as Starlight's search box starts it, loading Pagefind through
 * `/search-bundle/pagefind.js` (`src/pages/search-bundle/pagefind.js.ts`), which holds back
 * the filters' data until a reader asks for the filters. Put in place of
 * `@pagefind/default-ui` for Starlight's search box by `src/integrations/lean-starlight.ts`.
 */
// @ts-expect-error -- @pagefind/default-ui ships no types (Starlight imports it the same way).
import { PagefindUI as Upstream } from '@pagefind/default-ui';

interface Options {
	bundlePath?: string;
	[option: string]: unknown;
}

export class PagefindUI extends (Upstream as new (options: Options) => object) {
	constructor(options: Options) {
		super({
			...options,
			bundlePath: (options.bundlePath ?? '/pagefind/').replace(/pagefind\/$/, 'search-bundle/'),
		});
	}
}
