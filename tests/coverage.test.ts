import { describe, expect, it } from 'vitest';
import { clientCoverage, coverageGaps } from '../src/reports/coverage.ts';
import { reviewsByOwner, reviewsPerWeek } from '../src/reports/review-schedule.ts';
import { checkHandbook } from '../src/check.ts';
import { editSop, TODAY, writeHandbook } from './support/handbook.ts';

const load = (changes = {}) => checkHandbook({ root: writeHandbook(changes), today: TODAY }).handbook;
const away = (name: string, role: string, absences: string) => `name: ${name}\nroles: [${role}]\npod: east\nout_of_office:\n${absences}`;

describe('coverage', () => {
	it('counts the owner and a trained, active backup as able to run an SOP', () => {
		const [acme] = clientCoverage(load(), TODAY);
		expect(acme!.sops.map((s) => [s.sop.id, s.trained, s.singlePoint])).toEqual([['clients/acme/bill-run', ['ana-silva', 'ben-ode'], false]]);
		expect(acme!.singlePoint).toBe(false);
	});

	it('calls an SOP whose owner has left a single point of failure', () => {
		const [acme] = clientCoverage(load(editSop('owner: ana-silva', 'owner: old-hand')), TODAY);
		expect(acme!.sops[0]!.trained).toEqual(['ben-ode']);
		expect(acme!.sops[0]!.singlePoint).toBe(true);
	});

	it('finds the days on which the owner and the backup are both out, as one run', () => {
		const handbook = load({
			'src/content/people/ana-silva.yaml': away('Ana Silva', 'csa, approver', '  - { from: 2026-12-20, to: 2026-12-31 }\n'),
			'src/content/people/ben-ode.yaml': away('Ben Ode', 'csa', '  - { from: 2026-12-28, to: 2027-01-05 }\n  - { from: 2026-12-21, to: 2026-12-21 }\n'),
		});
		expect(coverageGaps(handbook, TODAY, 56).map((g) => [g.sop.id, g.from, g.to])).toEqual([
			['clients/acme/bill-run', '2026-12-21', '2026-12-21'],
			['clients/acme/bill-run', '2026-12-28', '2026-12-31'],
		]);
		// Outside the window, nothing is reported.
		expect(coverageGaps(handbook, TODAY, 20)).toEqual([]);
	});
});

describe('review schedule', () => {
	it('groups overdue and due-soon documents by owner, most overdue first', () => {
		const byOwner = reviewsByOwner(load(), '2027-01-10', 14);
		expect([...byOwner].map(([owner, items]) => [owner, items.map((i) => [i.doc.id, i.status.state, i.status.daysLeft])])).toEqual([
			['ana-silva', [['clients/acme/bill-run', 'overdue', -9]]],
		]);
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
