// @ts-check
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { contentPolicyGate, handbookMarkdownProcessor } from './src/content-policy/pipeline.ts';
import {
	checkedFiles,
	handbookGate,
	handbookPublishScan,
} from './src/integrations/handbook-gate.ts';
import { stepRolesPlugin } from './src/integrations/step-roles.ts';
import { isKnownUpstreamWarning } from './src/integrations/upstream-warnings.ts';
import { docsSidebar } from './src/integrations/reference-sidebar.ts';
import { leanStarlightParts } from './src/integrations/lean-starlight.ts';
import { handbookRoot } from './src/site/handbook-root.ts';
import { siteTitle } from './src/site/site-title.ts';
import { loadConfig } from './src/model/load.ts';
import { GUIDE_ROUTE } from './src/model/routes.ts';

/**
 * Starlight without the last step of its build, which writes the search index with
 * Pagefind (its `astro:build:done` hook does only that): `npm run build` (scripts/build.ts)
 * writes the index once Astro's process has ended, so the indexer never needs its memory
 * beside the build's. The search box, its ranking and what pages offer to the index stay
 * Starlight's. tests/build-gate.test.ts fails if that hook ever does more.
 * @param {import('astro').AstroIntegration} integration
 * @returns {import('astro').AstroIntegration}
 */
function withoutSearchIndexStep(integration) {
	const hooks = { ...integration.hooks };
	delete hooks['astro:build:done'];
	return { ...integration, hooks };
}

// HANDBOOK_ROOT builds another handbook with this site; its build cache stays with it.
const otherHandbook = process.env.HANDBOOK_ROOT;
const { config } = loadConfig(handbookRoot());

export default defineConfig({
	...(otherHandbook ? { cacheDir: resolve(otherHandbook, 'node_modules', '.astro') } : {}),
	// Every Markdown and MDX page is compiled through the content policy: the build itself
	// refuses code, script and unsafe addresses, whatever the check said. After it, each step
	// of an SOP is marked with the role its bold label names.
	// Styles, like scripts below, go to files the browser caches once for the whole site.
	build: { inlineStylesheets: 'never' },
	markdown: {
		processor: handbookMarkdownProcessor({
			root: handbookRoot(),
			checkedFiles,
			hastPlugins: [stepRolesPlugin({ root: handbookRoot(), config })],
		}),
	},
	vite: {
		// Lighter markup for the parts of Starlight every page repeats (the tables of contents).
		plugins: [leanStarlightParts()],
		build: {
			// Every page's scripts go to files the browser caches once for the whole site, rather
			// than inline in each page: an SOP page stays a page of the SOP.
			assetsInlineLimit: 0,
			rolldownOptions: {
				// Leaves out one upstream warning repeated for every MDX file
				// (withastro/astro#18087); every other message is printed as usual.
				onLog(level, log, print) {
					if (!isKnownUpstreamWarning(level, log)) print(level, log);
				},
			},
		},
	},
	integrations: [
		// First, so a handbook with errors stops before anything is built.
		handbookGate(),
		// No sitemap. Starlight adds @astrojs/sitemap unless an integration of that name is
		// already configured, and has no setting to leave it out (withastro/starlight#717).
		// A sitemap invites search engines, and this handbook is for the team that runs the
		// work; it also needs the address the site is published at (`site`), which the
		// handbook does not know, and without it the sitemap only warns on every build.
		{ name: '@astrojs/sitemap', hooks: {} },
		withoutSearchIndexStep(
			starlight({
				title: siteTitle(config.organisation),
				description: 'SOPs, guiding principles and onboarding for bill-pay operations.',
				lastUpdated: false,
				pagefind: true,
				// Code and example blocks wrap their lines rather than scroll, so a phone shows them
				// whole and no block is a scroll box a keyboard cannot reach.
				expressiveCode: { defaultProps: { wrap: true } },
				customCss: ['./src/styles/site.css'],
				// No social-media preview tags or tool versions in the head of any page.
				routeMiddleware: './src/integrations/route-data.ts',
				// Feed readers find the list of material changes from any page.
				head: [
					{
						tag: 'link',
						attrs: {
							rel: 'alternate',
							type: 'application/rss+xml',
							title: 'What changed in the SOPs',
							href: '/changes.xml',
						},
					},
				],
				// Every page's footer says the day the site was built, in the handbook's time zone.
				components: {
					MarkdownContent: './src/components/MarkdownContent.astro',
					Footer: './src/components/Footer.astro',
				},
				// Sections, not every document: the sidebar stays the same size however many SOPs there are.
				sidebar: [
					{ label: 'Start here', link: '/start-here/' },
					{
						label: 'Handbook',
						items: [
							{ label: 'Guiding principles', link: '/principles/' },
							{ label: 'SOPs', link: '/sops/' },
							{ label: 'Onboarding training', link: '/training/' },
							{ label: 'Clients', link: '/clients/' },
							{ label: 'People and pods', link: '/people/' },
							{ label: 'KPIs', link: '/kpis/' },
							{ label: 'Contact sheet', link: '/contacts/' },
							{ label: 'Client quick reference', link: '/clients/quick-reference/' },
						],
					},
					{
						label: 'Control',
						items: [
							{ label: 'Coverage', link: '/coverage/' },
							{ label: 'Review dashboard', link: '/reviews/' },
							{ label: 'What changed', link: '/changes/' },
						],
					},
					// The handbook's own Reference pages, and the site's guide for authors among them.
					{
						label: 'Reference',
						items: docsSidebar(handbookRoot(), 'reference', [
							{
								file: fileURLToPath(
									new URL('./src/guide/writing-the-handbook.md', import.meta.url),
								),
								link: GUIDE_ROUTE,
							},
						]),
					},
				],
			}),
		),
		// Starlight's own MDX set-up (it adds none when one is here), except that level-two
		// headings stay components: the SOP page gives its Escalation heading a line linking
		// the contact sheet. After Starlight, whose code blocks must come before MDX.
		mdx({ optimize: { ignoreElementNames: ['h2'] } }),
		// Before any page is written: a page the content policy refused while the content loaded stops the build.
		contentPolicyGate(),
		// Last: the built pages. The search index is written, and scanned, once this build has ended.
		handbookPublishScan(),
	],
});
