import type { APIRoute } from 'astro';
import { site } from '../site/context.ts';
import { searchHints } from '../site/search-hints.ts';

/** The words and synonym groups the search box reads when a query needs help (src/components/SearchHints.astro). */
export const GET: APIRoute = () =>
	new Response(JSON.stringify(searchHints(site().handbook)), {
		headers: { 'Content-Type': 'application/json' },
	});
