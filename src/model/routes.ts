import type { Kind } from './kinds.ts';

/** The site path of a content entry. Pages and the link check share these. */
export function routeOf(kind: Kind, id: string): string {
	switch (kind) {
		case 'person':
			return `/people/${id}/`;
		case 'pod':
			return `/pods/${id}/`;
		case 'client':
			return `/clients/${id}/`;
		case 'sop':
			return `/sops/${id}/`;
		case 'principle':
			return `/principles/${id}/`;
		case 'training':
			return `/training/${id}/`;
		case 'doc':
			return id === 'index' ? '/' : `/${id.replace(/\/index$/, '')}/`;
	}
}

/** Pages that list a whole kind; they exist whatever the content. */
export const INDEX_ROUTES = ['/', '/start-here/', '/sops/', '/principles/', '/training/', '/clients/', '/people/', '/pods/', '/coverage/', '/reviews/', '/handbook.json'] as const;
