import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MdastNode } from 'satteri';
import type { Handbook } from '../model/handbook.ts';
import { PUBLIC_DIR } from '../paths.ts';
import { INDEX_ROUTES, routeOf } from '../model/routes.ts';
import type { Rule } from '../engine/rule.ts';
import { closest } from '../text/suggest.ts';
import { sopBodyWith } from './examples/base-handbook.ts';
import { REFERENCES_NOWHERE } from './next-steps.ts';

/** Every page path the site will have, built once per check. */
function knownRoutes(handbook: Handbook): Set<string> {
	const routes = new Set<string>(INDEX_ROUTES);
	for (const file of handbook.files) routes.add(routeOf(file.kind, file.id));
	return routes;
}

/** Every link and definition in document order, without recursion, so no depth of nesting overflows the stack. */
function* linksIn(tree: MdastNode): Iterable<{ url: string; line: number; column: number }> {
	const stack: MdastNode[] = [tree];
	while (stack.length > 0) {
		const n = stack.pop() as MdastNode & { url?: string; children?: MdastNode[] };
		if ((n.type === 'link' || n.type === 'definition') && typeof n.url === 'string') {
			yield { url: n.url, line: n.position?.start.line ?? 1, column: n.position?.start.column ?? 1 };
		}
		const children = n.children ?? [];
		for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
	}
}

/** The site path a link points to, or undefined for external links and same-page anchors. */
export function resolveLink(url: string, fromRoute: string): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url === '') return undefined;
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
		fails: [{ title: 'a misspelt link', files: sopBodyWith('Then see [write it down](/principles/write-it-dwn/).') }],
		passes: [
			{ title: 'a link to an existing page', files: sopBodyWith('Then see [write it down](/principles/write-it-down/).') },
			{ title: 'a link to another site', files: sopBodyWith('Then open [the bank portal](https://bank.example.com/).') },
		],
	},
	reads: 'body',
	*check({ handbook, scope }) {
		let routes: Set<string> | undefined;
		for (const file of handbook.files) {
			if (scope && !scope.has(file.path)) continue;
			const parsed = file.parseBody();
			if (!parsed || !('tree' in parsed)) continue;
			const from = routeOf(file.kind, file.id);
			for (const link of linksIn(parsed.tree)) {
				const target = resolveLink(link.url, from);
				if (target === undefined) continue;
				routes ??= knownRoutes(handbook);
				const withSlash = target.endsWith('/') ? target : `${target}/`;
				if (routes.has(withSlash) || routes.has(target)) continue;
				if (/\.[a-z0-9]+$/i.test(target) && existsSync(join(handbook.root, PUBLIC_DIR, target))) continue;
				const suggestion = closest(withSlash, routes);
				yield {
					file: file.path,
					line: link.line + file.bodyLine - 1,
					column: link.column,
					message: `the link to "${link.url}" points to no page in the handbook.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
					hint: suggestion ? `Link to ${suggestion}` : 'Link to a page that exists: SOPs are at /sops/<id>/, principles at /principles/<id>/, training at /training/<id>/.',
				};
			}
		}
	},
};
