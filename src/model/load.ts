import { isUtf8 } from 'node:buffer';
import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { formatOf } from '../content-policy/pipeline.ts';
import { HandbookRootError } from '../errors.ts';
import { join } from 'node:path';
import { CONFIG_FILE } from '../paths.ts';
import { configSchema, type HandbookConfig } from '../schemas/config.ts';
import type { PlainDate } from '../schemas/date.ts';
import type { Diagnostic } from './diagnostic.ts';
import { type SplitResult, splitFrontmatter } from './frontmatter.ts';
import type { Entry, Handbook } from './handbook.ts';
import { EXTENSIONS, idFromPath, KINDS, type Kind, type KindData, type KindSpec } from './kinds.ts';
import { describeIssues } from './schema-messages.ts';
import { type LoadProblem, SourceFile } from './source-file.ts';
import {
	dataAsBuilt,
	parseYaml,
	type YamlProblem,
	type YamlSource,
	yamlSourceFrom,
} from './yaml-source.ts';

/**
 * The handbook config at `root`, defaults filled in, and what is wrong with it. Its hints
 * show `exampleDay` where a date goes, or `YYYY-MM-DD` when the day is not known yet (the
 * config says which time zone "today" is in).
 */
export function loadConfig(
	root: string,
	exampleDay?: PlainDate,
): { config: HandbookConfig; diagnostics: Diagnostic[] } {
	let text: string;
	try {
		text = readFileSync(join(root, CONFIG_FILE), 'utf8');
	} catch {
		return parseConfig(undefined, exampleDay);
	}
	return parseConfig(text, exampleDay);
}

/** The handbook config from its text (`undefined` when there is no config file), defaults filled in; hints as `loadConfig`'s. */
export function parseConfig(
	text: string | undefined,
	exampleDay?: PlainDate,
): { config: HandbookConfig; diagnostics: Diagnostic[] } {
	const defaults = configSchema.parse({});
	if (text === undefined) return { config: defaults, diagnostics: [] };
	const diagnostics: Diagnostic[] = [];
	const report = (line: number, column: number, message: string, hint: string) =>
		diagnostics.push({
			rule: 'config/schema',
			severity: 'error',
			file: CONFIG_FILE,
			line,
			column,
			message,
			hint,
		});
	const yaml = parseYaml(text, 1);
	for (const p of yaml.problems)
		report(p.line, p.column, `${CONFIG_FILE} is not valid YAML: ${p.message}.`, p.hint);
	if (yaml.problems.length > 0) return { config: defaults, diagnostics };
	const parsed = configSchema.safeParse(yaml.data ?? {}, { reportInput: true });
	if (parsed.success) return { config: parsed.data, diagnostics };
	for (const p of describeIssues(configSchema, parsed.error.issues, exampleDay)) {
		const at = yaml.locate(p.path);
		report(at.line, at.column, p.message, p.hint);
	}
	return { config: defaults, diagnostics };
}

/**
 * Where the loader finds a handbook's files: the disk, or a snapshot of them such as a
 * git commit. Paths are relative to the handbook root, with forward slashes.
 */
export interface ContentSource {
	/** Whether the folder exists (and is a folder). */
	hasFolder(folder: string): boolean;
	/**
	 * Every regular file under the folder, at any depth, as paths relative to it (none when
	 * it does not exist), and what was refused on the way: links, pipes, unreadable folders.
	 */
	list(folder: string): Listing;
	/** One file's text; throws an error with a `code` when it cannot be read. */
	read(path: string): string;
}

/** A path under a folder that is not read, and why. */
export interface Refused {
	name: string;
	why: string;
	/** The fix, where it is not "replace it with a regular file". */
	hint?: string;
}

export interface Listing {
	files: string[];
	refused: Refused[];
}

/**
 * Every file under `folder` on disk, whatever its name, so the check reads at least what
 * the site's build reads. Links are never followed and anything but a regular file is
 * refused: a link can point outside the handbook, at a secret, or back at its own folder.
 * Names starting with `.` are skipped, as the build's glob skips them.
 */
function walk(folder: string): Listing {
	const files: string[] = [];
	const refused: Refused[] = [];
	const pending = [''];
	while (pending.length > 0) {
		const dir = pending.pop()!;
		let entries: Dirent[];
		try {
			entries = readdirSync(join(folder, dir), { withFileTypes: true, encoding: 'utf8' });
		} catch (error) {
			// A collection with no folder has no files; any other failure hides files the build may publish.
			const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
			if (dir !== '' || code !== 'ENOENT') {
				refused.push({
					name: dir,
					why: `is a folder the check cannot read (${code})`,
					hint: 'Let the user who runs the check read it (chmod a+rX), or remove it.',
				});
			}
			continue;
		}
		for (const entry of entries) {
			const name = dir === '' ? entry.name : `${dir}/${entry.name}`;
			if (entry.name.startsWith('.')) continue;
			if (entry.isSymbolicLink())
				refused.push({
					name,
					why: 'is a symbolic link; the handbook reads only real files and folders',
				});
			else if (entry.isDirectory()) pending.push(name);
			else if (entry.isFile()) files.push(name);
			else refused.push({ name, why: 'is not a regular file (a pipe, socket or device)' });
		}
	}
	return { files, refused };
}

/** A file whose bytes are not UTF-8: the line of the first bad byte, for the message. */
export class EncodingError extends Error {
	readonly code = 'EILSEQ';
	readonly line: number;
	constructor(line: number) {
		super(`line ${line} is not UTF-8`);
		this.line = line;
	}
}

/**
 * The text of a file that must be UTF-8. Decoding with replacement would publish `�`
 * where the author's characters were; refuse instead, naming the line.
 */
export function decodeUtf8(bytes: Buffer): string {
	if (isUtf8(bytes)) return bytes.toString('utf8');
	let line = 1;
	let start = 0;
	for (let i = 0; i <= bytes.length; i++) {
		if (i === bytes.length || bytes[i] === 0x0a) {
			if (!isUtf8(bytes.subarray(start, i))) break;
			line += 1;
			start = i + 1;
		}
	}
	throw new EncodingError(line);
}

/** The files on disk under `root`. */
export function diskSource(root: string): ContentSource {
	return {
		hasFolder(folder) {
			try {
				return statSync(join(root, folder)).isDirectory();
			} catch {
				return false;
			}
		},
		list: (folder) => walk(join(root, folder)),
		read: (path) => decodeUtf8(readFileSync(join(root, path))),
	};
}

/** Files held in memory, by path relative to the handbook root (a snapshot read from git, say). */
export function memorySource(files: ReadonlyMap<string, string>): ContentSource {
	const under = (folder: string) =>
		[...files.keys()]
			.filter((path) => path.startsWith(`${folder}/`))
			.map((path) => path.slice(folder.length + 1));
	return {
		hasFolder: (folder) => under(folder).length > 0,
		list: (folder) => ({ files: under(folder), refused: [] }),
		read(path) {
			const text = files.get(path);
			if (text === undefined)
				throw Object.assign(new Error(`${path} is not in the snapshot`), { code: 'ENOENT' });
			return text;
		},
	};
}

/** Every file of one kind, as paths relative to its folder, sorted, and what was refused. */
function listFiles(source: ContentSource, folder: string, spec: KindSpec): Listing {
	const extensions = EXTENSIONS[spec.format];
	const { files, refused } = source.list(folder);
	return {
		files: files
			.filter(
				(name) =>
					!name.split('/').some((part) => part.startsWith('.')) &&
					extensions.some((ext) => name.toLowerCase().endsWith(ext)),
			)
			.sort(),
		refused: refused.sort((a, b) => (a.name < b.name ? -1 : 1)),
	};
}

/** Every content file by kind, as `loadHandbook` reads them, and what was refused on the way. */
export function listContent(
	source: ContentSource,
): (Listing & { spec: KindSpec; folder: string })[] {
	return KINDS.map((spec) => {
		const folder = `src/content/${spec.folder}`;
		return { spec, folder, ...listFiles(source, folder, spec) };
	});
}

/**
 * One content file as read and shape-checked, in plain values only, so that it can be
 * kept between runs (`check --cache`) and put back without parsing it again.
 */
export interface FileRead {
	problems: LoadProblem[];
	text: string;
	body: string | undefined;
	bodyLine: number;
	yaml: { text: string; firstLine: number; data: unknown; problems: YamlProblem[] } | undefined;
	/** The frontmatter's data, when it passed its schema. */
	data: unknown;
	/** What the rules' work on this one file found, by the work's name. */
	work: Record<string, unknown>;
}

/** What loading left in `file`, as plain values. */
export function fileReadOf(file: SourceFile): FileRead {
	const { yaml } = file;
	return {
		problems: file.problems,
		text: file.text,
		body: file.body,
		bodyLine: file.bodyLine,
		yaml: yaml && {
			text: yaml.text,
			firstLine: yaml.firstLine,
			data: yaml.data,
			problems: yaml.problems,
		},
		data: file.data,
		work: Object.fromEntries(file.work),
	};
}

/** Puts a file read elsewhere into `file`; returns its data. */
function restoreRead(file: SourceFile, read: FileRead): unknown {
	file.problems.push(...read.problems);
	file.text = read.text;
	file.body = read.body;
	file.bodyLine = read.bodyLine;
	if (read.yaml)
		file.yaml = yamlSourceFrom(
			read.yaml.text,
			read.yaml.firstLine,
			read.yaml.data,
			read.yaml.problems,
		);
	for (const [name, value] of Object.entries(read.work)) file.work.set(name, value);
	return read.data;
}

/** Reads one content file from `source` into `file`, parsing and shape-checking it; returns its data when valid. */
function readInto(
	file: SourceFile,
	spec: KindSpec,
	source: ContentSource,
	exampleDay: PlainDate | undefined,
): unknown {
	let text: string;
	try {
		text = source.read(file.path);
	} catch (error) {
		file.problems.push(
			error instanceof EncodingError
				? {
						rule: 'file/encoding',
						line: error.line,
						column: 1,
						message: `is not UTF-8 text: line ${error.line} holds bytes in another encoding, which the site would show as �.`,
						hint: 'Save the file as UTF-8 (in most editors: File, Save with encoding, UTF-8) and check the characters on that line.',
					}
				: {
						rule: 'yaml/syntax',
						line: 1,
						column: 1,
						message: `could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
						hint: 'Check that the file exists and is readable.',
					},
		);
		return undefined;
	}
	file.text = text;
	return parseFile(file, spec, text, exampleDay);
}

export interface LoadOptions {
	/** The day the frontmatter hints show where a date goes (the check passes today); without it they show `YYYY-MM-DD`. */
	exampleDay?: PlainDate | undefined;
	/** Where the files come from (a git commit, say); the disk under the root by default. */
	source?: ContentSource | undefined;
	/** Files read by an earlier run and unchanged since, by path; the rest are read here. */
	reads?: ReadonlyMap<string, FileRead> | undefined;
}

/** One fresh value for each kind of the registry. */
function perKind<T>(make: () => T): Record<Kind, T> {
	return Object.fromEntries(KINDS.map((spec) => [spec.kind, make()])) as Record<Kind, T>;
}

/**
 * Reads every content file under `root/src/content` once, parsing and shape-checking each.
 * Loading judges shape only, never time: the day is only an example in hints.
 */
export function loadHandbook(
	root: string,
	config: HandbookConfig,
	{ exampleDay, source = diskSource(root), reads }: LoadOptions = {},
): Handbook {
	const content = 'src/content';
	if (!source.hasFolder(content))
		throw new HandbookRootError(
			`${root} is not a handbook root: it has no readable src/content folder. Pass --root with the folder that holds src/content.`,
		);

	const entries = perKind(() => new Map()) as Handbook['entries'];
	const handbook: Handbook = {
		root,
		config,
		configProblems: [],
		files: [],
		ids: perKind(() => new Set<string>()),
		entries,
		people: entries.person,
		pods: entries.pod,
		clients: entries.client,
		kpis: entries.kpi,
		sops: entries.sop,
		principles: entries.principle,
		training: entries.training,
		docs: entries.doc,
	};

	for (const { spec, folder, files, refused } of listContent(source)) {
		for (const { name, why, hint } of refused) {
			const file = new SourceFile(
				spec.kind,
				idFromPath(name),
				name === '' ? folder : `${folder}/${name}`,
			);
			file.problems.push({
				rule: 'file/not-regular',
				line: 1,
				column: 1,
				message: `${why}, so it is not read and may not be published.`,
				hint: hint ?? 'Replace it with a regular file (copy the content in), or remove it.',
			});
			handbook.files.push(file);
		}
		for (const name of files) {
			const file = new SourceFile(spec.kind, idFromPath(name), `${folder}/${name}`);
			handbook.files.push(file);
			handbook.ids[spec.kind].add(file.id);
			const read = reads?.get(file.path);
			const data = read ? restoreRead(file, read) : readInto(file, spec, source, exampleDay);
			file.data = data;
			if (data !== undefined) addEntry(entries, spec, file, data);
		}
	}
	return handbook;
}

/**
 * Files its entry under its kind, the first file of an id winning (`id/duplicate` reports
 * the others). The data passed its kind's schema when it was read, here or by the run
 * whose reads the cache kept.
 */
function addEntry<K extends Kind>(
	entries: Handbook['entries'],
	spec: KindSpec<K>,
	file: SourceFile,
	data: unknown,
): void {
	const map: Map<string, Entry<KindData[K]>> = entries[spec.kind];
	if (!map.has(file.id)) map.set(file.id, { id: file.id, file, data: data as KindData[K] });
}

/** Parses one file's frontmatter into `file`; returns the validated data, if valid. */
function parseFile(
	file: SourceFile,
	spec: KindSpec,
	text: string,
	exampleDay: PlainDate | undefined,
): unknown {
	const frontmatter = spec.format === 'mdx' ? splitPage(file, spec, text) : { text, line: 1 };
	if (frontmatter === undefined) return undefined;
	const yaml = parseYaml(frontmatter.text, frontmatter.line);
	file.yaml = yaml;
	if (!yamlReadable(file, yaml) || !holdsFields(file, yaml, frontmatter.line)) return undefined;
	return validData(file, spec, yaml, frontmatter.line, exampleDay);
}

/**
 * A page's frontmatter, and the line it starts on; its body goes into `file`. A page whose
 * frontmatter cannot be told apart from its body has a problem and gives none.
 */
function splitPage(
	file: SourceFile,
	spec: KindSpec,
	text: string,
): { text: string; line: number } | undefined {
	const split = splitFrontmatter(text);
	if (split.kind !== 'ok') {
		file.problems.push(splitProblem(split, spec));
		return undefined;
	}
	file.body = split.body;
	file.bodyLine = split.bodyLine;
	if (formatOf(file.path) === 'md') {
		// The build renders a Markdown page from its body trimmed, so the first line loses its
		// indent: what four spaces made code here, the build reads as HTML. Read it the same way.
		const lead = split.body.length - split.body.trimStart().length;
		file.body = split.body.slice(lead);
		file.bodyLine = split.bodyLine + (split.body.slice(0, lead).match(/\n/g)?.length ?? 0);
	}
	return { text: split.yaml, line: split.yamlLine };
}

function splitProblem(split: Exclude<SplitResult, { kind: 'ok' }>, spec: KindSpec): LoadProblem {
	switch (split.kind) {
		case 'unsafe':
			return {
				rule: 'frontmatter/unsafe',
				line: 1,
				column: 1,
				message: `the frontmatter fence asks for "${split.language}". Frontmatter is YAML only and is never run as code.`,
				hint: 'Start the file with a plain fence and write the fields as YAML:\n---\ntitle: ...\n---',
			};
		case 'ambiguous':
			return {
				rule: 'frontmatter/unsafe',
				line: split.line,
				column: 1,
				message: `line ${split.line} starts with --- but is not a fence ("${split.text.slice(0, 40)}"). The site's build would end the frontmatter there and publish the rest as the page, while the check reads it as fields.`,
				hint: 'Close the frontmatter with a line holding only ---, and start no other line inside it with ---.',
			};
		case 'missing':
			return {
				rule: 'frontmatter/schema',
				line: 1,
				column: 1,
				message: `has no frontmatter. Every ${spec.noun} starts with its fields between two --- lines.`,
				hint: '---\ntitle: ...\nowner: ...\n---',
			};
		case 'unclosed':
			return {
				rule: 'yaml/syntax',
				line: 1,
				column: 1,
				message: 'the frontmatter is never closed: no second --- line.',
				hint: 'Add a line with only --- after the last field.',
			};
	}
}

/** Whether the frontmatter is valid YAML; its syntax errors go into `file`. */
function yamlReadable(file: SourceFile, yaml: YamlSource): boolean {
	for (const problem of yaml.problems) {
		file.problems.push({
			rule: 'yaml/syntax',
			line: problem.line,
			column: problem.column,
			message: `the frontmatter is not valid YAML: ${problem.message}.`,
			hint: problem.hint,
		});
	}
	return yaml.problems.length === 0;
}

/** Whether the frontmatter is fields (none counts), not a list or a single value, which is a problem in `file`. */
function holdsFields(file: SourceFile, yaml: YamlSource, yamlLine: number): boolean {
	const data = yaml.data ?? {};
	if (typeof data === 'object' && !Array.isArray(data)) return true;
	file.problems.push({
		rule: 'frontmatter/schema',
		line: yamlLine,
		column: 1,
		message: `the frontmatter should be fields (name: value), not ${Array.isArray(data) ? 'a list' : 'a single value'}.`,
		hint: 'title: ...\nowner: ...',
	});
	return false;
}

/**
 * The data, when it passes its kind's schema as the check reads the YAML and also as the
 * build reads it (with js-yaml's default schema, where an unquoted date is a date and not
 * text); otherwise what is wrong goes into `file`.
 */
function validData(
	file: SourceFile,
	spec: KindSpec,
	yaml: YamlSource,
	yamlLine: number,
	exampleDay: PlainDate | undefined,
): unknown {
	let parsed = spec.schema.safeParse(yaml.data ?? {}, { reportInput: true });
	if (parsed.success) {
		let built: unknown;
		try {
			built = dataAsBuilt(yaml);
		} catch (error) {
			file.problems.push(unreadableByBuild(error, yamlLine));
			return undefined;
		}
		// Read the same either way: the schema would say the same again.
		if (built === yaml.data) return parsed.data;
		const asBuilt = spec.schema.safeParse(built, { reportInput: true });
		if (asBuilt.success) return parsed.data;
		parsed = asBuilt;
	}
	for (const problem of describeIssues(spec.schema, parsed.error.issues, exampleDay)) {
		const at = file.locate(problem.path);
		file.problems.push({
			rule: 'frontmatter/schema',
			...at,
			message: problem.message,
			hint: problem.hint,
		});
	}
	return undefined;
}

/** What `dataAsBuilt` threw, as a problem at the line of the YAML it points to. */
function unreadableByBuild(error: unknown, yamlLine: number): LoadProblem {
	const reason = error instanceof jsYaml.YAMLException ? error.reason : String(error);
	return {
		rule: 'yaml/syntax',
		line: yamlLine + ((error as { mark?: { line?: number } }).mark?.line ?? 0),
		column: 1,
		message: `the site's build cannot read this YAML: ${reason}.`,
		hint: 'Write plain fields (name: value); YAML merge keys (<<) and tags are not used in the handbook.',
	};
}
