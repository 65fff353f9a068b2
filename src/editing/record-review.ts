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

export interface ReviewEntry {
	date: PlainDate;
	by: string;
	note?: string | undefined;
	/** `material` when the change makes people re-learn the document; left out of the entry otherwise. */
	change?: 'material' | 'editorial' | undefined;
}

export type EditResult = { ok: true; text: string } | { ok: false; reason: string };

/** A plain scalar if YAML would read it back as the same string, else double-quoted. */
export function scalar(text: string): string {
	const plain =
		/^[A-Za-z0-9][\w .,'()/&+-]*$/.test(text) &&
		!/[:#]\s|\s$|^(true|false|null|yes|no|on|off|~)$/i.test(text) &&
		!/^[\d.+-]/.test(text);
	return plain ? text : JSON.stringify(text);
}

function rewriteScalar(source: string, node: Scalar, value: string): string {
	const [start, end] = node.range!;
	const quote = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : '';
	return source.slice(0, start) + quote + value + quote + source.slice(end);
}

/**
 * Records a review in an MDX file's frontmatter by editing its text: `last_reviewed` gets
 * the new date (in the quoting it had) and one entry is appended to `reviews` (in the
 * style of the entries already there). Every other byte of the file stays as it was.
 * Refuses, changing nothing, when the frontmatter is not a plain map it can edit safely.
 */
export function recordReview(text: string, review: ReviewEntry): EditResult {
	const split = splitFrontmatter(text);
	if (split.kind !== 'ok') return { ok: false, reason: 'its frontmatter could not be read' };
	const bom = text.startsWith('\uFEFF') ? 1 : 0;
	const yamlStart = bom + text.slice(bom).indexOf('\n') + 1;
	const yamlText = split.yaml;
	const eol = yamlText.includes('\r\n') ? '\r\n' : '\n';
	const doc = parseDocument(yamlText, { keepSourceTokens: true, uniqueKeys: true });
	if (doc.errors.length > 0) return { ok: false, reason: 'its frontmatter is not valid YAML' };
	if (!isMap(doc.contents)) return { ok: false, reason: 'its frontmatter is not a set of fields' };
	const map = doc.contents as YAMLMap;
	if (map.flow) return { ok: false, reason: 'its frontmatter is written as one { } map' };
	const pairOf = (key: string) =>
		map.items.find((p): p is Pair<Scalar> => isPair(p) && isScalar(p.key) && p.key.value === key);

	const last = pairOf('last_reviewed');
	if (!last || !isScalar(last.value) || !last.value.range)
		return { ok: false, reason: 'it has no last_reviewed date to update' };
	if (last.value.type === 'BLOCK_FOLDED' || last.value.type === 'BLOCK_LITERAL')
		return { ok: false, reason: 'last_reviewed is written as a block' };

	const entry: [string, string][] = [
		['date', review.date],
		['by', review.by],
		...(review.change ? [['change', review.change] as [string, string]] : []),
		...(review.note ? [['note', scalar(review.note)] as [string, string]] : []),
	];
	const flowEntry = `{ ${entry.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;

	// Edits are applied from the end of the text backwards so earlier offsets stay valid.
	const edits: { at: number; end: number; insert: string }[] = [];
	const reviews = pairOf('reviews');
	if (!reviews) {
		const insertAt = yamlText.length;
		const needsBreak = insertAt > 0 && !yamlText.endsWith('\n');
		const block = `reviews:${eol}${entry.map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`).join(eol)}${eol}`;
		edits.push({ at: insertAt, end: insertAt, insert: (needsBreak ? eol : '') + block });
	} else if (isSeq(reviews.value)) {
		const seq = reviews.value;
		if (seq.flow) {
			const [, , end] = seq.range!;
			const close = yamlText.lastIndexOf(']', end);
			if (close === -1) return { ok: false, reason: 'its reviews list could not be read' };
			const before = yamlText.slice(0, close).trimEnd();
			const separator = before.endsWith('[') ? '' : ', ';
			edits.push({ at: before.length, end: before.length, insert: `${separator}${flowEntry}` });
		} else {
			const items = seq.items as Node[];
			const lastItem = items[items.length - 1];
			if (!lastItem?.range) return { ok: false, reason: 'its reviews list could not be read' };
			const lineStart = yamlText.lastIndexOf('\n', lastItem.range[0] - 1) + 1;
			const dash = yamlText.slice(lineStart, lastItem.range[0]);
			const indent = /^(\s*)-\s*$/.exec(dash);
			if (!indent)
				return {
					ok: false,
					reason: 'its reviews list is laid out in a way it cannot extend safely',
				};
			const pad = indent[1]!;
			const itemPad = dash.replace(/-/, ' ');
			let lines: string[];
			if (isMap(lastItem) && !lastItem.flow) {
				lines = entry.map(([k, v], i) => `${i === 0 ? dash : itemPad}${k}: ${v}`);
			} else {
				lines = [`${pad}- ${flowEntry}`];
			}
			// After the last item's own text, including any comment on its line.
			const afterItem = lastItem.range[2];
			let insertAt = yamlText.indexOf('\n', afterItem - 1);
			insertAt = insertAt === -1 ? yamlText.length : insertAt + 1;
			const needsBreak = !yamlText.slice(0, insertAt).endsWith('\n');
			edits.push({
				at: insertAt,
				end: insertAt,
				insert: (needsBreak ? eol : '') + lines.join(eol) + eol,
			});
		}
	} else if (reviews.value === null || (isScalar(reviews.value) && reviews.value.value === null)) {
		const keyEnd = reviews.key.range![1];
		const colon = yamlText.indexOf(':', keyEnd);
		const lineEnd = yamlText.indexOf('\n', colon);
		const end = lineEnd === -1 ? yamlText.length : lineEnd + 1;
		const rest = yamlText.slice(colon + 1, end).trim();
		if (rest !== '' && rest !== '~' && rest !== 'null')
			return { ok: false, reason: 'its reviews field is not a list' };
		const block = `reviews:${eol}${entry.map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`).join(eol)}${eol}`;
		const keyStart = reviews.key.range![0];
		edits.push({ at: keyStart, end, insert: block });
	} else {
		return { ok: false, reason: 'its reviews field is not a list' };
	}

	let newYaml = yamlText;
	for (const edit of edits.sort((a, b) => b.at - a.at))
		newYaml = newYaml.slice(0, edit.at) + edit.insert + newYaml.slice(edit.end);
	// last_reviewed comes before or after the reviews edit; recompute its place in the new text.
	const reparsed = parseDocument(newYaml, { keepSourceTokens: true });
	const newLast = (reparsed.contents as YAMLMap).items.find(
		(p) => isPair(p) && isScalar(p.key) && p.key.value === 'last_reviewed',
	) as Pair<Scalar, Scalar> | undefined;
	if (!newLast?.value?.range) return { ok: false, reason: 'the edit could not be made safely' };
	newYaml = rewriteScalar(newYaml, newLast.value, review.date);

	return {
		ok: true,
		text: text.slice(0, yamlStart) + newYaml + text.slice(yamlStart + yamlText.length),
	};
}
