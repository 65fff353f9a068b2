import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../src/check.ts';
import { coverageOf, type Coverage } from '../src/coverage/coverage.ts';
import { gapInWords } from '../src/coverage/describe.ts';
import { absenceOn, absencesWithin, isAwayOn } from '../src/model/away.ts';
import { reviewsByOwner, reviewsPerWeek } from '../src/reports/review-schedule.ts';
import { runCli } from './support/cli.ts';
import { BASE, edit, SOP, TODAY, writeHandbook, type Tree } from './support/handbook.ts';
import { plainDate } from '../src/schemas/date.ts';

const load = (changes: Tree = {}) =>
	checkHandbook({ root: writeHandbook(changes), today: TODAY }).handbook;
const person = (name: string, roles: string, absences = '') =>
	`name: ${name}\nroles: [${roles}]\npod: east\n${absences ? `out_of_office:\n${absences}` : ''}`;
const ANA = 'src/content/people/ana-silva.yaml';
const BEN = 'src/content/people/ben-ode.yaml';
const DEV = 'src/content/people/dev-rao.yaml';
const FIRM = 'src/content/sops/firm/weekly-run.mdx';

/** A firm-wide SOP run by CSAs, owned by Ana with Ben as backup; `extra` goes into its frontmatter. */
const firmSop = (extra = '') =>
	edit(BASE[SOP]!, 'client: acme\n', extra).replace(
		'title: Acme weekly bill run',
		'title: Weekly run',
	);

/** The gaps as a supervisor reads them on the coverage page. */
const gapsOf = (coverage: Coverage, handbook = load()) =>
	coverage.gaps.map((g) => gapInWords(handbook, g).what);

/** The parts of one SOP: role and who can run it. */
const partsOf = (coverage: Coverage, id: string) =>
	coverage.sops
		.find((s) => s.sop.id === id)!
		.parts.map((p) => [p.role, p.runners.map((r) => `${r.person} (${r.via})`)]);

describe('who can run an SOP, by role', () => {
	it("counts the owner, a trained backup and the client's CSAs for a CSA's SOP", () => {
		const coverage = coverageOf(load(), TODAY);
		expect(partsOf(coverage, 'clients/acme/bill-run')).toEqual([
			['csa', ['ana-silva (owner)', 'ben-ode (backup)']],
		]);
		expect(coverage.sops[0]!.singlePoint).toBe(false);
		expect(coverage.gaps).toEqual([]);
	});

	it('leaves out an owner who has left', () => {
		const handbook = load({ [SOP]: edit(BASE[SOP]!, 'owner: ana-silva', 'owner: old-hand') });
		// Ana still counts: she is the client's CSA.
		expect(partsOf(coverageOf(handbook, TODAY), 'clients/acme/bill-run')).toEqual([
			['csa', ['ben-ode (backup)', 'ana-silva (client-csa)']],
		]);
	});

	it('counts every active holder of a role trained as a whole, from the training day, for a firm-wide SOP', () => {
		const changes = {
			'src/content/people/cy-lee.yaml': person('Cy Lee', 'csa'),
			[ANA]: person('Ana Silva', 'csa, approver', '  - { from: 2026-12-28, to: 2026-12-31 }\n'),
			[BEN]: person('Ben Ode', 'csa', '  - { from: 2026-12-24, to: 2027-01-01 }\n'),
		};
		const untrained = load({ ...changes, [FIRM]: firmSop() });
		expect(partsOf(coverageOf(untrained, TODAY), 'firm/weekly-run')).toEqual([
			['csa', ['ana-silva (owner)', 'ben-ode (backup)']],
		]);
		const firmGaps = (handbook: typeof untrained) =>
			gapsOf(coverageOf(handbook, TODAY), handbook).filter((g) => g.includes('"Weekly run"'));
		expect(firmGaps(untrained)).toEqual([
			'No one can run the CSA part of "Weekly run" on 2026-12-28 to 2026-12-31 (4 working days): Ana Silva, Ben Ode are all out.',
		]);

		const trained = load({
			...changes,
			[FIRM]: firmSop('trained_roles:\n  - { role: csa, on: 2026-02-02 }\n'),
		});
		expect(partsOf(coverageOf(trained, TODAY), 'firm/weekly-run')).toEqual([
			['csa', ['ana-silva (owner)', 'ben-ode (backup)', 'cy-lee (trained-role)']],
		]);
		expect(firmGaps(trained)).toEqual([]);

		// A role training planned for next year does not count yet.
		const planned = load({
			...changes,
			[FIRM]: firmSop('trained_roles:\n  - { role: csa, on: 2027-02-01 }\n'),
		});
		expect(firmGaps(planned)).toHaveLength(1);
	});

	it('counts a person in the trained list only for the roles they hold, and only from the day they were trained', () => {
		const handbook = load({
			'src/content/people/cy-lee.yaml': person('Cy Lee', 'csa'),
			'src/content/people/eve-stone.yaml': person('Eve Stone', 'bpa'),
			[FIRM]: firmSop(
				'trained:\n  - { person: cy-lee, on: 2026-11-02 }\n  - { person: eve-stone, on: 2026-11-02 }\n  - { person: ben-ode, on: 2026-12-01 }\n',
			).replace(
				'  person: ben-ode\n  trained_on: 2026-01-10',
				'  person: ben-ode\n  trained_on: 2026-12-01',
			),
		});
		expect(partsOf(coverageOf(handbook, TODAY), 'firm/weekly-run')).toEqual([
			['csa', ['ana-silva (owner)', 'cy-lee (trained)']],
		]);
	});
});

describe('after a material change', () => {
	it('keeps a backup trained on the old version during the re-training window, and drops them after it', () => {
		const changed = edit(
			BASE[SOP]!,
			'last_reviewed: 2026-10-01\n',
			'last_reviewed: 2026-11-02\nreviews:\n  - date: 2026-11-02\n    by: cara-wu\n    change: material\n    note: The run moves to Wednesday.\n',
		);
		const handbook = load({
			[SOP]: changed,
			'src/content/clients/acme.yaml': BASE['src/content/clients/acme.yaml']!.replace(
				'backup_csa: ben-ode\n',
				'backup_csa: old-hand\n',
			),
		});
		// Ben was trained on 2026-01-10, before the change; the window is 14 days from 2 November.
		expect(partsOf(coverageOf(handbook, plainDate('2026-11-16')), 'clients/acme/bill-run')).toEqual(
			[['csa', ['ana-silva (owner)', 'ben-ode (backup)']]],
		);
		expect(partsOf(coverageOf(handbook, plainDate('2026-11-17')), 'clients/acme/bill-run')).toEqual(
			[['csa', ['ana-silva (owner)']]],
		);
	});
});

describe('a client with one BPA', () => {
	const twoRoles = edit(BASE[SOP]!, 'client: acme\n', 'client: acme\nroles: [csa, bpa]\n').replace(
		'1. Check the approvals.\n2. Release the run.',
		'1. **CSA**: Check the approvals.\n2. **BPA**: Release the run.',
	);

	it('is a single point of failure, and a gap on the days that BPA is out', () => {
		const handbook = load({
			[SOP]: twoRoles,
			[DEV]:
				'name: Dev Rao\nroles: [bpa]\npod: east\nout_of_office:\n  - { from: 2026-12-04, to: 2026-12-08 }\n',
		});
		const coverage = coverageOf(handbook, TODAY);
		expect(partsOf(coverage, 'clients/acme/bill-run')).toEqual([
			['csa', ['ana-silva (owner)', 'ben-ode (backup)']],
			['bpa', ['dev-rao (client-bpa)']],
		]);
		expect(gapsOf(coverage, handbook)).toEqual([
			'Acme Dental has one BPA (Dev Rao) and no backup BPA for the BPA part of 1 SOP: when Dev Rao is out, no one enters its bills.',
			// Friday and Monday to Tuesday: the weekend between does not break the run, and is not counted.
			'No one can run the BPA part of "Acme weekly bill run" on 2026-12-04 to 2026-12-08 (3 working days): Dev Rao is out.',
		]);
	});

	it('is covered by a backup BPA', () => {
		const handbook = load({
			[SOP]: twoRoles,
			'src/content/clients/acme.yaml': BASE['src/content/clients/acme.yaml']!.replace(
				'bpas: [dev-rao]\n',
				'bpas: [dev-rao]\nbackup_bpas: [eve-stone]\n',
			),
			'src/content/people/eve-stone.yaml': person('Eve Stone', 'bpa'),
			[DEV]:
				'name: Dev Rao\nroles: [bpa]\npod: east\nout_of_office:\n  - { from: 2026-12-04, to: 2026-12-08 }\n',
		});
		expect(coverageOf(handbook, TODAY).gaps).toEqual([]);
	});
});

describe('overlapping time off', () => {
	it('finds the working days on which the CSA and the backup CSA are both out, as runs, and only inside the window', () => {
		const handbook = load({
			[ANA]: person(
				'Ana Silva',
				'csa, approver',
				'  - { from: 2026-12-20, to: 2026-12-31, acting_lead: dev-rao }\n',
			),
			[BEN]: person(
				'Ben Ode',
				'csa',
				'  - { from: 2026-12-28, to: 2027-01-05 }\n  - { from: 2026-12-21, to: 2026-12-21 }\n',
			),
		});
		expect(gapsOf(coverageOf(handbook, TODAY), handbook)).toEqual([
			'No one can run the CSA part of "Acme weekly bill run" on 2026-12-28 to 2026-12-31 (4 working days): Ana Silva, Ben Ode are all out.',
			'Acme Dental has no CSA in on 2026-12-28 to 2026-12-31 (4 working days): Ana Silva, Ben Ode are both out.',
			'No one can run the CSA part of "Acme weekly bill run" on 2026-12-21 (1 working day): Ana Silva, Ben Ode are all out.',
			'Acme Dental has no CSA in on 2026-12-21 (1 working day): Ana Silva, Ben Ode are both out.',
		]);
		// Three weeks ahead, none of it is in the window.
		expect(coverageOf(handbook, TODAY, 3).gaps).toEqual([]);
	});

	it('never calls a weekend a gap', () => {
		const handbook = load({
			[ANA]: person('Ana Silva', 'csa, approver', '  - { from: 2026-12-05, to: 2026-12-06 }\n'),
			[BEN]: person('Ben Ode', 'csa', '  - { from: 2026-12-05, to: 2026-12-06 }\n'),
		});
		expect(coverageOf(handbook, TODAY).gaps).toEqual([]);
	});
});

describe('a pod lead away', () => {
	const leadOut = (acting: string) => ({
		[ANA]: person(
			'Ana Silva',
			'csa, approver',
			`  - { from: 2026-12-07, to: 2026-12-11${acting} }\n`,
		),
	});
	const escalation = edit(
		BASE[SOP]!,
		'client: acme\n',
		'client: acme\nroles: [csa, pod-lead]\n',
	).replace(
		'1. Check the approvals.\n2. Release the run.',
		'1. **CSA**: Check the approvals.\n2. **Pod lead**: Release the run.',
	);
	const config = {
		'handbook.config.yaml': `${BASE['handbook.config.yaml']!}roles: [csa, bpa, approver, supervisor, pod-lead]\nrole_labels: { pod-lead: Pod lead }\n`,
	};

	it('is a gap when no acting lead is named, and the pod-lead part of an SOP has no one', () => {
		const handbook = load({ ...leadOut(''), ...config, [SOP]: escalation });
		const coverage = coverageOf(handbook, TODAY);
		expect(partsOf(coverage, 'clients/acme/bill-run')).toEqual([
			['csa', ['ana-silva (owner)', 'ben-ode (backup)']],
			['pod-lead', ['ana-silva (owner)']],
		]);
		expect(gapsOf(coverage, handbook)).toEqual([
			'No one can run the Pod lead part of "Acme weekly bill run" on 2026-12-07 to 2026-12-11 (5 working days): Ana Silva is out.',
			'Pod East has no lead on 2026-12-07 to 2026-12-11 (5 working days): Ana Silva is out and no acting lead is named.',
		]);
	});

	it('is covered by the acting lead named on the absence', () => {
		const handbook = load({ ...leadOut(', acting_lead: ben-ode'), ...config, [SOP]: escalation });
		const coverage = coverageOf(handbook, TODAY);
		expect(coverage.gaps).toEqual([]);
		expect(coverage.pods.map((p) => p.acting.map((a) => [a.from, a.to, a.acting]))).toEqual([
			[['2026-12-07', '2026-12-11', 'ben-ode']],
		]);
	});
});

describe('who is away on a day', () => {
	const handbook = load({
		[DEV]: person(
			'Dev Rao',
			'bpa',
			'  - { from: 2026-12-04, to: 2026-12-07, acting_lead: ana-silva }\n  - { from: 2027-01-04, to: 2027-01-04 }\n',
		),
	});
	const dev = handbook.people.get('dev-rao')!;

	it('counts them out from the first to the last day of an absence, both included, and in the day before and after', () => {
		expect(
			['2026-12-03', '2026-12-04', '2026-12-07', '2026-12-08'].map((day) =>
				isAwayOn(dev, plainDate(day)),
			),
		).toEqual([false, true, true, false]);
		expect(absenceOn(dev, plainDate('2026-12-05'))?.acting_lead).toBe('ana-silva');
		expect(isAwayOn(undefined, TODAY)).toBe(false);
	});

	it('lists the absences that reach into a span of days, or are not over yet', () => {
		expect(absencesWithin(dev, TODAY, plainDate('2026-12-31')).map((a) => a.from)).toEqual([
			'2026-12-04',
		]);
		expect(absencesWithin(dev, plainDate('2026-12-08')).map((a) => a.from)).toEqual(['2027-01-04']);
	});
});

describe('what each person carries', () => {
	it('lists what they can run, where they are the only one, their time off and what breaks while they are out', () => {
		const handbook = load({
			[SOP]: edit(BASE[SOP]!, 'client: acme\n', 'client: acme\nroles: [csa, bpa]\n').replace(
				'1. Check the approvals.\n2. Release the run.',
				'1. **CSA**: Check the approvals.\n2. **BPA**: Release the run.',
			),
			[DEV]:
				'name: Dev Rao\nroles: [bpa]\npod: east\nout_of_office:\n  - { from: 2026-12-04, to: 2026-12-04 }\n',
		});
		const dev = coverageOf(handbook, TODAY).people.find((p) => p.person.id === 'dev-rao')!;
		expect(dev.runs.map((r) => [r.sop.id, r.label, r.via])).toEqual([
			['clients/acme/bill-run', 'BPA', 'client-bpa'],
		]);
		expect(dev.only.map((r) => [r.sop.id, r.label])).toEqual([['clients/acme/bill-run', 'BPA']]);
		expect(dev.away).toEqual([{ from: '2026-12-04', to: '2026-12-04' }]);
		expect(dev.breaks.map((b) => [b.sop.id, b.label, b.gap.from])).toEqual([
			['clients/acme/bill-run', 'BPA', '2026-12-04'],
		]);
	});
});

describe('one model for every output', () => {
	it('gives the report the same gaps, in the same words, as the check', () => {
		const root = writeHandbook({
			[ANA]: person('Ana Silva', 'csa, approver', '  - { from: 2026-12-07, to: 2026-12-11 }\n'),
			[BEN]: person('Ben Ode', 'csa', '  - { from: 2026-12-10, to: 2026-12-18 }\n'),
		});
		const report = JSON.parse(
			runCli(['report', '--root', root, '--today', TODAY, '--format', 'json']).stdout,
		) as { gaps: { what: string; kind: string }[] };
		const check = JSON.parse(
			runCli(['check', '--root', root, '--today', TODAY, '--format', 'json']).stdout,
		) as { diagnostics: { rule: string; message: string }[] };
		const gapRules = check.diagnostics
			.filter((d) => d.rule.startsWith('coverage/') && d.rule !== 'coverage/lead-out')
			.map((d) => d.message);
		expect(
			report.gaps
				.filter((g) => g.kind !== 'pod-lead')
				.map((g) => g.what)
				.sort(),
		).toEqual(gapRules.sort());
		expect(report.gaps.map((g) => g.kind)).toEqual(['pod-lead', 'sop-part', 'client-csas']);
	});
});

describe('review schedule', () => {
	it('groups overdue and due-soon documents by owner, most overdue first', () => {
		const byOwner = reviewsByOwner(load(), plainDate('2027-01-10'), 14);
		expect(
			[...byOwner].map(([owner, items]) => [
				owner,
				items.map((i) => [i.doc.id, i.status.state, i.status.daysLeft]),
			]),
		).toEqual([['ana-silva', [['clients/acme/bill-run', 'overdue', -9]]]]);
	});

	it('counts reviews falling due per week', () => {
		const weeks = reviewsPerWeek(load(), TODAY, 13);
		expect(weeks).toHaveLength(13);
		// The SOP is due 2027-01-01; the training module (2027-03-01) falls after the 13 weeks.
		expect(weeks[4]).toEqual({ start: '2026-12-20', count: 0 });
		expect(weeks[5]).toEqual({ start: '2026-12-27', count: 1 });
		expect(weeks.reduce((t, w) => t + w.count, 0)).toBe(1);
	});
});
