import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../../src/check.ts';
import { compareReviewLogs } from '../../src/rules/utils/review-history.ts';
import { BASE, edit, findings, SOP, TODAY, writeHandbook } from '../support/handbook.ts';

const entry = (date: string, by: string, extra: Record<string, string> = {}) => ({
	date,
	by,
	...extra,
});
const a = entry('2026-01-05', 'cara-wu', { change: 'material', note: 'First.' });
const b = entry('2026-10-01', 'ana-silva', { note: 'Checked.' });
const n = entry('2026-11-20', 'ana-silva', { change: 'editorial', note: 'Wording.' });

describe('compareReviewLogs', () => {
	it('accepts entries appended after the base, and names them', () => {
		expect(compareReviewLogs([a, b], [a, b, n])).toEqual({ problems: [], appended: [2] });
		expect(compareReviewLogs([], [n])).toEqual({ problems: [], appended: [0] });
	});

	it('tells a rewritten entry from a deleted, an inserted and a back-dated one', () => {
		expect(compareReviewLogs([a, b], [{ ...a, change: 'editorial' }, b]).problems).toEqual([
			{ kind: 'rewritten', at: 0, was: a },
		]);
		expect(compareReviewLogs([a, b], [b, n]).problems).toEqual([
			{ kind: 'deleted', at: 0, was: a },
		]);
		expect(compareReviewLogs([a, b], [a]).problems).toEqual([
			{ kind: 'deleted', at: undefined, was: b },
		]);
		expect(compareReviewLogs([a, b], [n, a, b])).toEqual({
			problems: [{ kind: 'inserted', at: 0 }],
			appended: [],
		});
		expect(compareReviewLogs([a, b], [a, b, { ...n, date: '2026-09-01' }])).toEqual({
			problems: [{ kind: 'back-dated', at: 2, last: '2026-10-01' }],
			appended: [],
		});
	});

	it('does not count an entry rewritten in place as appended', () => {
		expect(compareReviewLogs([a, b], [a, { ...b, change: 'editorial' }]).appended).toEqual([]);
	});
});

describe('review/history-rewritten', () => {
	const log =
		'  - date: 2026-01-05\n    by: cara-wu\n    change: material\n    note: First approved version.\n  - date: 2026-10-01\n    by: ana-silva\n    note: Checked.\n';
	const withLog = (entries: string) =>
		edit(
			BASE[SOP]!,
			'last_reviewed: 2026-10-01\n',
			`last_reviewed: 2026-10-01\nreviews:\n${entries}`,
		);
	const against = (now: string) => {
		const only = {
			changed: new Set([SOP]),
			removed: new Set<string>(),
			base: new Map([[SOP, withLog(log)]]),
		};
		return findings(
			checkHandbook({ root: writeHandbook({ [SOP]: now }), today: TODAY, only }).report,
			'review/history-rewritten',
		);
	};

	it('says what changed in a past entry and how it was', () => {
		expect(against(withLog(log.replace('material', 'editorial')))).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:11:5 error: the review entry of 2026-01-05 by cara-wu is changed on this branch (change "material" → "editorial"); past entries of the review log stay as they were.
			hint: Put it back as it was on the base branch:
			  - date: 2026-01-05
			    by: cara-wu
			    change: material
			    note: First approved version.
			Record what is new as a new entry at the end of reviews: npm run handbook -- review clients/acme/bill-run --by <you>",
			]
		`);
	});

	it('says which entry is gone, and shows it to put back', () => {
		expect(
			against(
				withLog(
					log.replace(
						'  - date: 2026-01-05\n    by: cara-wu\n    change: material\n    note: First approved version.\n',
						'',
					),
				),
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:11:5 error: the review entry of 2026-01-05 by cara-wu is gone on this branch; past entries of the review log stay as they were.
			hint: Put it back as it was on the base branch:
			  - date: 2026-01-05
			    by: cara-wu
			    change: material
			    note: First approved version.",
			]
		`);
	});

	it('says a new entry goes at the end, dated on or after the last', () => {
		expect(
			against(
				withLog(
					`  - date: 2026-11-20\n    by: ana-silva\n    change: editorial\n    note: Wording.\n${log}`,
				),
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:11:5 error: the review entry of 2026-11-20 by ana-silva is new on this branch but stands before entries of the base branch; new entries go at the end of reviews.
			hint: Move it to the end of reviews, after every entry the base branch has.",
			]
		`);
		expect(
			against(
				withLog(
					`${log}  - date: 2026-09-20\n    by: ana-silva\n    change: editorial\n    note: Wording.\n`,
				),
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:18:5 error: the review entry of 2026-09-20 by ana-silva is new on this branch but dated before the last entry (2026-10-01); a new entry is dated on or after it.
			hint: Give it the day the review took place, on or after 2026-10-01, or record it with: npm run handbook -- review clients/acme/bill-run --by <you>",
			]
		`);
	});

	it('keeps the log of a principle as it does the log of an SOP', () => {
		const principle = 'src/content/principles/verify-first.mdx';
		const logged = (change: string) =>
			edit(
				BASE[principle]!,
				'last_reviewed: 2026-06-01\n',
				`last_reviewed: 2026-06-01\nreviews:\n  - date: 2026-06-01\n    by: ana-silva\n    change: ${change}\n    note: Reworded.\n`,
			);
		const only = {
			changed: new Set([principle]),
			removed: new Set<string>(),
			base: new Map([[principle, logged('material')]]),
		};
		const report = checkHandbook({
			root: writeHandbook({ [principle]: logged('editorial') }),
			today: TODAY,
			only,
		}).report;
		expect(
			report.diagnostics
				.filter((d) => d.rule === 'review/history-rewritten')
				.map((d) => `${d.file}:${d.line}`),
		).toEqual([`${principle}:7`]);
	});

	it('leaves frontmatter that does not parse to yaml/syntax', () => {
		expect(
			against(withLog(log).replace('title: Acme weekly bill run', 'title: [unclosed')),
		).toEqual([]);
	});

	it('reads nothing without a base, and passes a log that is only re-quoted', () => {
		expect(
			findings(
				checkHandbook({ root: writeHandbook({ [SOP]: withLog('') }), today: TODAY }).report,
				'review/history-rewritten',
			),
		).toEqual([]);
		expect(against(withLog(log.replace('date: 2026-01-05', "date: '2026-01-05'")))).toEqual([]);
	});
});
