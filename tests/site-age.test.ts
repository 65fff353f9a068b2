import { describe, expect, it } from 'vitest';
import { daysSinceBuild, staleNotice, type BuiltSite } from '../src/components/site-age.ts';

/** A site published by the morning run in Chicago on Friday 20 Nov 2026. */
const PUBLISHED: BuiltSite = {
	builtOn: '2026-11-20',
	timeZone: 'America/Chicago',
	source: 'clock',
};

describe('how old the site is, as the reader’s browser judges it', () => {
	it('counts calendar days in the handbook’s time zone, not the reader’s or UTC', () => {
		// 04:30 UTC on the 22nd is still the evening of the 21st in Chicago.
		expect(daysSinceBuild(PUBLISHED, new Date('2026-11-22T04:30:00Z'))).toBe(1);
		expect(daysSinceBuild(PUBLISHED, new Date('2026-11-22T06:00:00Z'))).toBe(2);
		// Across the change back to standard time (1 Nov) and a year end alike.
		expect(
			daysSinceBuild({ ...PUBLISHED, builtOn: '2026-10-31' }, new Date('2026-11-02T12:00:00Z')),
		).toBe(2);
		expect(
			daysSinceBuild({ ...PUBLISHED, builtOn: '2026-12-31' }, new Date('2027-01-02T18:00:00Z')),
		).toBe(2);
	});

	it('says nothing on the build day, the day after (before or after the morning publish), or on a clock behind the build', () => {
		for (const now of [
			'2026-11-20T23:00:00Z',
			'2026-11-21T12:00:00Z',
			'2026-11-22T05:59:00Z',
			'2026-11-01T12:00:00Z',
		]) {
			expect(staleNotice(PUBLISHED, new Date(now)), now).toBeUndefined();
		}
	});

	it('says the site is out of date once a whole morning publish has been missed', () => {
		expect(staleNotice(PUBLISHED, new Date('2026-11-22T06:00:00Z'))).toMatchInlineSnapshot(
			`"This site is out of date: it was built on Friday 20 Nov 2026 (America/Chicago), 2 days ago, and should be published again every morning. Reviews that have fallen due since then are not shown here. The latest run of the publish workflow, and the handbook's tracking issue, say why publishing stopped."`,
		);
	});

	it('says what day a build asked to judge by another day shows, without speaking of a missed publish', () => {
		expect(
			staleNotice({ ...PUBLISHED, source: 'set' }, new Date('2026-12-06T12:00:00Z')),
		).toMatchInlineSnapshot(
			`"This site judges the handbook as of Friday 20 Nov 2026 (America/Chicago), the date its build was asked to judge by, 16 days before today. Reviews that have fallen due since then are not shown here."`,
		);
	});

	it('says nothing rather than something wrong when the page’s data or the clock cannot be read', () => {
		const late = new Date('2027-01-01T12:00:00Z');
		expect(staleNotice({ ...PUBLISHED, builtOn: '' }, late)).toBeUndefined();
		expect(staleNotice({ ...PUBLISHED, builtOn: '20 Nov 2026' }, late)).toBeUndefined();
		expect(staleNotice({ ...PUBLISHED, timeZone: 'Mars/Olympus_Mons' }, late)).toBeUndefined();
		expect(staleNotice(PUBLISHED, new Date(Number.NaN))).toBeUndefined();
	});
});
