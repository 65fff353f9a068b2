import { describe, expect, it } from 'vitest';
import { check, editSop, findings, SOP } from '../support/handbook.ts';

describe('yaml/syntax', () => {
	it('errors on broken YAML, on its line', () => {
		expect(
			findings(
				check(editSop('title: Acme weekly bill run', 'title: "Acme weekly bill run')),
				'yaml/syntax',
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:2:1 error: the frontmatter is not valid YAML: a quoted value is never closed in \`title: "Acme weekly bill run\`.
			hint: Fix the YAML on this line. Text with a colon, # or quote in it is safest in double quotes: title: "Step 1: check"",
			]
		`);
	});

	it('errors on a repeated key', () => {
		expect(findings(check(editSop('client: acme', 'client: acme\nclient: acme')), 'yaml/syntax'))
			.toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:9:1 error: the frontmatter is not valid YAML: repeats the field "client"; each field may appear only once.
			hint: Keep one client: line and delete the other.",
			]
		`);
	});

	it('errors when the frontmatter is never closed', () => {
		const report = check({ [SOP]: '---\ntitle: Open\nowner: ana-silva\n\n## Purpose\n' });
		expect(findings(report, 'yaml/syntax')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:1:1 error: the frontmatter is never closed: no second --- line.
			hint: Add a line with only --- after the last field.",
			]
		`);
	});

	it('errors on a broken person file', () => {
		const report = check({
			'src/content/people/ben-ode.yaml': 'name: Ben Ode\nroles: [csa\npod: east\n',
		});
		expect(findings(report, 'yaml/syntax')).toHaveLength(1);
	});
});

describe('frontmatter/unsafe', () => {
	it('refuses a ---js fence and never runs it', () => {
		const report = check({ [SOP]: '---js\n{ title: (globalThis.ran = "yes") }\n---\n\nBody.\n' });
		expect(findings(report, 'frontmatter/unsafe')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:1:1 error: the frontmatter fence asks for "js". Frontmatter is YAML only and is never run as code.
			hint: Start the file with a plain fence and write the fields as YAML:
			---
			title: ...
			---",
			]
		`);
		expect((globalThis as { ran?: string }).ran).toBeUndefined();
	});

	it('refuses other languages too', () => {
		expect(
			findings(check({ [SOP]: '---coffee\ntitle: x\n---\n' }), 'frontmatter/unsafe'),
		).toHaveLength(1);
	});
});

describe('frontmatter/schema', () => {
	it('suggests the closest field name for a typo', () => {
		expect(findings(check(editSop('owner: ana-silva', 'owners: ana-silva')), 'frontmatter/schema'))
			.toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:3:1 error: unknown field "owners". Did you mean "owner"?
			hint: Rename it:
			owner: ana-silva",
			]
		`);
	});

	it("reads a client's approval limits, and names a currency written in lowercase", () => {
		const client =
			'name: Acme Dental\npod: east\ncsa: ana-silva\nbackup_csa: ben-ode\nbpas: [dev-rao]\nplatform: qbo\nrun_day: Tuesday\ncut_off: Bills in by Monday 5 pm Central\napproval_limits:\n  - { approver: Office manager, up_to: 2500 }\n  - { approver: Practice owner }\n';
		expect(
			findings(check({ 'src/content/clients/acme.yaml': client }), 'frontmatter/schema'),
		).toEqual([]);
		const lower = client.replace('up_to: 2500 }', 'up_to: 2500, currency: usd }');
		expect(findings(check({ 'src/content/clients/acme.yaml': lower }), 'frontmatter/schema'))
			.toMatchInlineSnapshot(`
			[
			  "src/content/clients/acme.yaml:10:46 error: approval_limits[0].currency is "usd", which is not a currency code. Write its three capital letters (ISO 4217), as on a bank statement.
			hint: currency: USD",
			]
		`);
	});

	it('names an impossible date and shows the format', () => {
		expect(
			findings(
				check(editSop('last_reviewed: 2026-10-01', 'last_reviewed: 2026-13-01')),
				'frontmatter/schema',
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:9:1 error: last_reviewed is "2026-13-01", which is not a calendar date.
			hint: Write the day as YYYY-MM-DD, e.g.:
			last_reviewed: 2026-11-22",
			]
		`);
	});

	it('accepts a quoted date the same as an unquoted one', () => {
		expect(
			check(editSop('last_reviewed: 2026-10-01', 'last_reviewed: "2026-10-01"')).diagnostics,
		).toEqual([]);
	});

	it('errors on a file with no frontmatter', () => {
		expect(findings(check({ [SOP]: '# Bill run\n\nNo fields here.\n' }), 'frontmatter/schema'))
			.toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:1:1 error: has no frontmatter. Every SOP starts with its fields between two --- lines.
			hint: ---
			title: ...
			owner: ...
			---",
			]
		`);
	});

	it('errors on a value of the wrong kind and an unknown status', () => {
		const report = check(editSop('client: acme', 'client: acme\nstatus: actve\ntags: urgent'));
		expect(findings(report, 'frontmatter/schema')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:9:1 error: status is "actve"; it must be one of draft, active, retired. Did you mean "active"?
			hint: status: active",
			  "src/content/sops/clients/acme/bill-run.mdx:10:1 error: tags should be a list, not text ("urgent").
			hint: Write it as a list:
			tags:
			  - urgent",
			]
		`);
	});

	it('errors on an id written as a name', () => {
		expect(findings(check(editSop('owner: ana-silva', 'owner: Ana Silva')), 'frontmatter/schema'))
			.toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:3:1 error: owner is "Ana Silva", which is not an id. Ids are lowercase words joined by hyphens, the file name without its extension.
			hint: owner: ana-silva",
			]
		`);
	});

	it('errors on a missing required field', () => {
		expect(findings(check(editSop('title: Acme weekly bill run\n', '')), 'frontmatter/schema'))
			.toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:2:1 error: title is missing.
			hint: Add it, e.g.:
			title: Weekly bill run",
			]
		`);
	});

	it('errors on superseded_by without status retired', () => {
		expect(
			findings(
				check(editSop('client: acme', 'client: acme\nsuperseded_by: firm/new-run')),
				'frontmatter/schema',
			),
		).toHaveLength(1);
	});
});

describe('config/schema', () => {
	it('errors on an unknown time zone and a misspelt setting, and carries on with defaults', () => {
		const report = check({
			'handbook.config.yaml':
				'time_zone: Mars/Olympus\nwarn_dayz: 7\nprinciples: { core: 2, plus_one: 1 }\n',
		});
		expect(findings(report, 'config/schema')).toMatchInlineSnapshot(`
			[
			  "handbook.config.yaml:1:1 error: time_zone is "Mars/Olympus", which is not a time zone name.
			hint: Use an IANA name:
			time_zone: America/New_York",
			  "handbook.config.yaml:2:1 error: unknown field "warn_dayz". Did you mean "warn_days"?
			hint: Rename it:
			warn_days: 7",
			]
		`);
	});
});
