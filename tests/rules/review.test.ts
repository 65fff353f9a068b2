import { describe, expect, it } from 'vitest';
import { check, editSop, findings, SOP } from '../support/handbook.ts';

describe('review/overdue', () => {
	it('passes on the due date itself', () => {
		expect(findings(check({}, '2027-01-01'), 'review/overdue')).toEqual([]);
	});

	it('errors the day after the due date, on the last_reviewed line', () => {
		expect(findings(check({}, '2027-01-02'), 'review/overdue')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:9:1 error: review is 1 day overdue: last reviewed 2026-10-01 on a quarterly cycle, so it was due 2027-01-01.
			hint: Review it with its owner (ana-silva), then record the review:
			last_reviewed: 2027-01-02
			reviews:
			  - date: 2027-01-02
			    by: ana-silva
			    note: What was checked or changed.",
			]
		`);
	});

	it('clamps a month-end date: reviewed 30 Nov, quarterly, is due 28 Feb', () => {
		const changes = editSop('last_reviewed: 2026-10-01', 'last_reviewed: 2026-11-30');
		expect(findings(check(changes, '2027-02-28'), 'review/overdue')).toEqual([]);
		expect(findings(check(changes, '2027-03-01'), 'review/overdue')[0]).toContain(
			'it was due 2027-02-28',
		);
	});

	it('leaves drafts and retired SOPs alone', () => {
		const draft = editSop('client: acme', 'client: acme\nstatus: draft');
		const retired = editSop('client: acme', 'client: acme\nstatus: retired');
		expect(findings(check({}, '2027-02-01'), 'review/overdue')).toHaveLength(1);
		expect(findings(check(draft, '2027-02-01'), 'review/overdue')).toEqual([]);
		expect(findings(check(retired, '2027-02-01'), 'review/overdue')).toEqual([]);
	});

	it('uses the config default cycle when the SOP names none, and the SOP cycle when it does', () => {
		const monthly = editSop('client: acme', 'client: acme\nreview_cycle: monthly');
		expect(findings(check(monthly, '2026-11-02'), 'review/overdue')[0]).toContain(
			'on a monthly cycle, so it was due 2026-11-01',
		);
	});
});

describe('review/due-soon', () => {
	it('passes outside the warning window', () => {
		expect(findings(check({}, '2026-12-17'), 'review/due-soon')).toEqual([]);
	});

	it('warns when a review is due within 14 days', () => {
		expect(findings(check({}, '2026-12-18'), 'review/due-soon')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:9:1 warning: review is due in 14 days, on 2027-01-01 (last reviewed 2026-10-01, quarterly cycle).
			hint: Plan the review with ana-silva before 2027-01-01; afterwards set
			last_reviewed: <the review day>
			and add an entry under reviews.",
			]
		`);
	});

	it('honours warn_days from the config', () => {
		const report = check({
			'handbook.config.yaml':
				'time_zone: UTC\nwarn_days: 60\nprinciples: { core: 2, plus_one: 1 }\n',
		});
		expect(findings(report, 'review/due-soon')).toHaveLength(1);
	});
});

describe('review/in-future', () => {
	it('passes when last_reviewed is today', () => {
		expect(
			findings(
				check(editSop('last_reviewed: 2026-10-01', 'last_reviewed: 2026-11-22')),
				'review/in-future',
			),
		).toEqual([]);
	});

	it('errors when last_reviewed or a reviews date is after today', () => {
		const changes = editSop(
			'last_reviewed: 2026-10-01',
			'last_reviewed: 2026-11-23\nreviews:\n  - date: 2026-11-23\n    by: cara-wu',
		);
		expect(findings(check(changes), 'review/in-future')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:9:1 error: last_reviewed is 2026-11-23, which is after today (2026-11-22). A review can only be recorded once it has happened.
			hint: Write the day the review took place:
			last_reviewed: 2026-11-22",
			  "src/content/sops/clients/acme/bill-run.mdx:11:5 error: reviews[0].date is 2026-11-23, which is after today (2026-11-22).
			hint: Write the day the review took place:
			date: 2026-11-22",
			]
		`);
	});
});

describe('review/cycle-too-long', () => {
	it('passes a quarterly client SOP', () => {
		expect(
			findings(
				check(editSop('client: acme', 'client: acme\nreview_cycle: quarterly')),
				'review/cycle-too-long',
			),
		).toEqual([]);
	});

	it('errors when a client SOP asks for a cycle longer than quarterly', () => {
		expect(
			findings(
				check(editSop('client: acme', 'client: acme\nreview_cycle: annual')),
				'review/cycle-too-long',
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:9:1 error: review_cycle is "annual", longer than the quarterly maximum for a client SOP.
			hint: review_cycle: quarterly",
			]
		`);
	});
});

describe('review/log-mismatch', () => {
	it('passes when the newest review is last_reviewed', () => {
		const changes = editSop(
			'last_reviewed: 2026-10-01',
			'last_reviewed: 2026-10-01\nreviews:\n  - { date: 2026-07-01, by: cara-wu }\n  - { date: 2026-10-01, by: cara-wu }',
		);
		expect(findings(check(changes), 'review/log-mismatch')).toEqual([]);
	});

	it('errors when the log and last_reviewed disagree', () => {
		const changes = editSop(
			'last_reviewed: 2026-10-01',
			'last_reviewed: 2026-10-01\nreviews:\n  - { date: 2026-07-01, by: cara-wu }',
		);
		expect(findings(check(changes), 'review/log-mismatch')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:9:1 error: last_reviewed is 2026-10-01, but the newest entry in reviews is 2026-07-01.
			hint: Make them agree, e.g.:
			last_reviewed: 2026-07-01",
			]
		`);
	});

	it('errors when the log is not oldest first', () => {
		const changes = editSop(
			'last_reviewed: 2026-10-01',
			'last_reviewed: 2026-10-01\nreviews:\n  - { date: 2026-10-01, by: cara-wu }\n  - { date: 2026-07-01, by: cara-wu }',
		);
		expect(findings(check(changes), 'review/log-mismatch')[0]).toContain(`${SOP}:12:7 `);
	});
});
