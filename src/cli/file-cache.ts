/**
 * The second level of `check --cache`: when some files changed, every file that did not
 * is put back as the last run left it (its problems, its frontmatter data, the rules' work
 * on its body) instead of being parsed again. The cross-file rules still run over the
 * whole handbook, so a change anywhere is judged against everything else.
 *
 * An entry is used only when the file's text is the same, by SHA-256, and the run is of
 * the same generation: the same tool (its code, its dependencies, the Node version), the
 * same root, config text and day, since a file's problems can quote the day and the lint
 * reads the config.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Handbook } from '../model/handbook.ts';
import { decodeUtf8, diskSource, fileReadOf, type FileRead, listContent } from '../model/load.ts';
import type { FileWork } from '../engine/rule.ts';

const LAYOUT = 1;

/** A file's read as kept: its text is not; body and frontmatter are found in the text again by offset. */
interface KeptRead extends Omit<FileRead, 'text' | 'body' | 'yaml'> {
	hash: string;
	bodyOffset: number | undefined;
	yaml:
		| {
				start: number;
				end: number;
				firstLine: number;
				data: unknown;
				problems: NonNullable<FileRead['yaml']>['problems'];
		  }
		| undefined;
}

interface Store {
	layout: number;
	generation: string;
	files: Map<string, KeptRead>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface FileCache {
	/** Unchanged files as the last run read them, by path. */
	reads: Map<string, FileRead>;
	/** Keeps what this run read, for the next. Returns the error code when it cannot be written. */
	save(handbook: Handbook, works: readonly FileWork<unknown>[]): string | undefined;
}

/** Opens the store at `file` for a run of `generation` over the handbook at `root`; `read` holds files already read, by path. */
export function openFileCache(
	file: string,
	generation: string,
	root: string,
	read: ReadonlyMap<string, Buffer>,
): FileCache {
	let kept = new Map<string, KeptRead>();
	try {
		const store = deserialize(readFileSync(file)) as Store;
		if (store.layout === LAYOUT && store.generation === generation && store.files instanceof Map)
			kept = store.files;
	} catch {
		// No store, or one from another layout: every file is read.
	}
	const reads = new Map<string, FileRead>();
	// The hash of each text put back, so that keeping it again need not hash it again.
	const hashes = new Map<string, string>();
	const source = diskSource(root);
	if (kept.size > 0) {
		for (const { folder, files } of listContent(source)) {
			for (const name of files) {
				const path = `${folder}/${name}`;
				const entry = kept.get(path);
				if (!entry) continue;
				let text: string;
				try {
					const bytes = read.get(path);
					text = bytes ? decodeUtf8(bytes) : source.read(path);
				} catch {
					continue;
				}
				if (sha256(text) !== entry.hash) continue;
				hashes.set(path, entry.hash);
				const { bodyOffset, yaml, problems, bodyLine, data, work } = entry;
				reads.set(path, {
					problems,
					bodyLine,
					data,
					work,
					text,
					body: bodyOffset === undefined ? undefined : text.slice(bodyOffset),
					yaml: yaml && {
						text: text.slice(yaml.start, yaml.end),
						firstLine: yaml.firstLine,
						data: yaml.data,
						problems: yaml.problems,
					},
				});
			}
		}
	}
	return {
		reads,
		save(handbook, works) {
			const files = new Map<string, KeptRead>();
			for (const source of handbook.files) {
				// Files that could not be read are read again: their problem may be gone.
				if (
					source.text === '' ||
					source.problems.some((p) => p.rule === 'file/not-regular' || p.rule === 'file/encoding')
				)
					continue;
				const read = fileReadOf(source);
				const { text, body, yaml, work, ...rest } = read;
				const bodyOffset = body === undefined ? undefined : text.length - body.length;
				const yamlStart = yaml ? text.indexOf(yaml.text) : -1;
				// Kept only when the text gives the body and the frontmatter back exactly.
				if (bodyOffset !== undefined && text.slice(bodyOffset) !== body) continue;
				if (
					yaml &&
					(yamlStart === -1 || text.slice(yamlStart, yamlStart + yaml.text.length) !== yaml.text)
				)
					continue;
				const keptWork = Object.fromEntries(
					Object.entries(work).filter(
						([name]) => works.find((w) => w.name === name)?.keep?.(source) ?? true,
					),
				);
				files.set(source.path, {
					...rest,
					work: keptWork,
					hash: hashes.get(source.path) ?? sha256(text),
					bodyOffset,
					yaml: yaml && {
						start: yamlStart,
						end: yamlStart + yaml.text.length,
						firstLine: yaml.firstLine,
						data: yaml.data,
						problems: yaml.problems,
					},
				});
			}
			try {
				mkdirSync(join(file, '..'), { recursive: true });
				const temporary = `${file}.${process.pid}.tmp`;
				writeFileSync(temporary, serialize({ layout: LAYOUT, generation, files } satisfies Store));
				renameSync(temporary, file);
				return undefined;
			} catch (error) {
				return (error as NodeJS.ErrnoException).code ?? String(error);
			}
		},
	};
}
