export { routeOf } from './kinds.ts';

/**
 * The address of the guide for authors (`src/guide/writing-the-handbook.md`), a page of the
 * site's own among the handbook's Reference pages.
 */
export const GUIDE_ROUTE = '/reference/writing-the-handbook/';

/** The site's own pages: those that list a whole kind, and the guide. They exist whatever the content. */
export const SITE_ROUTES = [
	'/',
	'/start-here/',
	'/sops/',
	'/principles/',
	'/training/',
	'/clients/',
	'/clients/quick-reference/',
	'/contacts/',
	'/kpis/',
	'/people/',
	'/pods/',
	'/coverage/',
	'/reviews/',
	'/changes/',
	'/changes.xml',
	'/handbook.json',
	GUIDE_ROUTE,
] as const;
