import {
	isMap,
	isPair,
	isScalar,
	isSeq,
	parseDocument,
	type Node,
	type Pair,
	type Scalar,
	type YAMLMap,
} from 'yaml';
import type { PlainDate } from '../schemas/date.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';

export interface TrainingRecord {
	person: string;
	date: PlainDate;
}

/** Which field the training was written to. */
export type TrainingTarget = 'backup' | 'trained-entry' | 'trained-new';

export type TrainingEditResult =
	{ ok: true; text: string; target: TrainingTarget } | { ok: false; reason: string };

interface Edit {
	at: number;
	end: number;
	insert: string;
}

const pairIn = (map: YAMLMap, key: string) =>
	map.items.find((p): p is Pair<Scalar> => isPair(p) && isScalar(p.key) && p.key.value === key);

/** Replaces a date scalar in the quoting it had. */
function replaceScalar(node: Scalar, value: string): Edit | undefined {
	if (!node.range || node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL')
		return undefined;
	const [start, end] = node.range;
	const quote = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : '';
	return { at: start, end, insert: quote + value + quote };
}

/** The offset just past the line on which `offset` lies (after its line break). */
function afterLine(text: string, offset: number): number {
	const next = text.indexOf('\n', Math.max(0, offset - 1));
	return next === -1 ? text.length : next + 1;
}

/** Adds `key: value` to a map: inside the braces of a flow map, or as a line below the map's last pair. */
function addToMap(
	yaml: string,
	map: YAMLMap,
	key: string,
	value: string,
	eol: string,
): Edit | undefined {
	if (!map.range) return undefined;
	if (map.flow) {
		const close = yaml.lastIndexOf('}', map.range[1]);
		if (close === -1) return undefined;
		const before = yaml.slice(0, close).trimEnd();
		return {
			at: before.length,
			end: before.length,
			insert: `${before.endsWith('{') ? ' ' : ', '}${key}: ${value}`,
		};
	}
	const first = map.items[0];
	const last = map.items[map.items.length - 1];
	if (!isPair(first) || !isScalar(first.key) || !first.key.range || !isPair(last)) return undefined;
	const lineStart = yaml.lastIndexOf('\n', first.key.range[0] - 1) + 1;
	const pad = yaml.slice(lineStart, first.key.range[0]);
	if (!/^ +$/.test(pad)) return undefined;
	const lastEnd = (last.value as Node | null)?.range?.[2] ?? (last.key as Node).range?.[2];
	if (lastEnd === undefined) return undefined;
	const insertAt = afterLine(yaml, lastEnd);
	const needsBreak = !yaml.slice(0, insertAt).endsWith('\n');
	return {
		at: insertAt,
		end: insertAt,
		insert: `${needsBreak ? eol : ''}${pad}${key}: ${value}${eol}`,
	};
}

/**
 * Records that `person` was trained on an SOP on `date`, by editing the frontmatter text:
 * the backup's `trained_on` when they are the backup, else their entry under `trained`
 * (its `on` date), else a new `trained` entry in the style of the others. Every other byte
 * stays as it was. Refuses, changing nothing, when the frontmatter is not a plain map it
 * can edit safely.
 */
export function recordTraining(text: string, record: TrainingRecord): TrainingEditResult {
	const split = splitFrontmatter(text);
	if (split.kind !== 'ok') return { ok: false, reason: 'its frontmatter could not be read' };
	const bom = text.startsWith('\uFEFF') ? 1 : 0;
	const yamlStart = bom + text.slice(bom).indexOf('\n') + 1;
	const yaml = split.yaml;
	const eol = yaml.includes('\r\n') ? '\r\n' : '\n';
	const doc = parseDocument(yaml, { keepSourceTokens: true, uniqueKeys: true });
	if (doc.errors.length > 0) return { ok: false, reason: 'its frontmatter is not valid YAML' };
	if (!isMap(doc.contents) || doc.contents.flow)
		return { ok: false, reason: 'its frontmatter is not a list of fields, one per line' };
	const map = doc.contents;
	const done = (edit: Edit | undefined, target: TrainingTarget): TrainingEditResult =>
		edit
			? {
					ok: true,
					target,
					text:
						text.slice(0, yamlStart) +
						yaml.slice(0, edit.at) +
						edit.insert +
						yaml.slice(edit.end) +
						text.slice(yamlStart + yaml.length),
				}
			: { ok: false, reason: 'the training date is written in a way it cannot change safely' };

	const backup = pairIn(map, 'backup')?.value;
	if (isMap(backup)) {
		const who = pairIn(backup, 'person')?.value;
		if (isScalar(who) && who.value === record.person) {
			const on = pairIn(backup, 'trained_on');
			if (on && isScalar(on.value) && on.value.value !== null)
				return done(replaceScalar(on.value, record.date), 'backup');
			if (on) return { ok: false, reason: 'its backup.trained_on has no value to replace' };
			return done(addToMap(yaml, backup, 'trained_on', record.date, eol), 'backup');
		}
	}

	const trained = pairIn(map, 'trained');
	const entry = `{ person: ${record.person}, on: ${record.date} }`;
	if (!trained) {
		const needsBreak = yaml.length > 0 && !yaml.endsWith('\n');
		return done(
			{
				at: yaml.length,
				end: yaml.length,
				insert: `${needsBreak ? eol : ''}trained:${eol}  - ${entry}${eol}`,
			},
			'trained-new',
		);
	}
	const list = trained.value;
	if (!isSeq(list) || !list.range) return { ok: false, reason: 'its trained field is not a list' };
	for (const item of list.items) {
		if (!isMap(item))
			return { ok: false, reason: 'its trained list has an entry that is not { person, on }' };
		const who = pairIn(item, 'person')?.value;
		if (isScalar(who) && who.value === record.person) {
			const on = pairIn(item, 'on')?.value;
			if (!isScalar(on))
				return {
					ok: false,
					reason: `its trained entry for ${record.person} has no on date to replace`,
				};
			return done(replaceScalar(on, record.date), 'trained-entry');
		}
	}
	if (list.flow) {
		const close = yaml.lastIndexOf(']', list.range[1]);
		if (close === -1) return { ok: false, reason: 'its trained list could not be read' };
		const before = yaml.slice(0, close).trimEnd();
		return done(
			{
				at: before.length,
				end: before.length,
				insert: `${before.endsWith('[') ? '' : ', '}${entry}`,
			},
			'trained-new',
		);
	}
	const last = list.items[list.items.length - 1] as Node | undefined;
	if (!last?.range) return { ok: false, reason: 'its trained list could not be read' };
	const lineStart = yaml.lastIndexOf('\n', last.range[0] - 1) + 1;
	const dash = yaml.slice(lineStart, last.range[0]);
	if (!/^\s*-\s*$/.test(dash))
		return { ok: false, reason: 'its trained list is laid out in a way it cannot extend safely' };
	const itemPad = dash.replace('-', ' ');
	const lines =
		isMap(last) && !last.flow
			? [`${dash}person: ${record.person}`, `${itemPad}on: ${record.date}`]
			: [`${dash}${entry}`];
	const insertAt = afterLine(yaml, last.range[2]);
	const needsBreak = !yaml.slice(0, insertAt).endsWith('\n');
	return done(
		{ at: insertAt, end: insertAt, insert: (needsBreak ? eol : '') + lines.join(eol) + eol },
		'trained-new',
	);
}
