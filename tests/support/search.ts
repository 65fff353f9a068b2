import type { Page } from 'playwright-core';
import type { ServedSite } from './served-site.ts';

/** A reader's window: a laptop unless a test says otherwise. */
export const LAPTOP = { width: 1280, height: 900 } as const;

/** One result of a search, as a reader sees it. */
export interface SearchResult {
	/** The address of the page it links to, without the site's origin or a `#` part. */
	path: string;
	/** What kind of page it is, as the result says: `Kind: SOP`. */
	kind: string;
	/** The text around the match. */
	excerpt: string;
}

export interface SearchPageOptions {
	/** The page to search from. Default: the home page, `/`. */
	path?: string;
	/** The reader's window. Default: {@link LAPTOP}. */
	viewport?: { width: number; height: number };
}

const INPUT = '#starlight__search .pagefind-ui__search-input';

/** Opens the search dialog of a page already open, as a reader does, with the Search button. */
export async function openSearch(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Search' }).click();
	await page.locator(INPUT).waitFor();
}

/**
 * A page of `site` at `path`, in a browser context of its own, with its search dialog open.
 * Close it with `page.context().close()`.
 */
export async function pageWithSearch(
	site: ServedSite,
	{ path = '/', viewport = LAPTOP }: SearchPageOptions = {},
): Promise<Page> {
	const context = await site.browser.newContext({ viewport });
	const page = await context.newPage();
	const response = await page.goto(site.base + path);
	if (response?.status() !== 200)
		throw new Error(`${path} answered ${response?.status()}, not 200`);
	await openSearch(page);
	return page;
}

/** Types `query` into the open search box and returns its results once they are shown. */
export async function search(page: Page, query: string): Promise<SearchResult[]> {
	await page.locator(INPUT).fill(query);
	return resultsFor(page, query);
}

/** The first result for `query`; fails when there is none. */
export async function firstResult(page: Page, query: string): Promise<SearchResult> {
	const [first] = await search(page, query);
	if (!first) throw new Error(`no result for "${query}"`);
	return first;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The results of `query`, however it was entered (typed, or a hint clicked), once Pagefind
 * has finished: its message says how many it found for that very query ("Searching for ..."
 * comes first, and the last query's results may still be on screen until then).
 */
export async function resultsFor(page: Page, query: string): Promise<SearchResult[]> {
	await page
		.locator('.pagefind-ui__message')
		.filter({ hasText: new RegExp(`^(\\d+ results?|No results) for ${escaped(query)}$`) })
		.waitFor({ timeout: 15_000 });
	return shownResults(page);
}

/**
 * The results on screen, once each has its link: Pagefind draws a placeholder per result
 * and fills it in when that page's data arrives.
 */
export async function shownResults(page: Page): Promise<SearchResult[]> {
	await page.waitForFunction(
		() =>
			[...document.querySelectorAll('.pagefind-ui__result')].every((result) =>
				result.querySelector('.pagefind-ui__result-link'),
			),
		undefined,
		{ timeout: 15_000 },
	);
	return page.locator('.pagefind-ui__result').evaluateAll((results) =>
		results.map((result) => {
			const text = (selector: string) =>
				result.querySelector<HTMLElement>(selector)?.innerText.trim() ?? '';
			const link = result.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link');
			return {
				path: link ? new URL(link.href).pathname : '',
				kind: text('.pagefind-ui__result-tags'),
				excerpt: text('.pagefind-ui__result-excerpt'),
			};
		}),
	);
}
