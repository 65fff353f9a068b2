import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Handbook } from '../model/handbook.ts';
import { PUBLIC_DIR } from '../paths.ts';
import { SITE_ROUTES, routeOf } from '../model/routes.ts';
import { type Rule, workOn } from '../engine/rule.ts';
import { bodyLinks } from './utils/file-work.ts';
import { closest } from '../text/suggest.ts';
import { sopBodyWith } from './utils/base-handbook.ts';
import { REFERENCES_NOWHERE } from './utils/next-steps.ts';

/** Every page path the site will have, built once per check. */
function knownRoutes(handbook: Handbook): Set<string> {
	const routes = new Set<string>(SITE_ROUTES);
	for (const file of handbook.files) routes.add(routeOf(file.kind, file.id));
	return routes;
}

/** The site path a link points to, or undefined for external links and same-page anchors. */
function resolveLink(url: string, fromRoute: string): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url === '')
		return undefined;
	const path = url.replace(/[?#].*$/, '');
	if (path === '') return undefined;
	const resolved = new URL(path, `https://handbook.invalid${fromRoute}`).pathname;
	try {
		return decodeURIComponent(resolved);
	} catch {
		return resolved;
	}
}

export const linksBroken: Rule = {
	id: 'links/broken',
	severity: 'error',
	description: 'An internal link points nowhere.',
	why: 'A broken link in a procedure leaves someone in the middle of a bill run without the step they were sent to read.',
	fix: "Link to the page's path, e.g. `/sops/firm/escalation-path/`; the message suggests the closest page.",
	next: REFERENCES_NOWHERE,
	examples: {
		fails: [
			{
				title: 'a misspelt link',
				files: sopBodyWith('Then see [write it down](/principles/write-it-dwn/).'),
				message:
					'the link to "/principles/write-it-dwn/" points to no page in the handbook. Did you mean "/principles/write-it-down/"?',
			},
		],
		passes: [
			{
				title: 'a link to an existing page',
				files: sopBodyWith('Then see [write it down](/principles/write-it-down/).'),
			},
			{
				title: 'a link to another site',
				files: sopBodyWith('Then open [the bank portal](https://bank.example.com/).'),
			},
		],
	},
	reads: 'body',
	work: bodyLinks,
	*check({ handbook, scope }) {
		let routes: Set<string> | undefined;
		for (const file of handbook.files) {
			if (scope && !scope.has(file.path)) continue;
			const from = routeOf(file.kind, file.id);
			for (const link of workOn(bodyLinks, file, handbook)) {
				const target = resolveLink(link.url, from);
				if (target === undefined) continue;
				routes ??= knownRoutes(handbook);
				const withSlash = target.endsWith('/') ? target : `${target}/`;
				if (routes.has(withSlash) || routes.has(target)) continue;
				if (/\.[a-z0-9]+$/i.test(target) && existsSync(join(handbook.root, PUBLIC_DIR, target)))
					continue;
				const suggestion = closest(withSlash, routes);
				yield {
					file: file.path,
					line: link.line + file.bodyLine - 1,
					column: link.column,
					message: `the link to "${link.url}" points to no page in the handbook.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
					hint: suggestion
						? `Link to ${suggestion}`
						: 'Link to a page that exists: SOPs are at /sops/<id>/, principles at /principles/<id>/, training at /training/<id>/.',
				};
			}
		}
	},
};
