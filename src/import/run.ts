import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { findPolicyViolations } from '../content-policy/policy.ts';
import { parseBody } from '../content-policy/pipeline.ts';
import { writeFileInRoot, WriteRefused } from '../editing/safe-write.ts';
import { kindSpec, routeOf } from '../model/kinds.ts';
import type { HandbookConfig } from '../schemas/config.ts';
import type { PlainDate } from '../schemas/date.ts';
import { scanPath } from '../sensitive/scan.ts';
import { plainText } from '../text/sections.ts';
import { docxToMdast, UnreadableDocument, type Pictures } from './docx.ts';
import type { Converted } from './html.ts';
import { htmlToMdast } from './html.ts';
import { markdownToMdast } from './markdown.ts';
import type { ImportedEntry, ImportReport } from './report.ts';
import { readRoster } from './roster.ts';
import { collectSources, DEFAULT_LIMITS, repackWord, type Limits, type Source } from './sources.ts';
import { toHandbookFile, type ImportKind } from './to-sop.ts';

/** One import run: read the sources, convert each, give it an id, check it as the handbook will, and write it unless asked not to. */

export interface ImportOptions {
	root: string;
	config: HandbookConfig;
	today: PlainDate;
	kind: ImportKind;
	client?: string | undefined;
	owner?: string | undefined;
	backup?: string | undefined;
	approvers: readonly string[];
	dryRun: boolean;
	limits?: Limits;
	/** Called after each document, for a progress line on a terminal. */
	progress?: (done: number, total: number) => void;
}

interface Pending {
	source: Source;
	converted: Converted & { pictures?: Pictures };
	title: string;
	id: string;
}

export function slugOf(title: string): string {
	return (
		title
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/&/g, ' and ')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60)
			.replace(/-+$/, '') || 'untitled'
	);
}

/** The title a document carries: its export's, else its first level-1 heading, else its file name in words. */
function titleOf(converted: Converted, stem: string): string {
	if (converted.title?.trim()) return converted.title.trim();
	const first = converted.tree.children.find((n) => n.type === 'heading');
	if (first?.type === 'heading' && first.depth === 1 && plainText(first).trim())
		return plainText(first).trim();
	return stem.replace(/[_-]+/g, ' ').replace(/\s+\d{5,}$/, '');
}

async function convert(
	source: Source,
	limits: Limits,
): Promise<Converted & { pictures?: Pictures }> {
	if (source.format === 'docx') {
		const word = repackWord(source.bytes, limits);
		if (typeof word === 'string') throw new UnreadableDocument(word);
		return docxToMdast(word);
	}
	const text = new TextDecoder('utf-8').decode(source.bytes);
	return source.format === 'html' ? htmlToMdast(text) : markdownToMdast(text);
}

/** A link's target as written, to the stem of the document it names: `other.docx`, `Page_12345.html`, `viewpage.action?pageId=12345`, `/leave/`. */
function linkKeys(url: string): string[] {
	const keys: string[] = [];
	const page = /[?&]pageId=(\d+)/.exec(url);
	if (page) keys.push(`#${page[1]}`);
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#')) return keys;
	let path = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
	try {
		path = decodeURIComponent(path);
	} catch {
		return keys;
	}
	const name = posix.basename(path).replace(/\.(docx|html?|md|markdown)$/i, '');
	return name ? [...keys, ...keysOf(name)] : keys;
}

/**
 * The names a document answers to: its file name without case, punctuation or a
 * Confluence page id (`Payment-holds_65538` is `paymentholds`), and that page id.
 */
function keysOf(stem: string): string[] {
	const id = /(?:^|_)(\d{5,})$/.exec(stem);
	const words = stem
		.replace(/_\d{5,}$/, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '');
	return [...(words ? [words] : []), ...(id ? [`#${id[1]}`] : [])];
}

export async function runImport(
	paths: readonly string[],
	options: ImportOptions,
): Promise<ImportReport> {
	const { root, config, kind } = options;
	const collected = collectSources(paths, options.limits ?? DEFAULT_LIMITS);
	const report: ImportReport = {
		imported: [],
		skipped: [...collected.skipped],
		dryRun: options.dryRun,
	};
	const spec = kindSpec(kind);
	const folder = join('src', 'content', spec.folder);
	const prefix =
		kind === 'sop'
			? options.client
				? `clients/${options.client}/`
				: 'firm/'
			: kind === 'training'
				? 'imported/'
				: 'imported/';
	const taken = new Set<string>();
	// Where to look next for each base, so a thousand documents of one title cost no more than a thousand of many.
	const nextSuffix = new Map<string, number>();
	const freeId = (base: string): string => {
		for (let n = nextSuffix.get(base) ?? 1; ; n++) {
			const id = `${prefix}${n === 1 ? base : `${base}-${n}`}`;
			const exists = ['.mdx', '.md'].some((ext) => existsSync(join(root, folder, `${id}${ext}`)));
			if (!exists && !taken.has(id)) {
				taken.add(id);
				nextSuffix.set(base, n + 1);
				return id;
			}
		}
	};

	const documents = collected.sources.filter((s) => s.format !== 'csv');
	const rosters = collected.sources.filter((s) => s.format === 'csv');
	const total = documents.length + rosters.length;
	let done = 0;
	const tick = () => options.progress?.(++done, total);

	const pending: Pending[] = [];
	for (const source of documents) {
		try {
			const converted = await convert(source, options.limits ?? DEFAULT_LIMITS);
			const title = titleOf(converted, source.stem);
			pending.push({ source, converted, title, id: freeId(slugOf(title)) });
		} catch (error) {
			const reason =
				error instanceof UnreadableDocument
					? error.message
					: `could not be converted (${error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : String(error)}); export it again from its tool.`;
			report.skipped.push({ source: source.source, reason });
			tick();
		}
	}
	// Links between imported documents: by the name each had where it came from.
	const routes = new Map<string, string>();
	for (const p of pending)
		for (const key of keysOf(p.source.stem))
			if (!routes.has(key)) routes.set(key, routeOf(kind, p.id));

	for (const p of pending) {
		const name = p.id.split('/').pop()!;
		const pictureFolder = `${name}.files`;
		const names = new Map<string, string>();
		const shaped = toHandbookFile(
			p.converted.tree,
			p.title,
			p.source.stem,
			{
				kind,
				sections: config.sop_sections,
				synonyms: config.heading_synonyms,
				route: (url) =>
					linkKeys(url)
						.map((k) => routes.get(k))
						.find(Boolean),
				picture: (url) => {
					const bytes = p.converted.pictures?.get(url) ?? p.source.sibling(url);
					if (!bytes) return undefined;
					const known = names.get(url);
					if (known) return { name: known, bytes };
					// Two attachments of one name in different folders keep a name each.
					const base = posix
						.basename(url.replace(/[?#].*$/, ''))
						.toLowerCase()
						.replace(/[^a-z0-9.]+/g, '-');
					const dot = base.lastIndexOf('.');
					let name = base;
					for (let n = 2; [...names.values()].includes(name); n++)
						name = `${base.slice(0, dot)}-${n}${base.slice(dot)}`;
					names.set(url, name);
					return { name, bytes };
				},
				pictureFolder,
				people: { owner: options.owner, backup: options.backup, approvers: options.approvers },
				client: options.client,
				today: options.today,
			},
			[...p.converted.dropped],
		);
		const file = posix.join('src/content', spec.folder, `${p.id}.mdx`);
		const problem = verify(shaped.text, join(root, file), root);
		if (problem) {
			report.skipped.push({ source: p.source.source, reason: problem });
			tick();
			continue;
		}
		const entry: ImportedEntry = {
			source: p.source.source,
			file,
			id: p.id,
			status: kind === 'doc' ? 'written' : shaped.draft ? 'draft' : 'active',
			sections: shaped.sections,
			masked: shaped.masked.length,
			maskedTails: shaped.masked,
			dropped: shaped.dropped,
			todo: shaped.todo,
		};
		if (!options.dryRun) {
			try {
				for (const picture of shaped.pictures)
					writeFileInRoot(
						root,
						posix.join(posix.dirname(file), pictureFolder, picture.name),
						picture.bytes,
						{ create: true },
					);
				writeFileInRoot(root, file, shaped.text, { create: true });
			} catch (error) {
				report.skipped.push({ source: p.source.source, reason: writeFailure(file, error) });
				tick();
				continue;
			}
		}
		report.imported.push(entry);
		tick();
	}

	for (const source of rosters) {
		const roster = readRoster(source.bytes, options.today);
		if ('error' in roster) {
			report.skipped.push({ source: source.source, reason: roster.error });
			tick();
			continue;
		}
		for (const error of roster.errors)
			report.skipped.push({ source: source.source, reason: error });
		const rosterSpec = kindSpec(roster.kind);
		for (const row of roster.rows) {
			const file = posix.join('src/content', rosterSpec.folder, `${row.id}.yaml`);
			if (existsSync(join(root, file))) {
				report.skipped.push({
					source: `${source.source} (${row.id})`,
					reason: `${file} already exists; import never overwrites. Edit that file, or give the row another id.`,
				});
				continue;
			}
			if (!options.dryRun) {
				try {
					writeFileInRoot(root, file, row.text, { create: true });
				} catch (error) {
					report.skipped.push({
						source: `${source.source} (${row.id})`,
						reason: writeFailure(file, error),
					});
					continue;
				}
			}
			report.imported.push({
				source: source.source,
				file,
				id: row.id,
				status: 'written',
				sections: { found: [], missing: [] },
				masked: 0,
				maskedTails: [],
				dropped: [],
				todo: [],
			});
		}
		tick();
	}
	return report;
}

function writeFailure(file: string, error: unknown): string {
	if (error instanceof WriteRefused) return error.message;
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'EEXIST') return `${file} already exists; import never overwrites.`;
	return `${file} could not be written (${code ?? String(error)}).`;
}

/** What the handbook would refuse in the new file: a body MDX cannot compile, or one the content policy refuses. Undefined when it passes. */
function verify(text: string, path: string, root: string): string | undefined {
	if (scanPath(path).length > 0)
		return 'its title would put a bank or card number in the file name; rename the document and import it again.';
	const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
	let tree;
	try {
		tree = parseBody(body, 'mdx');
	} catch (error) {
		return `its text would not compile as MDX (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); nothing was written.`;
	}
	const violations = findPolicyViolations(tree, { file: path, root });
	if (violations.length > 0)
		return `its text breaks the content policy (${violations[0]!.message}); nothing was written.`;
	return undefined;
}
