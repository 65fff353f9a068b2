import { describe, expect, it } from 'vitest';
import { BASE, check, edit, editSop, findings, SOP } from '../support/handbook.ts';

describe('backup/missing', () => {
	it('passes when the SOP names a backup', () => {
		expect(findings(check(), 'backup/missing')).toEqual([]);
	});

	it('errors when an active SOP has no backup', () => {
		expect(findings(check(editSop(/backup:\n.*\n.*\n/, '')), 'backup/missing'))
			.toMatchInlineSnapshot(`
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
		expect(
			findings(check(editSop(/backup:\n.*\n.*\n/, 'status: draft\n')), 'backup/missing'),
		).toEqual([]);
	});
});

describe('backup/same-as-owner', () => {
	it('errors when the backup is the owner', () => {
		expect(findings(check(editSop('person: ben-ode', 'person: ana-silva')), 'backup/same-as-owner'))
			.toMatchInlineSnapshot(`
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
		expect(
			findings(
				check(editSop('trained_on: 2026-01-10', 'trained_on: 2026-11-22')),
				'backup/not-trained',
			),
		).toEqual([]);
	});

	it('errors when there is no trained_on', () => {
		expect(findings(check(editSop('\n  trained_on: 2026-01-10', '')), 'backup/not-trained'))
			.toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:5:3 error: backup "ben-ode" has no trained_on date, so nothing shows they were trained on this SOP.
			hint: Once they have been trained, add the day under backup:
			  trained_on: 2026-11-22",
			]
		`);
	});

	it('errors when trained_on is after today', () => {
		expect(
			findings(
				check(editSop('trained_on: 2026-01-10', 'trained_on: 2026-12-01')),
				'backup/not-trained',
			),
		).toMatchInlineSnapshot(`
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
		expect(findings(check(editSop('person: ben-ode', 'person: old-hand')), 'backup/inactive'))
			.toMatchInlineSnapshot(`
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
		expect(findings(check(editSop('owner: ana-silva', 'owner: old-hand')), 'owner/inactive'))
			.toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:3:1 warning: owner "old-hand" (Old Hand) is marked inactive, so only the backup (ben-ode) can run it.
			hint: Hand it to an active colleague, for example the backup, and cross-train a new backup:
			owner: <their id>",
			]
		`);
	});
});

describe('coverage rules, as an author reads them', () => {
	const away = (name: string, roles: string, absences: string) =>
		`name: ${name}\nroles: [${roles}]\npod: east\nout_of_office:\n${absences}`;
	const both = {
		'src/content/people/ana-silva.yaml': away(
			'Ana Silva',
			'csa, approver',
			'  - { from: 2026-12-07, to: 2026-12-11 }\n',
		),
		'src/content/people/ben-ode.yaml': away(
			'Ben Ode',
			'csa',
			'  - { from: 2026-12-10, to: 2026-12-18 }\n',
		),
	};

	it('says which days, who is out and what to do', () => {
		const report = check(both);
		expect([
			...findings(report, 'coverage/nobody-in'),
			...findings(report, 'coverage/csas-out'),
			...findings(report, 'coverage/lead-out'),
		]).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:4:1 warning: No one can run the CSA part of "Acme weekly bill run" on 2026-12-10 to 2026-12-11 (2 working days): Ana Silva, Ben Ode are all out.
			hint: Move one of the absences, or cross-train another CSA and record them under trained.",
			  "src/content/clients/acme.yaml:4:1 warning: Acme Dental has no CSA in on 2026-12-10 to 2026-12-11 (2 working days): Ana Silva, Ben Ode are both out.
			hint: Move one of the absences, or name another CSA to cover in the hand-off note and as backup_csa.",
			  "src/content/people/ana-silva.yaml:5:5 warning: Ana Silva leads Pod East and is out on 2026-12-07 to 2026-12-11 (5 working days) with no acting lead named.
			hint: Name who leads the pod meanwhile on this absence:
			  - { from: 2026-12-07, to: 2026-12-11, acting_lead: <person id> }",
			]
		`);
	});

	it('names the one BPA and the SOPs with a BPA part', () => {
		const sop = edit(BASE[SOP]!, 'client: acme\n', 'client: acme\nroles: [csa, bpa]\n').replace(
			'1. Check the approvals.\n2. Release the run.',
			'1. **CSA**: Check.\n2. **BPA**: Release.',
		);
		expect(findings(check({ [SOP]: sop }), 'coverage/single-bpa')).toMatchInlineSnapshot(`
			[
			  "src/content/clients/acme.yaml:5:1 warning: Acme Dental has one BPA (Dev Rao) and no backup BPA for the BPA part of 1 SOP: when Dev Rao is out, no one enters its bills (clients/acme/bill-run).
			hint: Add a cross-trained BPA:
			backup_bpas: [<person id>]",
			]
		`);
	});

	it('is quiet when an acting lead is named and the absences do not overlap', () => {
		const report = check({
			'src/content/people/ana-silva.yaml': away(
				'Ana Silva',
				'csa, approver',
				'  - { from: 2026-12-07, to: 2026-12-09, acting_lead: ben-ode }\n',
			),
			'src/content/people/ben-ode.yaml': away(
				'Ben Ode',
				'csa',
				'  - { from: 2026-12-10, to: 2026-12-18 }\n',
			),
		});
		expect(report.diagnostics.filter((d) => d.rule.startsWith('coverage/'))).toEqual([]);
	});
});
