import type {
	Heading,
	List,
	ListItem,
	Paragraph,
	PhrasingContent,
	Root,
	RootContent,
	Text,
} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import { stringify } from 'yaml';
import { isSafeUrl } from '../content-policy/html-allowlist.ts';
import { scanPath, scanText } from '../sensitive/scan.ts';
import { plainText } from '../text/sections.ts';

/**
 * A converted document made into a handbook file: its headings filed under the
 * configured sections, typed numbering made a list, pictures and links pointed at the
 * handbook, sensitive values masked and MDX's own characters escaped, with frontmatter.
 */

/** The owner a draft names until someone owns it: an id no person has, which only a draft may name. */
export const UNNAMED_OWNER = 'owner-to-be-named';

export type ImportKind = 'sop' | 'doc' | 'training';

export interface Shaping {
	kind: ImportKind;
	/** The configured SOP sections, in order, and other headings that mean each. */
	sections: readonly string[];
	synonyms: Readonly<Record<string, readonly string[]>>;
	/** The handbook address of another imported document, by a link's target as written; undefined when it is not one. */
	route(url: string): string | undefined;
	/** A picture the document links, by its address as written: its bytes and the name to keep it under. */
	picture(url: string): { name: string; bytes: Uint8Array } | undefined;
	/** The folder pictures are copied to, relative to the new file: `weekly-bill-run.files`. */
	pictureFolder: string;
	people: { owner?: string | undefined; backup?: string | undefined; approvers: readonly string[] };
	client?: string | undefined;
	today: string;
}

export interface Shaped {
	title: string;
	text: string;
	pictures: Array<{ name: string; bytes: Uint8Array }>;
	sections: { found: string[]; missing: string[] };
	/** The last four digits of each value masked (nothing for a secret). */
	masked: string[];
	dropped: string[];
	todo: string[];
	draft: boolean;
}

const RASTER = /\.(?:png|jpe?g|gif|webp|avif)$/i;
const TYPED_STEP = /^\s*(?:step\s*)?(\d{1,3})\s*(?:[:.)]|\s-)\s*/i;
const PLACEHOLDER = 'TODO: write this section.';

function normalHeading(text: string): string {
	return text
		.toLowerCase()
		.replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[ivx]+\.)\s+/, '')
		.replace(/[:.\s]+$/, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The configured section a heading means, or undefined. */
export function sectionOf(
	heading: string,
	sections: readonly string[],
	synonyms: Shaping['synonyms'],
): string | undefined {
	const wanted = normalHeading(heading);
	const names = (section: string) => [section, ...(synonyms[section] ?? [])].map(normalHeading);
	for (const section of sections) if (names(section).includes(wanted)) return section;
	// Then a heading that holds a name as whole words: "Booking steps", "Escalation path".
	const words = ` ${wanted.replace(/[^a-z0-9]+/g, ' ')} `;
	for (const section of sections)
		if (
			names(section).some(
				(n) => n.length >= 4 && words.includes(` ${n.replace(/[^a-z0-9]+/g, ' ')} `),
			)
		)
			return section;
	return undefined;
}

/** Paragraphs typed as "Step 1: ..." or "1) ...", one after another, become one numbered list. */
function typedNumbering(children: RootContent[]): RootContent[] {
	const out: RootContent[] = [];
	let list: List | undefined;
	let expected = 0;
	for (const node of children) {
		const first = node.type === 'paragraph' ? node.children[0] : undefined;
		const match = first?.type === 'text' ? TYPED_STEP.exec(first.value) : null;
		const number = match ? Number(match[1]) : NaN;
		if (node.type === 'paragraph' && match && (list ? number === expected : true)) {
			const rest = {
				...first,
				value: first!.type === 'text' ? first.value.slice(match[0].length) : '',
			} as Text;
			const paragraph: Paragraph = {
				type: 'paragraph',
				children: [rest, ...node.children.slice(1)],
			};
			const item: ListItem = { type: 'listItem', spread: false, children: [paragraph] };
			if (!list) {
				list = { type: 'list', ordered: true, start: number, spread: false, children: [] };
				out.push(list);
			}
			list.children.push(item);
			expected = number + 1;
			continue;
		}
		list = undefined;
		out.push(node);
	}
	return out;
}

/** Google Docs writes each numbered item after a break as its own list that starts where the last one ended: join them. */
function joinLists(children: RootContent[]): RootContent[] {
	const out: RootContent[] = [];
	for (const node of children) {
		const last = out[out.length - 1];
		if (
			node.type === 'list' &&
			last?.type === 'list' &&
			node.ordered &&
			last.ordered &&
			(node.start ?? 1) === (last.start ?? 1) + last.children.length
		) {
			last.children.push(...node.children);
			continue;
		}
		out.push(node);
	}
	return out;
}

/** The title: the first level-1 heading (taken out of the body), else the export's, else the file name in words. */
function takeTitle(tree: Root, fallback: string): string {
	const index = tree.children.findIndex((n) => n.type === 'heading');
	const first = tree.children[index] as Heading | undefined;
	if (first && first.depth === 1) {
		const words = plainText(first).trim();
		if (words) {
			tree.children.splice(index, 1);
			return words;
		}
	}
	return fallback;
}

/**
 * Headings that step down one rank at a time, as the handbook's lint asks: a document that
 * went from a level-2 heading straight to a level-4 one (common in wikis and Word files)
 * has the skipped rank closed up, below the page's own title.
 */
function closeRankGaps(nodes: readonly RootContent[]): void {
	let previous = 1;
	for (const node of nodes) {
		if (node.type !== 'heading') continue;
		if (node.depth > previous + 1) node.depth = (previous + 1) as Heading['depth'];
		previous = node.depth;
	}
}

/** Headings filed under the configured sections, in their order; other headings kept under the section they followed. */
function fileSections(tree: Root, shaping: Shaping): { found: string[]; missing: string[] } {
	const headings = tree.children.filter((n): n is Heading => n.type === 'heading');
	const top = Math.min(...headings.map((h) => h.depth), 7);
	const intro: RootContent[] = [];
	const blocks: Array<{ section?: string; nodes: RootContent[] }> = [];
	for (const node of tree.children) {
		if (node.type === 'heading') {
			const section =
				shaping.kind === 'sop'
					? sectionOf(plainText(node), shaping.sections, shaping.synonyms)
					: undefined;
			// The document's top headings become `##`, the rest keep their place below them.
			node.depth = Math.min(6, Math.max(2, node.depth - top + 2)) as Heading['depth'];
			if (section && !blocks.some((b) => b.section === section)) {
				node.depth = 2;
				node.children = [{ type: 'text', value: section }];
				blocks.push({ section, nodes: [node] });
				continue;
			}
			if (node.depth === 2 || blocks.length === 0) {
				blocks.push({ nodes: [node] });
				continue;
			}
		}
		(blocks.length === 0 ? intro : blocks[blocks.length - 1]!.nodes).push(node);
	}
	if (shaping.kind !== 'sop') {
		closeRankGaps(tree.children);
		return { found: [], missing: [] };
	}
	const found = shaping.sections.filter((s) => blocks.some((b) => b.section === s));
	const missing = shaping.sections.filter((s) => !found.includes(s));
	// Each configured section in order, each with the unnamed sections that followed it in the document.
	const ordered: RootContent[] = [...intro];
	const owner: Array<string | undefined> = [];
	let current: string | undefined;
	for (const block of blocks) {
		current = block.section ?? current;
		owner.push(current);
	}
	for (const section of [undefined, ...shaping.sections]) {
		if (section !== undefined && missing.includes(section)) {
			ordered.push(
				{ type: 'heading', depth: 2, children: [{ type: 'text', value: section }] },
				{ type: 'paragraph', children: [{ type: 'text', value: PLACEHOLDER }] },
			);
			continue;
		}
		blocks.forEach((block, i) => {
			if (owner[i] === section) ordered.push(...block.nodes);
		});
	}
	closeRankGaps(ordered);
	tree.children = ordered;
	return { found, missing };
}

/** Pictures copied and linked relatively; links to other imported documents made handbook addresses; unsafe or dead addresses dropped (and listed). */
function relink(
	tree: Root,
	shaping: Shaping,
	pictures: Shaped['pictures'],
	dropped: string[],
): void {
	visit(tree, (node, index, parent) => {
		if (node.type === 'image' && parent && index !== undefined) {
			const image = node;
			const picture =
				RASTER.test(image.url.replace(/[?#].*$/, '')) || !/^[a-z][a-z0-9+.-]*:/i.test(image.url)
					? shaping.picture(image.url)
					: undefined;
			if (picture && RASTER.test(picture.name)) {
				if (!pictures.some((p) => p.name === picture.name)) pictures.push(picture);
				image.url = `./${shaping.pictureFolder}/${picture.name}`;
				image.title = null;
				return SKIP;
			}
			const replacement: PhrasingContent[] = [];
			if (/^https?:/i.test(image.url)) {
				dropped.push(
					`a picture from another site (${image.url.slice(0, 80)}), made a link: a page shows only pictures kept in the handbook`,
				);
				replacement.push({
					type: 'link',
					url: image.url,
					children: [{ type: 'text', value: image.alt || 'picture' }],
				});
			} else {
				dropped.push(
					`a picture that could not be copied (${image.url.slice(0, 80) || 'no address'}): not found beside the document, or not a PNG, JPEG, GIF, WebP or AVIF file`,
				);
				if (image.alt) replacement.push({ type: 'text', value: `[picture: ${image.alt}]` });
			}
			parent.children.splice(index, 1, ...(replacement as never[]));
			return [SKIP, index + replacement.length];
		}
		if (node.type === 'link' && parent && index !== undefined) {
			const link = node;
			const route = shaping.route(link.url);
			if (route) {
				link.url = route;
				return;
			}
			const url = link.url.trim();
			if (url === '') {
				parent.children.splice(index, 1, ...(link.children as never[]));
				return [SKIP, index];
			}
			if (url.startsWith('#') || (/^(?:https?|mailto|tel):/i.test(url) && isSafeUrl(url))) return;
			dropped.push(
				/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^(?:https?|mailto|tel):/i.test(url)
					? `a link to ${url.split(':')[0]}: (only web, mail and phone links are allowed); its text is kept`
					: `a link to ${url.slice(0, 80) || 'nowhere'}, which is not among the imported documents; its text is kept`,
			);
			parent.children.splice(index, 1, ...(link.children as never[]));
			return [SKIP, index];
		}
		if (node.type === 'html' && parent && index !== undefined) {
			dropped.push('raw HTML the content policy does not allow');
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		return undefined;
	});
}

/** `text` with every sensitive value replaced by its last four digits (`ending 1111`), noting each. */
function maskText(text: string, masked: string[]): string {
	const matches = scanText(text);
	if (matches.length === 0) return text;
	let out = '';
	let cursor = 0;
	for (const m of matches) {
		if (m.index < cursor) continue;
		out += text.slice(cursor, m.index) + (m.tail ? `ending ${m.tail}` : '[removed]');
		masked.push(m.tail);
		cursor = m.index + m.length;
	}
	return out + text.slice(cursor);
}

/**
 * Masks every text, code and address in the tree, before anything is written. A value
 * split across marks (`**4111** 1111 1111 1111`) is found in its paragraph's plain text;
 * that paragraph then keeps its words and loses its marks.
 */
function maskTree(tree: Root, masked: string[]): void {
	visit(tree, (node) => {
		if ('value' in node && typeof node.value === 'string' && node.type !== 'html')
			node.value = maskText(node.value, masked);
		if ((node.type === 'link' || node.type === 'image') && typeof node.url === 'string')
			node.url = maskText(node.url, masked);
		if (node.type === 'image' && typeof node.alt === 'string')
			node.alt = maskText(node.alt, masked);
	});
	visit(tree, (node) => {
		if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell')
			return undefined;
		const words = plainText(node);
		if (scanText(words).length === 0) return undefined;
		node.children = [{ type: 'text', value: maskText(words, masked) }];
		return SKIP;
	});
}

/** Markdown as MDX reads it: `{` and `<` in text escaped, links always `[text](address)` (MDX has no `<address>` links). */
const processor = unified()
	.use(remarkGfm)
	.use(remarkStringify, {
		bullet: '-',
		emphasis: '_',
		fences: true,
		listItemIndent: 'one',
		resourceLink: true,
		rule: '-',
		unsafe: [{ character: '{' }, { character: '<' }],
	});

function summaryOf(tree: Root): string | undefined {
	const paragraph = tree.children.find(
		(n): n is Paragraph =>
			n.type === 'paragraph' &&
			plainText(n).trim() !== PLACEHOLDER &&
			plainText(n).trim().length > 0,
	);
	if (!paragraph) return undefined;
	const words = plainText(paragraph).replace(/\s+/g, ' ').trim();
	if (words.length <= 200) return words;
	const cut = words.slice(0, 200);
	const sentence = cut.lastIndexOf('. ');
	return sentence > 60 ? cut.slice(0, sentence + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** Text fit for a title: one line, no markup characters. */
function plainTitle(text: string): string {
	return text.replace(/[<>]/g, '').replace(/\s+/g, ' ').trim() || 'Untitled';
}

export function toHandbookFile(
	tree: Root,
	exportTitle: string | undefined,
	fallbackTitle: string,
	shaping: Shaping,
	dropped: string[],
): Shaped {
	const masked: string[] = [];
	const pictures: Shaped['pictures'] = [];
	const title = plainTitle(maskText(exportTitle ?? takeTitle(tree, fallbackTitle), masked));
	// A document that repeats its title as its first headings (Google Docs' title, then a heading) shows it once, as the title.
	for (
		let first = tree.children[0];
		first?.type === 'heading' && first.depth === 1 && plainText(first).trim() === title;
		first = tree.children[0]
	)
		tree.children.shift();
	tree.children = joinLists(typedNumbering(tree.children));
	const sections = fileSections(tree, shaping);
	relink(tree, shaping, pictures, dropped);
	maskTree(tree, masked);
	for (const picture of pictures) {
		if (scanPath(picture.name).length > 0)
			picture.name = `picture-${pictures.indexOf(picture) + 1}${picture.name.slice(picture.name.lastIndexOf('.'))}`;
	}
	let body = processor.stringify(tree);
	// The last look: a value split across marks (`**4111** 1111 ...`) shows only once written out.
	body = maskText(body, masked);
	const summary = summaryOf(tree);
	const { owner, backup, approvers } = shaping.people;
	const todo: string[] = [];
	let data: Record<string, unknown>;
	let draft = false;
	if (shaping.kind === 'doc') {
		data = { title, ...(summary ? { description: summary } : {}) };
	} else {
		if (!owner)
			todo.push(
				`owner: the person accountable for it (--owner); "${UNNAMED_OWNER}" stands in until then`,
			);
		if (shaping.kind === 'sop' && !backup)
			todo.push('backup: a cross-trained colleague and the day they were trained (--backup)');
		if (approvers.length === 0)
			todo.push('approvers: who approves it, holding the approver role (--approver)');
		draft = todo.length > 0;
		if (shaping.kind === 'training') {
			todo.push(
				'track, order and duration_minutes: where the module sits in onboarding (placeholders until then)',
			);
			draft = true;
		}
		for (const section of sections.missing)
			todo.push(`## ${section}: the section is empty; write it`);
		// An SOP with a section still to write is not ready to be read from either.
		if (sections.missing.length > 0) draft = true;
		data = {
			title,
			...(summary && shaping.kind === 'sop' ? { summary } : {}),
			// A draft is checked for shape only: a placeholder stands in for the owner nobody has named
			// yet, so the check passes it, and once it is made active ref/unknown-person asks for a real one.
			owner: owner ?? UNNAMED_OWNER,
			...(shaping.kind === 'sop' && backup
				? { backup: { person: backup, trained_on: shaping.today } }
				: {}),
			approvers: [...approvers],
			...(shaping.client ? { client: shaping.client } : {}),
			last_reviewed: shaping.today,
			...(draft ? { status: 'draft' } : {}),
			// A module's place in onboarding is the author's to give: placeholders keep the draft's shape valid.
			...(shaping.kind === 'training'
				? { track: ['to-be-placed'], order: 1, duration_minutes: 1 }
				: {}),
			...(owner
				? {
						reviews: [
							{
								date: shaping.today,
								by: owner,
								change: 'material',
								note: 'First version, imported.',
							},
						],
					}
				: {}),
		};
	}
	let yaml = stringify(data, { lineWidth: 0 }).trimEnd();
	yaml = maskText(yaml, masked).replace(/: '(\d{4}-\d{2}-\d{2})'/g, ': $1');
	return {
		title,
		text: `---\n${yaml}\n---\n\n${body}`,
		pictures,
		sections,
		masked,
		dropped,
		todo,
		draft,
	};
}
