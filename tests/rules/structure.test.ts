import { describe, expect, it } from 'vitest';
import { BASE, check, edit, findings, SOP } from '../support/handbook.ts';

describe('id/duplicate', () => {
	it('errors when an .md and an .mdx file claim the same id', () => {
		expect(findings(check({ [SOP.replace('.mdx', '.md')]: BASE[SOP]! }), 'id/duplicate'))
			.toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:1:1 error: claims the id "clients/acme/bill-run", which src/content/sops/clients/acme/bill-run.md already has.
			hint: Keep one of the two files: merge them, or rename this one.",
			]
		`);
	});
});

describe('id/format', () => {
	it('errors on a file name that is not kebab-case', () => {
		expect(
			findings(check({ 'src/content/sops/clients/acme/Bill Run.mdx': BASE[SOP]! }), 'id/format'),
		).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/Bill Run.mdx:1:1 error: the file name gives the id "clients/acme/Bill Run"; ids are lowercase words joined by hyphens.
			hint: Rename the file to src/content/sops/clients/acme/bill-run.mdx and update the places that name it.",
			]
		`);
	});
});

describe('principles/count', () => {
	it('passes with exactly the configured core and +1 principles', () => {
		expect(findings(check(), 'principles/count')).toEqual([]);
	});

	it('errors when a core principle is missing and the +1 is not marked', () => {
		const report = check({
			'src/content/principles/write-it-down.mdx': null,
			'src/content/principles/replaceable.mdx': null,
			'src/content/sops/clients/acme/bill-run.mdx': BASE[SOP]!,
		});
		expect(findings(report, 'principles/count')).toMatchInlineSnapshot(`
			[
			  "src/content/principles:1:1 error: the core principles are numbered 1 to 2, but number 2 is missing.
			hint: Add a principle for each missing number, e.g. order: 2, or set principles.core in handbook.config.yaml.",
			  "src/content/principles:1:1 error: no principle is marked plus_one: true, but the handbook config asks for 1.
			hint: Mark the extra principle with
			plus_one: true",
			]
		`);
	});

	it('errors when two principles share an order', () => {
		const file = 'src/content/principles/write-it-down.mdx';
		const found = findings(
			check({ [file]: edit(BASE[file]!, 'order: 2', 'order: 1') }),
			'principles/count',
		);
		expect(found.join('\n')).toContain(
			`${file}:6:1 error: order 1 is already used by principle "verify-first".`,
		);
		expect(found.join('\n')).toContain('number 2 is missing');
	});
});

describe('client/no-sop', () => {
	it('errors when an active client has no active SOP', () => {
		expect(
			findings(
				check({ [SOP]: edit(BASE[SOP]!, 'client: acme', 'client: acme\nstatus: retired') }),
				'client/no-sop',
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/clients/acme.yaml:1:1 error: client "acme" (Acme Dental) is active but has no active SOP, so nobody else could pick it up.
			hint: Write its SOPs under src/content/sops/clients/acme/ with
			client: acme",
			]
		`);
	});

	it('leaves an offboarded client alone', () => {
		const client = 'src/content/clients/acme.yaml';
		const report = check({
			[client]: `${BASE[client]}status: offboarded\n`,
			[SOP]: edit(BASE[SOP]!, 'client: acme', 'client: acme\nstatus: retired'),
		});
		expect(findings(report, 'client/no-sop')).toEqual([]);
	});
});

describe('client/no-backup', () => {
	const client = 'src/content/clients/acme.yaml';

	it('errors when there is no backup_csa', () => {
		expect(
			findings(
				check({ [client]: edit(BASE[client]!, 'backup_csa: ben-ode\n', '') }),
				'client/no-backup',
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/clients/acme.yaml:3:1 error: client "acme" has no backup_csa to cover it when ana-silva is out.
			hint: Name a CSA from the same pod:
			backup_csa: <their id>",
			]
		`);
	});

	it('errors when backup_csa is the csa', () => {
		expect(
			findings(
				check({ [client]: edit(BASE[client]!, 'backup_csa: ben-ode', 'backup_csa: ana-silva') }),
				'client/no-backup',
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/clients/acme.yaml:4:1 error: backup_csa is the same person as csa ("ana-silva").
			hint: Name a different CSA from the same pod:
			backup_csa: <their id>",
			]
		`);
	});
});

describe('training/prerequisite-cycle', () => {
	it('errors when prerequisites go round in a circle, once per circle', () => {
		const a = 'src/content/training/csa/first-week.mdx';
		const report = check({
			[a]: edit(BASE[a]!, 'order: 1', 'order: 1\nprerequisites: [csa/second-week]'),
			'src/content/training/csa/second-week.mdx': edit(
				BASE[a]!,
				'order: 1',
				'order: 2\nprerequisites: [csa/first-week]',
			),
		});
		expect(findings(report, 'training/prerequisite-cycle')).toMatchInlineSnapshot(`
			[
			  "src/content/training/csa/first-week.mdx:8:17 error: prerequisites go round in a circle: csa/first-week → csa/second-week → csa/first-week, so no one could ever start.
			hint: Remove "csa/second-week" from the prerequisites of csa/first-week, or break the circle further along.",
			]
		`);
	});
});
