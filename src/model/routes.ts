export { routeOf } from './kinds.ts';

/** Pages that list a whole kind; they exist whatever the content. */
export const INDEX_ROUTES = [
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
] as const;
