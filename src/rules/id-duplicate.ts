import type { Rule } from '../engine/rule.ts';
import { SITE_ROUTES, routeOf } from '../model/routes.ts';
import type { SourceFile } from '../model/source-file.ts';
import { FILE_PROBLEMS } from './utils/next-steps.ts';

export const idDuplicate: Rule = {
	id: 'id/duplicate',
	severity: 'error',
	description:
		'Two files claim the same id, or would be published at the same address (the site would silently show only one).',
	why: 'Two files for one SOP are two versions of the procedure, and the site would quietly publish only one of them: the team could follow the wrong one.',
	fix: 'Keep one of the two files: merge them, or rename one.',
	next: FILE_PROBLEMS,
	examples: {
		fails: [
			{
				title: 'one person as `.yaml` and `.yml`',
				files: {
					'src/content/people/ben-ode.yml': 'name: Ben Ode\nroles: [csa, bpa]\npod: east\n',
				},
				message: 'claims the id "ben-ode", which src/content/people/ben-ode.yaml already has.',
			},
			{
				title: 'two pages for one address',
				files: {
					'src/content/docs/glossary.mdx': '---\ntitle: Glossary\n---\n\nWords we use.\n',
					'src/content/docs/glossary/index.mdx':
						'---\ntitle: Glossary\n---\n\nMore words we use.\n',
				},
				message:
					'would be published at /glossary/, the same address as src/content/docs/glossary.mdx; the site would show only one of them.',
			},
		],
		passes: [
			{
				title: 'one page per address',
				files: {
					'src/content/docs/glossary.mdx': '---\ntitle: Glossary\n---\n\nWords we use.\n',
					'src/content/docs/glossary/payments.mdx':
						'---\ntitle: Payment words\n---\n\nMore words we use.\n',
				},
			},
		],
	},
	*check({ handbook }) {
		const byId = new Map<string, SourceFile>();
		// The home page `/` is the docs folder's index page; every other listed route is the site's own.
		const byRoute = new Map<string, SourceFile | 'site'>(
			SITE_ROUTES.filter((route) => route !== '/').map((route) => [route, 'site']),
		);
		for (const file of handbook.files) {
			const key = `${file.kind}:${file.id}`;
			const earlier = byId.get(key);
			if (earlier) {
				yield {
					file: file.path,
					line: 1,
					column: 1,
					message: `claims the id "${file.id}", which ${earlier.path} already has.`,
					hint: 'Keep one of the two files: merge them, or rename this one.',
				};
				continue;
			}
			byId.set(key, file);
			const route = routeOf(file.kind, file.id);
			const owner = byRoute.get(route);
			if (!owner) {
				byRoute.set(route, file);
				continue;
			}
			yield {
				file: file.path,
				line: 1,
				column: 1,
				message:
					owner === 'site'
						? `would be published at ${route}, the address of one of the site's own pages, which would hide it.`
						: `would be published at ${route}, the same address as ${owner.path}; the site would show only one of them.`,
				hint:
					owner === 'site'
						? 'Move or rename this file so it has an address of its own.'
						: 'Keep one of the two files: merge them, or rename this one.',
			};
		}
	},
};
