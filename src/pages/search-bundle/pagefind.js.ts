import type { APIRoute } from 'astro';
import { FILTERS_EVENT, FILTERS_WANTED } from '../../site/search-filter-signal.ts';

/**
 * The search box's Pagefind, with its filters' data fetched only once a reader asks for the
 * filters. Pagefind's own interface asks for every filter's values as it starts, before the
 * first query, and those values (each page's kind, client, owner and roles) grow with the
 * handbook; everything else here is Pagefind's module as it is. The search box loads this
 * file in place of `/pagefind/pagefind.js` (`src/site/search-ui.ts`); the filter button that
 * says so is `src/components/SearchFilterToggle.astro`.
 */

const MODULE = `import * as pagefind from '../pagefind/pagefind.js';
export const { options, init, destroy, mergeIndex, search, debouncedSearch, preload, createInstance } = pagefind;
const wanted = new Promise((resolve) => {
	if (globalThis[${JSON.stringify(FILTERS_WANTED)}]) resolve();
	else addEventListener(${JSON.stringify(FILTERS_EVENT)}, () => resolve(), { once: true });
});
export const filters = async () => {
	await wanted;
	return pagefind.filters();
};
`;

export const GET: APIRoute = () =>
	new Response(MODULE, { headers: { 'Content-Type': 'text/javascript' } });
