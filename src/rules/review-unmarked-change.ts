import type { Root } from 'mdast';
import { formatOf, parseBody } from '../content-policy/pipeline.ts';
import type { Rule } from '../engine/rule.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { normaliseWhitespace, type Section, sectionsNamed } from '../text/sections.ts';
import { compareReviewLogs, entryField, reviewsIn, reviewsOf } from './utils/review-history.ts';
import { BASE_HANDBOOK, EXAMPLE_SOP, edited } from './utils/base-handbook.ts';

const NEW_STEPS: readonly [string, string] = [
	'2. Release the run.',
	'2. Release the run before 2 pm.',
];
const entry = (change: string) =>
	[
		'last_reviewed: 2026-10-01\n',
		`last_reviewed: 2026-11-20\nreviews:\n  - date: 2026-11-20\n    by: ana-silva\n${change}`,
	] as const;
const baseSop = { [EXAMPLE_SOP]: BASE_HANDBOOK[EXAMPLE_SOP]! };
const SETEXT: readonly [string, string] = ['## Steps', 'Steps\n-----'];
const setextSop = edited(EXAMPLE_SOP, SETEXT);

/**
 * The named sections of a file's text on the base branch; none when it does not parse. It
 * is parsed as the file is now (Markdown or MDX by its extension), else the other way, as
 * a file renamed from `.md` to `.mdx` or back was written for the other.
 */
function baseSections(body: string, path: string, names: readonly string[]): Section[] {
	const now = formatOf(path);
	for (const format of [now, now === 'md' ? 'mdx' : 'md'] as const) {
		try {
			return sectionsNamed(parseBody(body, format) as Root, body, names);
		} catch {
			// try the other format
		}
	}
	return [];
}

export const reviewUnmarkedChange: Rule = {
	id: 'review/unmarked-change',
	severity: 'error',
	description:
		"With check --changed: a branch changes the text of an SOP's Steps (or another section named in material_sections) and adds no review entry saying change: material or change: editorial.",
	why: 'Only the author knows whether a change to the steps makes people re-learn them. Saying so is what starts re-training, the page banner and the "What changed" feed; a silent change reaches none of them.',
	fix: 'Record the change: `npm run handbook -- review <id> --by <you> --material --note "<what changed>"`, or add a review entry with `change: editorial` when only the wording changed.',
	reads: 'body',
	examples: {
		fails: [
			{
				title: 'a changed step with no review entry',
				base: baseSop,
				files: edited(EXAMPLE_SOP, NEW_STEPS),
				message:
					'the text of "## Steps" changed on this branch, and no new review entry says whether the change is material or editorial.',
			},
			{
				title: 'a changed step under a Steps heading underlined with dashes',
				base: setextSop,
				files: edited(EXAMPLE_SOP, SETEXT, NEW_STEPS),
				message:
					'the text of "## Steps" changed on this branch, and no new review entry says whether the change is material or editorial.',
			},
		],
		passes: [
			{
				title: 'a changed step recorded as material',
				base: baseSop,
				files: edited(
					EXAMPLE_SOP,
					NEW_STEPS,
					entry('    change: material\n    note: The run is released before 2 pm.\n'),
				),
			},
			{
				title: 'a re-wrapped step, same words',
				base: baseSop,
				files: edited(EXAMPLE_SOP, ['2. Release the run.', '2. Release\n   the run.']),
			},
			{
				title: 'a change to the Purpose only',
				base: baseSop,
				files: edited(EXAMPLE_SOP, ['Pay approved bills', 'Pay the approved bills']),
			},
			{
				title: 'the Steps heading underlined with dashes, same steps',
				base: baseSop,
				files: setextSop,
			},
		],
	},
	*check({ handbook, base }) {
		if (!base) return;
		const material = handbook.config.material_sections;
		for (const sop of handbook.sops.values()) {
			const before = base.get(sop.file.path);
			if (before === undefined || sop.file.body === undefined) continue;
			const split = splitFrontmatter(before);
			const oldBody = split.kind === 'ok' ? split.body : before;
			// Most changed SOPs keep their body; only a changed one is parsed as it was.
			if (oldBody === sop.file.body) continue;
			const parsed = sop.file.parseBody();
			// A body that does not parse is mdx/syntax's finding.
			if (!parsed || !('tree' in parsed)) continue;
			const oldSections = new Map(
				baseSections(oldBody, sop.file.path, material).map((s) => [
					s.heading.toLowerCase(),
					normaliseWhitespace(s.text),
				]),
			);
			const changed = sectionsNamed(parsed.tree as Root, sop.file.body, material).filter(
				(s) => oldSections.get(s.heading.toLowerCase()) !== normaliseWhitespace(s.text),
			);
			if (changed.length === 0) continue;
			// Only a new entry, appended after the base's and dated on or after the last, says what the change is.
			const reviews = reviewsIn(sop.file.yaml?.data);
			if (
				compareReviewLogs(reviewsOf(before), reviews).appended.some(
					(i) => entryField(reviews[i], 'change') !== undefined,
				)
			)
				continue;
			for (const section of changed) {
				yield {
					file: sop.file.path,
					line: sop.file.bodyLine + section.line - 1,
					column: 1,
					message: `the text of "## ${section.heading}" changed on this branch, and no new review entry says whether the change is material or editorial.`,
					hint: `If people who run it must re-learn it, record:\n  npm run handbook -- review ${sop.id} --by <you> --material --note "<what changed, in one sentence>"\nIf only the wording changed, add a review entry with:\n    change: editorial`,
				};
			}
		}
	},
};
