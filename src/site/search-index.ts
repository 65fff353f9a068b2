import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Pagefind could not index the site: its own messages. */
export class SearchIndexError extends Error {}

function ok<T extends { errors: string[] }>(response: T, step: string): T {
	if (response.errors.length > 0)
		throw new SearchIndexError(`Pagefind could not ${step}: ${response.errors.join('; ')}`);
	return response;
}

/**
 * Writes the search index of the site built in `dir` to `dir/pagefind`, with Pagefind as
 * Starlight runs it, and returns how many pages it holds. Run after Astro's build has ended
 * (see scripts/build.ts): the indexer is a process of its own, and beside a build of
 * thousands of pages the two would need the memory of both at once.
 */
export async function writeSearchIndex(dir: string): Promise<number> {
	try {
		const { index } = ok(await pagefind.createIndex(), 'start');
		if (!index) throw new SearchIndexError('Pagefind could not start.');
		const { page_count } = ok(await index.addDirectory({ path: dir }), `read the pages in ${dir}`);
		ok(await index.writeFiles({ outputPath: join(dir, 'pagefind') }), 'write the index');
		return page_count;
	} finally {
		await pagefind.close();
	}
}
