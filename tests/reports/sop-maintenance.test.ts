import { describe, expect, it } from 'vitest';
import { loadHandbook, memorySource, parseConfig } from '../../src/model/load.ts';
import { periodLabel, periodOf } from '../../src/dates/calendar.ts';
import { lastQuarters, sopMaintenance } from '../../src/reports/sop-maintenance.ts';
import { plainDate } from '../../src/schemas/date.ts';

const TODAY = plainDate('2026-11-20');

/** A client SOP with its review log; `last_reviewed` is the newest date. */
function sop(client: string, dates: readonly string[], extra = ''): string {
	const reviews = dates.map((d) => `  - { date: ${d}, by: cara-wu, note: Checked. }`).join('\n');
	return `---\ntitle: ${client} SOP\nowner: ana-silva\nbackup: { person: ben-ode, trained_on: 2025-01-10 }\napprovers: [cara-wu]\nclient: ${client}\nlast_reviewed: ${dates.at(-1)}\n${extra}reviews:\n${reviews}\n---\n\nBody.\n`;
}

/**
 * Three CSAs in two pods. Every figure below was worked out by hand from these dates, with
 * quarterly reviews due three calendar months after the last one.
 */
const FILES = new Map<string, string>([
	['src/content/people/ana-silva.yaml', 'name: Ana Silva\nroles: [csa]\npod: east\n'],
	['src/content/people/ben-ode.yaml', 'name: Ben Ode\nroles: [csa]\npod: east\n'],
	['src/content/people/cara-wu.yaml', 'name: Cara Wu\nroles: [csa, approver]\npod: west\n'],
	['src/content/pods/east.yaml', 'name: Pod East\nlead: ana-silva\n'],
	['src/content/pods/west.yaml', 'name: Pod West\nlead: cara-wu\n'],
	[
		'src/content/clients/acme.yaml',
		'name: Acme\npod: east\ncsa: ana-silva\nbackup_csa: ben-ode\nplatform: qbo\n',
	],
	[
		'src/content/clients/bolt.yaml',
		'name: Bolt\npod: east\ncsa: ben-ode\nbackup_csa: ana-silva\nplatform: qbo\n',
	],
	[
		'src/content/clients/cove.yaml',
		'name: Cove\npod: west\ncsa: cara-wu\nbackup_csa: ana-silva\nplatform: qbo\n',
	],
	[
		'src/content/clients/gone.yaml',
		'name: Gone\npod: east\ncsa: ana-silva\nplatform: qbo\nstatus: offboarded\n',
	],
	// Reviewed every quarter on the day it fell due; the 30 September review belongs to Q3, not Q4.
	[
		'src/content/sops/clients/acme/run.mdx',
		sop('acme', ['2025-09-30', '2025-12-30', '2026-03-30', '2026-06-30', '2026-09-30']),
	],
	// First written in January; reviewed late in May (due 15 April), on time in August, overdue since 10 November.
	[
		'src/content/sops/clients/acme/late.mdx',
		sop('acme', ['2026-01-15', '2026-05-20', '2026-08-10']),
	],
	// Reviewed late in October 2025 (due 1 September), then never again.
	['src/content/sops/clients/bolt/run.mdx', sop('bolt', ['2025-06-01', '2025-10-15'])],
	// Monthly, first written in October: in no past quarter; its November review is on time.
	[
		'src/content/sops/clients/cove/run.mdx',
		sop('cove', ['2026-10-01', '2026-11-01'], 'review_cycle: monthly\n'),
	],
	// Not counted: an offboarded client's SOP, a draft and a firm-wide SOP.
	['src/content/sops/clients/gone/run.mdx', sop('gone', ['2024-01-01'])],
	['src/content/sops/clients/acme/draft.mdx', sop('acme', ['2024-01-01'], 'status: draft\n')],
	['src/content/sops/firm/run.mdx', sop('acme', ['2024-01-01']).replace('client: acme\n', '')],
]);

function report(today = TODAY) {
	const { config } = parseConfig('organisation: Test Firm\ntime_zone: UTC\n');
	const handbook = loadHandbook('/handbook', config, { source: memorySource(FILES) });
	expect([...handbook.files].flatMap((f) => f.problems)).toEqual([]);
	return sopMaintenance(handbook, today);
}

const share = (sops: number, within: number) => ({
	sops,
	within,
	share: sops === 0 ? null : within / sops,
});
const onTime = (reviews: number, on_time: number) => ({
	reviews,
	on_time,
	rate: reviews === 0 ? null : on_time / reviews,
});

describe('quarters', () => {
	it('are the four whole calendar quarters before today, oldest first', () => {
		expect(lastQuarters(TODAY)).toEqual([
			{ label: '2025 Q4', from: '2025-10-01', to: '2025-12-31' },
			{ label: '2026 Q1', from: '2026-01-01', to: '2026-03-31' },
			{ label: '2026 Q2', from: '2026-04-01', to: '2026-06-30' },
			{ label: '2026 Q3', from: '2026-07-01', to: '2026-09-30' },
		]);
	});

	it('put the last day of September in Q3 and the first of October in Q4', () => {
		expect(periodLabel(periodOf('quarter', plainDate('2026-09-30')))).toBe('2026 Q3');
		expect(periodLabel(periodOf('quarter', plainDate('2026-10-01')))).toBe('2026 Q4');
		expect(lastQuarters(plainDate('2027-01-01')).at(-1)).toEqual({
			label: '2026 Q4',
			from: '2026-10-01',
			to: '2026-12-31',
		});
	});
});

describe('the SOP-maintenance KPI', () => {
	it('gives each CSA the share of their client SOPs within cycle now, and names the overdue ones', () => {
		const { csas } = report();
		expect(csas.map((r) => [r.name, r.now, r.overdue])).toEqual([
			['Ana Silva', share(2, 1), ['clients/acme/late']],
			['Ben Ode', share(1, 0), ['clients/bolt/run']],
			['Cara Wu', share(1, 1), []],
		]);
	});

	it('judges each past quarter on its last day, counting an SOP only once it had a review', () => {
		const { csas } = report();
		const ana = csas.find((r) => r.id === 'ana-silva')!;
		const ben = csas.find((r) => r.id === 'ben-ode')!;
		const cara = csas.find((r) => r.id === 'cara-wu')!;
		expect(
			ana.quarters.map(({ quarter, sops, within, share: s }) => ({
				quarter,
				...{ sops, within, share: s },
			})),
		).toEqual([
			{ quarter: '2025 Q4', ...share(1, 1) },
			{ quarter: '2026 Q1', ...share(2, 2) },
			{ quarter: '2026 Q2', ...share(2, 2) },
			{ quarter: '2026 Q3', ...share(2, 2) },
		]);
		expect(ben.quarters.map((q) => q.share)).toEqual([1, 0, 0, 0]);
		expect(cara.quarters.map((q) => q.share)).toEqual([null, null, null, null]);
	});

	it('counts a late review against the on-time rate of the quarter it was made in', () => {
		const { csas } = report();
		const ana = csas.find((r) => r.id === 'ana-silva')!;
		expect(ana.quarters.map((q) => q.on_time)).toEqual([
			onTime(1, 1),
			onTime(1, 1),
			onTime(2, 1),
			onTime(2, 2),
		]);
		expect(ana.on_time).toEqual(onTime(6, 5));
		const ben = csas.find((r) => r.id === 'ben-ode')!;
		expect(ben.quarters[0]!.on_time).toEqual(onTime(1, 0));
		expect(ben.on_time).toEqual(onTime(1, 0));
		// This quarter so far: the monthly SOP's first review has nothing to be late for; its second is on time.
		expect(report().csas.map((r) => r.now_on_time)).toEqual([
			onTime(0, 0),
			onTime(0, 0),
			onTime(1, 1),
		]);
	});

	it('adds up the CSAs of a pod, and the whole firm', () => {
		const { pods, firm } = report();
		expect(
			pods.map((p) => [p.name, p.now, p.quarters.map((q) => `${q.within}/${q.sops}`), p.on_time]),
		).toEqual([
			['Pod East', share(3, 1), ['2/2', '2/3', '2/3', '2/3'], onTime(7, 5)],
			['Pod West', share(1, 1), ['0/0', '0/0', '0/0', '0/0'], onTime(0, 0)],
		]);
		expect(firm.name).toBe('Test Firm');
		expect(firm.now).toEqual(share(4, 2));
	});

	it('moves with the day it is asked about, never the clock', () => {
		// On 10 November the late SOP was due that very day: still within its cycle.
		const ana = report(plainDate('2026-11-10')).csas.find((r) => r.id === 'ana-silva')!;
		expect(ana.now).toEqual(share(2, 2));
		expect(ana.overdue).toEqual([]);
	});
});
