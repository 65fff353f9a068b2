/**
 * Lighter markup for parts of Starlight that every page repeats and that Starlight offers
 * no override for: the tables of contents and the sidebar's lists; and the search box's
 * Pagefind interface, so that the filters' data is fetched only when a reader asks for it. Each replacement renders the same links and keeps the upstream scripts;
 * only markup that no script or reader uses is left out. If Starlight moves the file, the
 * replacement simply stops applying and pages grow back to the upstream size, which
 * `tests/browser/page-weight.test.ts` reports.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Upstream file (as Starlight's own components import it) → the handbook's lighter one. */
const REPLACEMENTS: ReadonlyArray<{ upstream: RegExp; replacement: string }> = [
	{
		upstream: /\/components-internals\/TableOfContents\/TableOfContentsList\.astro$/,
		replacement: fileURLToPath(
			new URL('../components/starlight/TableOfContentsList.astro', import.meta.url),
		),
	},
	{
		upstream: /\/SidebarSublist\.astro$/,
		replacement: fileURLToPath(
			new URL('../components/starlight/SidebarSublist.astro', import.meta.url),
		),
	},
	// The search box's Pagefind interface, whose filters' data waits until a reader asks for it.
	{
		upstream: /^@pagefind\/default-ui$/,
		replacement: fileURLToPath(new URL('../site/search-ui.ts', import.meta.url)),
	},
];

export function leanStarlightParts(): Plugin {
	return {
		name: 'handbook:lean-starlight-parts',
		enforce: 'pre',
		resolveId(source, importer) {
			if (!importer || !/[\\/]@astrojs[\\/]starlight[\\/]/.test(importer)) return null;
			return (
				REPLACEMENTS.find(({ upstream }) => upstream.test(source.replaceAll('\\', '/')))
					?.replacement ?? null
			);
		},
	};
}
