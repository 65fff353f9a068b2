/**
 * `npm run bench -- search`: the bytes a reader's browser fetches for a search, at 100 SOPs and
 * at 10,000, against bare Pagefind over the same pages, read from Chromium's network log.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fmt, generatedHandbook, met } from './harness.ts';
import { measureSiteBuild } from './site-build.ts';

/** Where a search is typed: the handbook's search dialog, or a bare Pagefind page's box. */
interface SearchBox {
	/** The page the reader is on. */
	path: string;
	/** What opens the search, if anything must. */
	open?: (page: import('playwright-core').Page) => Promise<void>;
}

const HANDBOOK_SEARCH: SearchBox = {
	// The generated handbook has no home page of its own; the start page stands in for it.
	path: '/start-here/',
	open: (page) => page.getByRole('button', { name: 'Search' }).click(),
};

/** Pagefind's own interface on a page of its own, as Pagefind's documentation sets it up (`writeBareSearch`). */
const BARE_SEARCH: SearchBox = { path: '/bare-search.html' };

/**
 * The same built pages indexed by bare Pagefind, filters aside, with Pagefind's default
 * interface on a page of its own: what any Pagefind site of these pages would fetch.
 * The pages are copied with their filter attributes removed; their text, weights and
 * sections are the same.
 */
async function writeBareSearch(dist: string, out: string): Promise<void> {
	rmSync(out, { recursive: true, force: true });
	for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
		if (!name.endsWith('.html')) continue;
		mkdirSync(dirname(join(out, name)), { recursive: true });
		writeFileSync(
			join(out, name),
			readFileSync(join(dist, name), 'utf8').replace(
				/\sdata-pagefind-(?:filter|meta)="[^"]*"/g,
				'',
			),
		);
	}
	const pagefind = await import('pagefind');
	try {
		const { index } = await pagefind.createIndex();
		await index!.addDirectory({ path: out });
		await index!.writeFiles({ outputPath: join(out, 'pagefind') });
	} finally {
		await pagefind.close();
	}
	writeFileSync(
		join(out, 'bare-search.html'),
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search</title><link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>` +
			`<body><div id="search"></div><script>window.addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search', showSubResults: true, showImages: false }));</script></body></html>`,
	);
}

/**
 * Bytes a reader's browser fetches for a search query, after the page itself has loaded:
 * the first query on the page (which also fetches Pagefind's code, its page list and the
 * filters), and the next query of the list typed over it in the same search box.
 */
async function searchTransfer(
	dist: string,
	queries: readonly string[],
	box: SearchBox = HANDBOOK_SEARCH,
): Promise<Map<string, { first: number; next: number }>> {
	const { chromium } = await import('playwright-core');
	const { serveStatic } = await import('../../tests/support/static-server.ts');
	const { url, server } = await serveStatic(dist);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox'],
	});
	const bytes = new Map<string, { first: number; next: number }>();
	try {
		for (const query of queries) {
			// A fresh page each time, so nothing one query fetched is cached for the next.
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`${url}${box.path}`, { waitUntil: 'networkidle' });
			// Every response from here on, the search's web worker's included, with its headers.
			let sizes: Promise<number>[] = [];
			context.on('requestfinished', (request) => {
				sizes.push(
					request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize),
				);
			});
			const search = async (words: string) => {
				sizes = [];
				await page.locator('.pagefind-ui__search-input').fill(words);
				await page
					.locator('.pagefind-ui__message')
					.filter({ hasText: `for ${words}` })
					.waitFor({ timeout: 30_000 });
				// Each result's text is fetched as it is drawn: wait for the first page of results to be drawn.
				await page
					.locator('.pagefind-ui__result-title')
					.first()
					.waitFor({ timeout: 30_000 })
					.catch(() => undefined);
				await page.waitForLoadState('networkidle');
				await page.waitForTimeout(500);
				return (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
			};
			await box.open?.(page);
			const first = await search(query);
			// Another of the queries, typed over the first, as a reader tries a second wording.
			const next = await search(queries[(queries.indexOf(query) + 1) % queries.length]!);
			bytes.set(query, { first, next });
			await context.close();
		}
	} finally {
		await browser.close();
		server.close();
	}
	return bytes;
}

/**
 * What a search costs a reader at 10,000 SOPs against a small handbook, measured in
 * Chromium from the network log: `npm run bench -- search` (BENCH_SEARCH_SOPS to change the size).
 */
export async function benchSearch(): Promise<void> {
	const sizes = [100, Number(process.env.BENCH_SEARCH_SOPS ?? 10_000)];
	const queries = ['duplicate check', 'Client 41 procedure', 'CSA 17', 'cut-off'];
	const results = new Map<number, Map<string, { first: number; next: number }>>();
	let bare = new Map<string, { first: number; next: number }>();
	for (const sops of sizes) {
		const { root } = generatedHandbook(`search-${sops}`, sops);
		const dist = join(root, 'dist');
		await measureSiteBuild('site', root, dist);
		results.set(sops, await searchTransfer(dist, queries));
		if (sops === sizes[1]) {
			const bareDist = join(root, 'dist-bare');
			await writeBareSearch(dist, bareDist);
			bare = await searchTransfer(bareDist, queries, BARE_SEARCH);
		}
	}
	const [small, large] = sizes.map((n) => results.get(n)!) as [
		Map<string, { first: number; next: number }>,
		Map<string, { first: number; next: number }>,
	];
	const kb = (n: number) => `${fmt(n / 1024, 1)} KB`;
	console.log(
		`search: bytes transferred for a query after the first page load, Chromium network log, text gzipped as static hosts serve it, ${availableParallelism()} cores\n`,
	);
	console.log(
		`  ${'query'.padEnd(22)} ${`${sizes[0]} SOPs`.padStart(12)} ${`${sizes[1]!.toLocaleString('en-US')} SOPs`.padStart(14)}  ratio`,
	);
	for (const query of queries) {
		const [a, b] = [small.get(query)!, large.get(query)!];
		console.log(
			`  ${query.padEnd(22)} ${kb(a.first).padStart(12)} ${kb(b.first).padStart(14)}  ${fmt(b.first / a.first)}×   first query on the page`,
		);
		const then = `  then "${queries[(queries.indexOf(query) + 1) % queries.length]!}"`;
		console.log(
			`  ${then.padEnd(22)} ${kb(a.next).padStart(12)} ${kb(b.next).padStart(14)}  ${a.next > 0 ? `${fmt(b.next / a.next)}×` : '     '}   the next query`,
		);
	}
	console.log(
		`\n  bare Pagefind over the same ${sizes[1]!.toLocaleString('en-US')} SOPs' pages, filters aside, its default interface:`,
	);
	for (const query of queries) {
		const [ours, theirs] = [large.get(query)!, bare.get(query)!];
		console.log(
			`  ${query.padEnd(22)} ${kb(theirs.first).padStart(12)} ${kb(ours.first).padStart(14)}  ${fmt(ours.first / theirs.first)}×   first query: bare, then this site`,
		);
	}
	const againstBare = Math.max(...queries.map((q) => large.get(q)!.first / bare.get(q)!.first));
	const worst = Math.max(...[...large.values()].map((q) => q.first));
	const worstNext = Math.max(...[...large.values()].map((q) => q.next));
	console.log(
		`\nTarget: the first query at most 1.1 times bare Pagefind's over the same pages: largest ${fmt(againstBare)}× ${met(againstBare <= 1.1)}`,
	);
	console.log(
		`Target: at most 150 KB for a query at ${sizes[1]!.toLocaleString('en-US')} SOPs: the first query on a page, largest ${kb(worst)} ${met(worst <= 150 * 1024)}; a later query, largest ${kb(worstNext)} ${met(worstNext <= 150 * 1024)}`,
	);
}
