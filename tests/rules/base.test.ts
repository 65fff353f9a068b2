import { describe, expect, it } from 'vitest';
import { check } from '../support/handbook.ts';

describe('the base fixture', () => {
	it('passes every rule, so each failing case below is caused by its one change', () => {
		const report = check();
		expect(report.diagnostics).toEqual([]);
		expect(report.summary).toEqual({ files: 13, errors: 0, warnings: 0 });
	});
});
