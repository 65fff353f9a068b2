import { diffLines } from 'diff';
import type { Root } from 'mdast';
import { formatOf, parseBody } from '../content-policy/pipeline.ts';
import { lastMaterialChange } from '../dates/revision.ts';
import { runGit } from '../git/git.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';
import type { Entry } from '../model/handbook.ts';
import { parseYaml } from '../model/yaml-source.ts';
import type { Sop } from '../schemas/sop.ts';
import { sectionsNamed } from '../text/sections.ts';

/** One line of a before-and-after of a section: kept, taken out, or put in. */
export interface DiffLine {
	kind: 'same' | 'removed' | 'added';
	text: string;
}

/** The page of an SOP's last material change to its steps: `/steps-changes/firm/holds/`. */
export function stepsChangeRoute(sopId: string): string {
	return `/steps-changes/${sopId}/`;
}

/** What a before-and-after shows: each changed line, `context` unchanged lines either side, and how many lines are left out between. */
export type ShownLine = DiffLine | { kind: 'gap'; count: number };

/**
 * The lines a reader needs to see what changed: the changed ones with `context` unchanged
 * lines around each, the other unchanged lines counted, not repeated (they are in the
 * Steps right below, and an SOP page stays light).
 */
export function aroundChanges(lines: readonly DiffLine[], context = 1): ShownLine[] {
	const near = lines.map(() => false);
	lines.forEach((line, i) => {
		if (line.kind === 'same') return;
		for (let j = Math.max(0, i - context); j <= Math.min(lines.length - 1, i + context); j++)
			near[j] = true;
	});
	const shown: ShownLine[] = [];
	for (const [i, line] of lines.entries()) {
		if (near[i]) shown.push(line);
		else {
			const last = shown.at(-1);
			if (last?.kind === 'gap') last.count += 1;
			else shown.push({ kind: 'gap', count: 1 });
		}
	}
	return shown;
}

/**
 * What the steps looked like before an SOP's last material change, read from git history
 * at build time (as Starlight reads git for its last-updated dates): the lines of the
 * section before and after, or, where the history cannot say, why.
 */
export type StepsChange =
	{ kind: 'diff'; section: string; lines: DiffLine[] } | { kind: 'unknown'; why: string };

/** The text of a named section of a file's body, as the build parses it; undefined when the file or the section is not there. */
function sectionText(text: string, path: string, heading: string): string | undefined {
	const split = splitFrontmatter(text);
	if (split.kind !== 'ok') return undefined;
	for (const format of [formatOf(path), formatOf(path) === 'md' ? 'mdx' : 'md'] as const) {
		try {
			return sectionsNamed(parseBody(split.body, format) as Root, split.body, [
				heading,
			])[0]?.text.trim();
		} catch {
			// Parsed the other way below: a file renamed from .md to .mdx was written for the other.
		}
	}
	return undefined;
}

/** Whether a version of the file's text already records the material change of `date`. */
function recordsChange(text: string, date: string): boolean {
	const split = splitFrontmatter(text);
	if (split.kind !== 'ok') return false;
	const data = parseYaml(split.yaml, split.yamlLine).data as { reviews?: unknown } | null;
	const reviews = Array.isArray(data?.reviews)
		? (data.reviews as { date?: unknown; change?: unknown }[])
		: [];
	// An unquoted date may come back as a Date from YAML 1.1 readers; the check's reader gives text, but compare both ways.
	const day = (value: unknown) =>
		value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
	return reviews.some((r) => r.change === 'material' && day(r.date) === date);
}

const git = (root: string, args: string[]) => runGit(root, args).toString('utf8');

/** Whether git holds any history of the root's SOPs: asked once per root and build, so a handbook outside git costs one call, not one per SOP. */
const histories = new Map<string, boolean>();
function hasHistory(root: string): boolean {
	let known = histories.get(root);
	if (known === undefined) {
		try {
			known = git(root, ['log', '-1', '--format=%H', '--', 'src/content/sops']).trim() !== '';
		} catch {
			known = false;
		}
		histories.set(root, known);
	}
	return known;
}

/**
 * The steps of an SOP against those of the version before its last material change: the
 * newest commit of the file (followed through renames) whose review log does not yet
 * record that change. `root` is the handbook root.
 */
export function stepsChangeOf(
	root: string,
	sop: Entry<Sop>,
	heading = 'Steps',
): StepsChange | undefined {
	const change = lastMaterialChange(sop.data);
	const now = sectionText(sop.file.text, sop.file.path, heading);
	if (!change || now === undefined) return undefined;
	const none: StepsChange = {
		kind: 'unknown',
		why: 'This copy of the handbook has no git history, so the steps before the change cannot be shown.',
	};
	if (!hasHistory(root)) return none;
	let log: string;
	try {
		log = git(root, ['log', '--follow', '--format=%x00%H', '--name-only', '--', sop.file.path]);
	} catch {
		return none;
	}
	// Each commit: "\0<hash>\n\n<path at that commit>\n".
	for (const record of log.split('\0').slice(1)) {
		const [hash, ...rest] = record.split('\n').filter((line) => line !== '');
		const path = rest[0];
		if (!hash || !path) continue;
		let text: string;
		try {
			text = git(root, ['show', `${hash}:${path}`]);
		} catch {
			continue;
		}
		if (recordsChange(text, change.date)) continue;
		const before = sectionText(text, path, heading);
		if (before === undefined)
			return {
				kind: 'unknown',
				why: `The version before the change has no "${heading}" section to compare with.`,
			};
		const lines: DiffLine[] = diffLines(
			before.endsWith('\n') ? before : `${before}\n`,
			now.endsWith('\n') ? now : `${now}\n`,
		).flatMap((part) =>
			part.value
				.replace(/\n$/, '')
				.split('\n')
				.map((text) => ({
					kind: part.added
						? ('added' as const)
						: part.removed
							? ('removed' as const)
							: ('same' as const),
					text,
				})),
		);
		return { kind: 'diff', section: heading, lines };
	}
	let shallow = false;
	try {
		shallow = git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
	} catch {
		// Not a repository at all: said below the same way.
	}
	return {
		kind: 'unknown',
		why: shallow
			? 'This copy of the handbook is a shallow clone without the version before the change, so the steps before it cannot be shown.'
			: 'The history of this file starts with the change, so there is no earlier version of the steps to compare with.',
	};
}
