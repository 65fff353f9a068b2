import { describe, expect, it } from 'vitest';
import { BASE, check, edit, editSop, findings } from '../support/handbook.ts';

const TRAINING = 'src/content/training/csa/first-week.mdx';

describe('ref/unknown-person', () => {
	it('passes when every person exists', () => {
		expect(findings(check(), 'ref/unknown-person')).toEqual([]);
	});

	it('errors on a misspelt owner and suggests the closest id', () => {
		expect(findings(check(editSop('owner: ana-silva', 'owner: ana-silvia')), 'ref/unknown-person'))
			.toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:3:1 error: owner names person "ana-silvia", but there is no such person. Did you mean "ana-silva"?
			hint: owner: ana-silva",
			]
		`);
	});

	it('errors on an unknown client csa', () => {
		const report = check({
			'src/content/clients/acme.yaml': BASE['src/content/clients/acme.yaml']!.replace(
				'csa: ana-silva',
				'csa: nobody-here',
			),
		});
		expect(findings(report, 'ref/unknown-person')).toMatchInlineSnapshot(`
			[
			  "src/content/clients/acme.yaml:3:1 error: csa names person "nobody-here", but there is no such person.
			hint: Use the file name (without extension) of an existing file in src/content/people/, or add that file.",
			]
		`);
	});

	it('still checks a retired SOP, but not a draft', () => {
		expect(
			findings(
				check(editSop('owner: ana-silva', 'owner: gone\nstatus: retired')),
				'ref/unknown-person',
			),
		).toHaveLength(1);
		expect(
			findings(
				check(editSop('owner: ana-silva', 'owner: gone\nstatus: draft')),
				'ref/unknown-person',
			),
		).toEqual([]);
	});
});

describe('ref/unknown-client', () => {
	it('errors when the SOP names a client that has no file', () => {
		expect(findings(check(editSop('client: acme', 'client: acme-dental')), 'ref/unknown-client'))
			.toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:8:1 error: client names client "acme-dental", but there is no such client.
			hint: Use the file name (without extension) of an existing file in src/content/clients/, or add that file.",
			]
		`);
	});
});

describe('ref/unknown-pod', () => {
	it('errors when a person names a pod that has no file', () => {
		const report = check({
			'src/content/people/ben-ode.yaml': 'name: Ben Ode\nroles: [csa]\npod: west\n',
		});
		expect(findings(report, 'ref/unknown-pod')).toMatchInlineSnapshot(`
			[
			  "src/content/people/ben-ode.yaml:3:1 error: pod names pod "west", but there is no such pod. Did you mean "east"?
			hint: pod: east",
			]
		`);
	});
});

describe('ref/unknown-sop', () => {
	it('errors when a training module teaches an SOP that does not exist', () => {
		const report = check({
			[TRAINING]: edit(
				BASE[TRAINING]!,
				'sops: [clients/acme/bill-run]',
				'sops: [clients/acme/bill-runs]',
			),
		});
		expect(findings(report, 'ref/unknown-sop')).toMatchInlineSnapshot(`
			[
			  "src/content/training/csa/first-week.mdx:9:8 error: sops[0] names SOP "clients/acme/bill-runs", but there is no such SOP. Did you mean "clients/acme/bill-run"?
			hint:   - clients/acme/bill-run",
			]
		`);
	});

	it('errors when superseded_by names no SOP', () => {
		expect(
			findings(
				check(
					editSop('client: acme', 'client: acme\nstatus: retired\nsuperseded_by: firm/new-run'),
				),
				'ref/unknown-sop',
			),
		).toHaveLength(1);
	});
});

describe('ref/unknown-principle', () => {
	it('errors on a principle id that does not exist', () => {
		expect(
			findings(
				check(editSop('principles: [verify-first]', 'principles: [verify-first, be-kind]')),
				'ref/unknown-principle',
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:10:28 error: principles[1] names principle "be-kind", but there is no such principle.
			hint: Use the file name (without extension) of an existing file in src/content/principles/, or add that file.",
			]
		`);
	});
});

describe('ref/unknown-training', () => {
	it('errors on a prerequisite that does not exist', () => {
		const report = check({
			[TRAINING]: edit(BASE[TRAINING]!, 'order: 1', 'order: 1\nprerequisites: [csa/day-zero]'),
		});
		expect(findings(report, 'ref/unknown-training')).toMatchInlineSnapshot(`
			[
			  "src/content/training/csa/first-week.mdx:8:17 error: prerequisites[0] names training module "csa/day-zero", but there is no such training module.
			hint: Use the file name (without extension) of an existing file in src/content/training/, or add that file.",
			]
		`);
	});
});

describe('ref/unknown-role', () => {
	it('errors on a role the config does not list', () => {
		const report = check({
			'src/content/people/dev-rao.yaml': 'name: Dev Rao\nroles: [bap]\npod: east\n',
		});
		expect(findings(report, 'ref/unknown-role')).toMatchInlineSnapshot(`
			[
			  "src/content/people/dev-rao.yaml:2:9 error: roles[0] is "bap", which is not one of the configured roles (csa, bpa, approver, supervisor, reconciliation, billing-specialist). Did you mean "bpa"?
			hint:   - bpa",
			]
		`);
	});
});

describe('ref/unknown-kpi', () => {
	const KPI = 'src/content/kpis/client-response.yaml';
	const kpi =
		'name: Client response\nrole: csa\ntarget: Every client message answered within 24 business hours.\nmeasure: The supervisor samples ten threads a month.\n';

	it('passes when the SOP names a KPI that exists', () => {
		expect(
			findings(
				check({
					[KPI]: kpi,
					...editSop(
						'principles: [verify-first]',
						'principles: [verify-first]\nkpis: [client-response]',
					),
				}),
				'ref/unknown-kpi',
			),
		).toEqual([]);
	});

	it('errors on a KPI id that does not exist and suggests the closest', () => {
		const report = check({
			[KPI]: kpi,
			...editSop(
				'principles: [verify-first]',
				'principles: [verify-first]\nkpis: [client-responses]',
			),
		});
		expect(findings(report, 'ref/unknown-kpi')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:11:8 error: kpis[0] names KPI "client-responses", but there is no such KPI. Did you mean "client-response"?
			hint:   - client-response",
			]
		`);
	});

	it('errors when a KPI applies to a role the config does not list', () => {
		const report = check({ [KPI]: kpi.replace('role: csa', 'role: cas') });
		expect(findings(report, 'ref/unknown-role')).toMatchInlineSnapshot(`
			[
			  "src/content/kpis/client-response.yaml:2:1 error: role is "cas", which is not one of the configured roles (csa, bpa, approver, supervisor, reconciliation, billing-specialist). Did you mean "csa"?
			hint: role: csa",
			]
		`);
	});
});
