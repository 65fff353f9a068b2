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

/** A page's sidebar item, labelled and ordered by its frontmatter (`sidebar`, then `title`), or undefined when it is hidden. */
function placeFile(file: string, link: string, key: string): Placed | undefined {
	const split = splitFrontmatter(readFileSync(file, 'utf8'));
	const data = (split.kind === 'ok' ? parseYaml(split.yaml, split.yamlLine).data : undefined) as
		| { title?: unknown; sidebar?: { label?: unknown; order?: unknown; hidden?: unknown } }
		| undefined;
	if (data?.sidebar?.hidden === true) return undefined;
	const label =
		typeof data?.sidebar?.label === 'string'
			? data.sidebar.label
			: typeof data?.title === 'string'
				? data.title
				: key;
	const order = typeof data?.sidebar?.order === 'number' ? data.sidebar.order : Number.MAX_VALUE;
	return { item: { label, link }, order, key };
}

const byOrder = (a: Placed, b: Placed) =>
	a.order !== b.order ? a.order - b.order : collator.compare(a.key, b.key);

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
		const id = path.replace(/\.mdx?$/, '');
		const page = placeFile(join(root, path), `/${id.replace(/\/index$/, '')}/`, id);
		if (page) placed.push(page);
	}
	return placed.sort(byOrder);
}

/** A page of the site's own to list among a folder's pages: its Markdown source, and its address. */
export interface OwnPage {
	/** The Markdown file, whose frontmatter gives the label and the order. */
	file: string;
	/** Its address, under the folder's (`/reference/writing-the-handbook/`). */
	link: string;
}

/**
 * The sidebar of a folder of general pages (`reference`), written out as Starlight's
 * `autogenerate` would make it, folders as groups. Starlight finds a folder's pages only
 * under the project's own `src/content/docs`, so it cannot group the pages of a handbook
 * kept elsewhere (the sample, or any `HANDBOOK_ROOT`); this reads the handbook's own.
 * `ownPages`, pages of the site's own such as the guide for authors, take their places
 * among them.
 */
export function docsSidebar(
	handbookRoot: string,
	folder: string,
	ownPages: readonly OwnPage[] = [],
): SidebarItem[] {
	let placed: Placed[];
	try {
		placed = place(join(handbookRoot, 'src', 'content', 'docs'), folder);
	} catch {
		// No such folder in this handbook: only the site's own pages.
		placed = [];
	}
	// Each sorted as if it were a file of the folder, named by its address.
	const own = ownPages.flatMap(
		(page) => placeFile(page.file, page.link, page.link.slice(1, -1)) ?? [],
	);
	return [...placed, ...own].sort(byOrder).map((p) => p.item);
}
