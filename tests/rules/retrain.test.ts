import { describe, expect, it } from 'vitest';
import { check, editSop, findings } from '../support/handbook.ts';

/** The example SOP (backup ben-ode trained 2026-01-10) with a material change on `day`. */
const changed = (
	day: string,
	note = '\n    note: Approvals over $5,000 now go to the controller.',
) =>
	editSop(
		'last_reviewed: 2026-10-01\n',
		`last_reviewed: ${day}\nreviews:\n  - date: ${day}\n    by: ana-silva\n    change: material${note}\n`,
	);

describe('review/material-note', () => {
	it('errors when a material change has no note', () => {
		expect(findings(check(changed('2026-11-20', '')), 'review/material-note'))
			.toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:13:5 error: reviews[0] (2026-11-20) is marked change: material but has no note, so the people who run it cannot tell what to re-learn.
			hint: Say what changed, in one sentence, under the entry:
			    note: <what changed, e.g. "Bills over $5,000 now need the controller's approval.">",
			]
		`);
	});

	it('passes a material change with a note', () => {
		expect(findings(check(changed('2026-11-20')), 'review/material-note')).toEqual([]);
	});
});

describe('training/retrain and backup/old-version', () => {
	it('warns while the backup is inside the 14 days after the change', () => {
		const report = check(changed('2026-11-08'));
		expect(findings(report, 'training/retrain')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:6:3 warning: ben-ode was trained on 2026-01-10, before the material change of 2026-11-08: "Approvals over $5,000 now go to the controller."; re-train them by 2026-11-22 (today), or the SOP has no cross-trained backup.
			hint: Once they have re-learned it, record it with:
			  npm run handbook -- trained clients/acme/bill-run --person ben-ode
			(or set backup.trained_on: <the training day>)",
			]
		`);
		expect(findings(report, 'backup/old-version')).toEqual([]);
	});

	it('errors once the 14 days are over: the SOP has no backup on its current version', () => {
		const report = check(changed('2026-11-07'));
		expect(findings(report, 'backup/old-version')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:6:3 error: backup "ben-ode" was trained on 2026-01-10, before the material change of 2026-11-07 ("Approvals over $5,000 now go to the controller."), and the 14 days to re-train ended on 2026-11-21; the SOP has no backup trained on its current version.
			hint: Re-train ben-ode on what changed, then record it with:
			  npm run handbook -- trained clients/acme/bill-run --person ben-ode
			or name a backup trained on the current version.",
			]
		`);
		expect(findings(report, 'training/retrain')).toEqual([]);
	});

	it('counts a backup trained on the day of the change as current', () => {
		const tree = changed('2026-11-01');
		const sop = Object.keys(tree)[0]!;
		tree[sop] = tree[sop]!.replace('trained_on: 2026-01-10', 'trained_on: 2026-11-01');
		const report = check(tree);
		expect(findings(report, 'backup/old-version')).toEqual([]);
		expect(findings(report, 'training/retrain')).toEqual([]);
	});

	it('follows retrain_days from the config', () => {
		const report = check({
			...changed('2026-11-07'),
			'handbook.config.yaml':
				'organisation: Test Firm\ntime_zone: UTC\nprinciples: { core: 2, plus_one: 1 }\nretrain_days: 30\n',
		});
		expect(findings(report, 'backup/old-version')).toEqual([]);
		expect(findings(report, 'training/retrain')).toHaveLength(1);
	});

	it('warns about a trained colleague who missed the change, even after the window', () => {
		const tree = changed('2026-09-20');
		const sop = Object.keys(tree)[0]!;
		tree[sop] = tree[sop]!.replace(
			'  trained_on: 2026-01-10\n',
			'  trained_on: 2026-09-20\ntrained:\n  - { person: dev-rao, on: 2026-03-02 }\n',
		);
		const report = check(tree);
		expect(findings(report, 'training/retrain')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:8:24 warning: dev-rao was trained on 2026-03-02, before the material change of 2026-09-20: "Approvals over $5,000 now go to the controller."; they no longer count as able to run it (the 14 days to re-train ended on 2026-10-04).
			hint: Once they have re-learned it, record it with:
			  npm run handbook -- trained clients/acme/bill-run --person dev-rao
			(or set trained[0].on: <the training day>)",
			]
		`);
		expect(findings(report, 'backup/old-version')).toEqual([]);
	});
});
