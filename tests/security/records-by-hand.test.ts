import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../../src/check.ts';
import { coverageOf } from '../../src/coverage/coverage.ts';
import { runCli } from '../support/cli.ts';
import {
	BASE,
	check,
	edit,
	editSop,
	SOP,
	TODAY,
	writeHandbook,
	type Tree,
} from '../support/handbook.ts';

/**
 * What the review and trained commands refuse, written into the files by hand instead:
 * each passed the check before the commands and the check shared their validations
 * (src/model/recorded.ts). Each must now be an error, so the build refuses it.
 */
const errors = (tree: Tree) => check(tree).diagnostics.filter((d) => d.severity === 'error');
const rulesOf = (tree: Tree) => errors(tree).map((d) => `${d.rule} ${d.file}:${d.line}`);

const reviewedBy = (person: string) =>
	editSop(
		'last_reviewed: 2026-10-01\n',
		`last_reviewed: 2026-10-01\nreviews:\n  - date: 2026-10-01\n    by: ${person}\n`,
	);
const CLIENT = 'src/content/clients/acme.yaml';

describe('records written by hand are judged as the commands judge them', () => {
	it('refuses a newest review entry by someone who has left', () => {
		expect(rulesOf(reviewedBy('old-hand'))).toEqual([`review/reviewer ${SOP}:12`]);
	});

	it('refuses a newest review entry by someone who is neither owner, backup nor approver', () => {
		expect(rulesOf(reviewedBy('dev-rao'))).toEqual([`review/reviewer ${SOP}:12`]);
	});

	it('refuses a backup trained on 0001-01-01', () => {
		expect(rulesOf(editSop('trained_on: 2026-01-10', 'trained_on: 0001-01-01'))).toEqual([
			`training/date ${SOP}:6`,
		]);
	});

	it('refuses a trained entry dated after today', () => {
		expect(
			rulesOf(
				editSop(
					'client: acme\n',
					'client: acme\ntrained:\n  - { person: dev-rao, on: 2026-12-24 }\n',
				),
			),
		).toEqual([`training/date ${SOP}:10`]);
	});

	it('refuses a retired SOP with no replacement, or replaced by itself', () => {
		const retired = (tail: string) =>
			editSop('last_reviewed: 2026-10-01\n', `last_reviewed: 2026-10-01\nstatus: retired\n${tail}`);
		expect(rulesOf(retired(''))).toContain(`retired/replacement ${SOP}:10`);
		expect(rulesOf(retired('superseded_by: clients/acme/bill-run\n'))).toContain(
			`retired/replacement ${SOP}:11`,
		);
	});

	it('treats a backup out of office every day from 2000 to 2999 as no backup, an error', () => {
		const away = {
			'src/content/people/ben-ode.yaml':
				'name: Ben Ode\nroles: [csa]\npod: east\nout_of_office:\n  - { from: 2000-01-01, to: 2999-12-31 }\n',
		};
		expect(rulesOf(away)).toEqual([`backup/unavailable ${SOP}:5`]);
	});

	it("refuses a client's backup BPA without the BPA role, and does not let them close the coverage gap", () => {
		const tree: Tree = {
			[CLIENT]: edit(BASE[CLIENT]!, 'bpas: [dev-rao]', 'bpas: [dev-rao]\nbackup_bpas: [ben-ode]'),
			...editSop('client: acme\n', 'client: acme\nroles: [csa, bpa]\n'),
		};
		expect(rulesOf(tree)).toContain(`ref/wrong-role ${CLIENT}:6`);
		const { handbook } = checkHandbook({ root: writeHandbook(tree), today: TODAY });
		const acme = coverageOf(handbook, TODAY).clients.find((c) => c.client.id === 'acme')!;
		expect(acme.bpas).toEqual(['dev-rao']);
		expect(check(tree).diagnostics.map((d) => d.rule)).toContain('coverage/single-bpa');
	});
});

describe('the commands refuse the same records', () => {
	it('review refuses a date before 2000', () => {
		const { code, stderr } = runCli([
			'review',
			'clients/acme/bill-run',
			'--root',
			writeHandbook(),
			'--today',
			TODAY,
			'--by',
			'cara-wu',
			'--date',
			'1999-12-31',
		]);
		expect(code).toBe(2);
		expect(stderr).toContain(
			'--date is 1999-12-31, before 2000-01-01: write the day the review took place.',
		);
	});

	it('trained refuses 0001-01-01', () => {
		const { code, stderr } = runCli([
			'trained',
			'clients/acme/bill-run',
			'--root',
			writeHandbook(),
			'--today',
			TODAY,
			'--person',
			'dev-rao',
			'--date',
			'0001-01-01',
		]);
		expect(code).toBe(2);
		expect(stderr).toContain(
			'--date is 0001-01-01, before 2000-01-01: write the day the training took place.',
		);
	});
});
