import { describe, expect, it } from 'vitest';
import { check, editSop, findings } from '../support/handbook.ts';

describe('backup/missing', () => {
	it('passes when the SOP names a backup', () => {
		expect(findings(check(), 'backup/missing')).toEqual([]);
	});

	it('errors when an active SOP has no backup', () => {
		expect(findings(check(editSop(/backup:\n.*\n.*\n/, '')), 'backup/missing')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:2:1 error: has no backup. Every active SOP needs a cross-trained colleague who can run it when ana-silva is out.
			hint: Train a colleague on it, then add:
			backup:
			  person: <their id>
			  trained_on: 2026-11-22",
			]
		`);
	});

	it('does not ask a draft for a backup', () => {
		expect(findings(check(editSop(/backup:\n.*\n.*\n/, 'status: draft\n')), 'backup/missing')).toEqual([]);
	});
});

describe('backup/same-as-owner', () => {
	it('errors when the backup is the owner', () => {
		expect(findings(check(editSop('person: ben-ode', 'person: ana-silva')), 'backup/same-as-owner')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:5:3 error: backup is the same person as owner ("ana-silva").
			hint: Name a different, cross-trained person:
			backup:
			  person: <a colleague who has been trained on it>",
			]
		`);
	});
});

describe('backup/not-trained', () => {
	it('passes when trained_on is today', () => {
		expect(findings(check(editSop('trained_on: 2026-01-10', 'trained_on: 2026-11-22')), 'backup/not-trained')).toEqual([]);
	});

	it('errors when there is no trained_on', () => {
		expect(findings(check(editSop('\n  trained_on: 2026-01-10', '')), 'backup/not-trained')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:5:3 error: backup "ben-ode" has no trained_on date, so nothing shows they were trained on this SOP.
			hint: Once they have been trained, add the day under backup:
			  trained_on: 2026-11-22",
			]
		`);
	});

	it('errors when trained_on is after today', () => {
		expect(findings(check(editSop('trained_on: 2026-01-10', 'trained_on: 2026-12-01')), 'backup/not-trained')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:6:3 error: backup.trained_on is 2026-12-01, which is after today (2026-11-22); a planned training does not make a backup.
			hint: Write the day the training took place:
			  trained_on: 2026-11-22",
			]
		`);
	});
});

describe('backup/inactive', () => {
	it('errors when the backup is marked inactive', () => {
		expect(findings(check(editSop('person: ben-ode', 'person: old-hand')), 'backup/inactive')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:5:3 error: backup "old-hand" (Old Hand) is marked inactive and can no longer cover this SOP.
			hint: Cross-train an active colleague and name them:
			backup:
			  person: <their id>
			  trained_on: <the training day>",
			]
		`);
	});
});

describe('owner/inactive', () => {
	it('passes while the owner is active', () => {
		expect(findings(check(), 'owner/inactive')).toEqual([]);
	});

	it('warns when the owner has left, naming the backup who is now the only one', () => {
		expect(findings(check(editSop('owner: ana-silva', 'owner: old-hand')), 'owner/inactive')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:3:1 warning: owner "old-hand" (Old Hand) is marked inactive, so only the backup (ben-ode) can run it.
			hint: Hand it to an active colleague, for example the backup, and cross-train a new backup:
			owner: <their id>",
			]
		`);
	});
});
