/**
 * How the search box's filter button tells the search's Pagefind module that a reader asked
 * for the filters: a flag on the window (for a module that loads after the press) and an
 * event (for one already waiting). The button is `src/components/SearchFilterToggle.astro`,
 * the module `src/pages/search-bundle/pagefind.js.ts`.
 */
export const FILTERS_WANTED = 'handbookSearchFiltersWanted';
export const FILTERS_EVENT = 'handbook:search-filters';
