import { describe, expect, it } from 'vitest';
import {
	countsAsTrained,
	lastMaterialChange,
	materialChanges,
	recentChange,
	retrainState,
	trainedOnCurrentVersion,
} from '../src/dates/revision.ts';
import { plainDate } from '../src/schemas/date.ts';

const log = (...entries: [date: string, change?: 'material' | 'editorial', note?: string][]) => ({
	reviews: entries.map(([date, change, note]) => ({
		date: plainDate(date),
		by: 'ana-silva',
		...(change ? { change } : {}),
		...(note ? { note } : {}),
	})),
});

describe('the revision of a document', () => {
	it('is the last material change, not the last review', () => {
		const doc = log(
			['2026-03-01', 'material', 'New cut-off.'],
			['2026-06-01', 'editorial', 'Typos.'],
			['2026-09-01'],
		);
		expect(lastMaterialChange(doc)).toEqual({
			date: '2026-03-01',
			note: 'New cut-off.',
			by: 'ana-silva',
		});
	});

	it('has none when every entry is editorial or unmarked, and then every training is current', () => {
		const doc = log(['2026-03-01'], ['2026-06-01', 'editorial']);
		expect(lastMaterialChange(doc)).toBeUndefined();
		expect(trainedOnCurrentVersion(doc, plainDate('2020-01-01'))).toBe(true);
	});

	it('lists material changes newest first', () => {
		const doc = log(
			['2026-01-05', 'material', 'A.'],
			['2026-02-01'],
			['2026-04-30', 'material', 'B.'],
		);
		expect(materialChanges(doc).map((c) => c.note)).toEqual(['B.', 'A.']);
	});
});

describe('a training against the current version', () => {
	const doc = log(['2026-01-31', 'material', 'Approvals over $5,000 go to the controller.']);

	it('counts a training on the day of the material change as current', () => {
		expect(trainedOnCurrentVersion(doc, plainDate('2026-01-31'))).toBe(true);
		expect(retrainState(doc, plainDate('2026-01-31'), plainDate('2026-03-01'), 14)).toEqual({
			state: 'current',
		});
	});

	it('counts a training the day before the change as an older version', () => {
		expect(trainedOnCurrentVersion(doc, plainDate('2026-01-30'))).toBe(false);
	});

	it('is due on the last day of the window and overdue the day after, across a month end', () => {
		// 31 January + 14 days is 14 February.
		expect(retrainState(doc, plainDate('2026-01-30'), plainDate('2026-02-14'), 14)).toMatchObject({
			state: 'retrain-due',
			due: '2026-02-14',
			daysLeft: 0,
		});
		expect(retrainState(doc, plainDate('2026-01-30'), plainDate('2026-02-15'), 14)).toMatchObject({
			state: 'retrain-overdue',
			due: '2026-02-14',
			daysOver: 1,
		});
	});

	it('counts someone trained on an older version until the window ends, and not after', () => {
		expect(countsAsTrained(doc, plainDate('2026-01-30'), plainDate('2026-02-14'), 14)).toBe(true);
		expect(countsAsTrained(doc, plainDate('2026-01-30'), plainDate('2026-02-15'), 14)).toBe(false);
		expect(countsAsTrained(doc, plainDate('2026-01-31'), plainDate('2027-01-01'), 14)).toBe(true);
	});

	it('runs the window through the end of February in a leap year', () => {
		const leap = log(['2028-02-20', 'material', 'New approver.']);
		expect(retrainState(leap, plainDate('2028-01-01'), plainDate('2028-03-05'), 14)).toMatchObject({
			state: 'retrain-due',
			due: '2028-03-05',
		});
		expect(retrainState(leap, plainDate('2028-01-01'), plainDate('2028-03-06'), 14)).toMatchObject({
			state: 'retrain-overdue',
		});
	});
});

describe('the banner of a recent change', () => {
	const doc = log(['2026-10-21', 'material', 'New cut-off.']);

	it('shows for the configured number of days after the change, and not after', () => {
		expect(recentChange(doc, plainDate('2026-11-20'), 30)?.note).toBe('New cut-off.');
		expect(recentChange(doc, plainDate('2026-11-21'), 30)).toBeUndefined();
	});
});
