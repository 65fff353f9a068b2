import { describe, expect, it } from 'vitest';
import { check, editSop, findings } from '../support/handbook.ts';

describe('approval/missing', () => {
	it('passes with one approver', () => {
		expect(findings(check(), 'approval/missing')).toEqual([]);
	});

	it('errors when approvers is empty', () => {
		expect(findings(check(editSop('approvers: [cara-wu]', 'approvers: []')), 'approval/missing'))
			.toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:7:1 error: has no approvers. A document in use needs approval by someone other than its owner.
			hint: Name at least one person with the approver role:
			approvers:
			  - <approver id>",
			]
		`);
	});

	it('errors when approvers is left out', () => {
		expect(findings(check(editSop('approvers: [cara-wu]\n', '')), 'approval/missing')).toHaveLength(
			1,
		);
	});
});

describe('approval/self-approval', () => {
	it('errors when the owner approves their own SOP', () => {
		expect(
			findings(
				check(editSop('approvers: [cara-wu]', 'approvers: [cara-wu, ana-silva]')),
				'approval/self-approval',
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:7:22 error: the owner ("ana-silva") is also an approver; maker and checker must be different people.
			hint: Remove "ana-silva" from approvers and name another approver:
			approvers:
			  - <approver id>",
			]
		`);
	});
});

describe('approval/not-approver', () => {
	it('errors when an approver lacks the approver role', () => {
		expect(
			findings(
				check(editSop('approvers: [cara-wu]', 'approvers: [ben-ode]')),
				'approval/not-approver',
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:7:13 error: approver "ben-ode" (Ben Ode) does not hold the approver role (roles: csa).
			hint: Name someone with the approver role, or, if Ben Ode is authorised, add it in src/content/people/ben-ode.yaml:
			roles: [csa, approver]",
			]
		`);
	});
});
