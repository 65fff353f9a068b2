import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { parseYaml } from '../model/yaml-source.ts';

/** A sidebar item as Starlight's config takes it: a link, or a group of items. */
export type SidebarItem = { label: string; link: string } | { label: string; items: SidebarItem[] };

interface Placed {
	item: SidebarItem;
	/** `sidebar.order`, or for a group the lowest of its items. */
	order: number;
	/** The page's id or the folder's path: ties are broken by it, as Starlight does. */
	key: string;
}

const collator = new Intl.Collator('en');

/** `templates` → `Templates`, `time-off` → `Time off`: a folder name as a heading. */
export function folderLabel(name: string): string {
	const words = name.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function place(root: string, folder: string): Placed[] {
	const placed: Placed[] = [];
	for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
		const path = `${folder}/${entry.name}`;
		if (entry.isDirectory()) {
			const items = place(root, path);
			if (items.length > 0)
				placed.push({
					item: { label: folderLabel(entry.name), items: items.map((p) => p.item) },
					order: Math.min(...items.map((p) => p.order)),
					key: path,
				});
			continue;
		}
		if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
		const split = splitFrontmatter(readFileSync(join(root, path), 'utf8'));
		const data = (split.kind === 'ok' ? parseYaml(split.yaml, split.yamlLine).data : undefined) as
			| { title?: unknown; sidebar?: { label?: unknown; order?: unknown; hidden?: unknown } }
			| undefined;
		if (data?.sidebar?.hidden === true) continue;
		const id = path.replace(/\.mdx?$/, '');
		const label =
			typeof data?.sidebar?.label === 'string'
				? data.sidebar.label
				: typeof data?.title === 'string'
					? data.title
					: id;
		const order = typeof data?.sidebar?.order === 'number' ? data.sidebar.order : Number.MAX_VALUE;
		placed.push({ item: { label, link: `/${id.replace(/\/index$/, '')}/` }, order, key: id });
	}
	return placed.sort((a, b) =>
		a.order !== b.order ? a.order - b.order : collator.compare(a.key, b.key),
	);
}

/**
 * The sidebar of a folder of general pages (`reference`), written out as Starlight's
 * `autogenerate` would make it, folders as groups. Starlight finds a folder's pages only
 * under the project's own `src/content/docs`, so it cannot group the pages of a handbook
 * kept elsewhere (the sample, or any `HANDBOOK_ROOT`); this reads the handbook's own.
 */
export function docsSidebar(handbookRoot: string, folder: string): SidebarItem[] {
	try {
		return place(join(handbookRoot, 'src', 'content', 'docs'), folder).map((p) => p.item);
	} catch {
		// No such folder in this handbook: the group is empty.
		return [];
	}
}
