import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/sensitive/scan.ts';
import { buildCorpus } from './corpus.ts';

describe('the sensitive-data scan over a labelled corpus', () => {
	const { positives, negatives } = buildCorpus();

	it('has at least 300 real-shaped values and 1,000 look-alikes', () => {
		expect(positives.length).toBeGreaterThanOrEqual(300);
		expect(negatives.length).toBeGreaterThanOrEqual(1_000);
	});

	it('finds every real-shaped value (100% recall) with at most 1% false positives', () => {
		const missed = positives.filter((s) => {
			const rules = new Set(scanText(s.text).map((m) => m.rule));
			return !s.expect.every((r) => rules.has(r));
		});
		const flagged = negatives.filter((s) => scanText(s.text).length > 0);
		const recall = 1 - missed.length / positives.length;
		const falsePositiveRate = flagged.length / negatives.length;
		console.log(
			`sensitive scan: recall ${(recall * 100).toFixed(1)}% (${positives.length - missed.length}/${positives.length}), ` +
				`false positives ${(falsePositiveRate * 100).toFixed(2)}% (${flagged.length}/${negatives.length})`,
		);
		expect(missed.map((s) => s.text)).toEqual([]);
		expect(
			falsePositiveRate,
			flagged
				.slice(0, 10)
				.map(
					(s) =>
						`${s.text} -> ${scanText(s.text)
							.map((m) => m.rule)
							.join(', ')}`,
				)
				.join('\n'),
		).toBeLessThanOrEqual(0.01);
	});

	it('never carries more than the last four digits of a number', () => {
		for (const s of positives) {
			for (const m of scanText(s.text)) expect(m.tail.length).toBeLessThanOrEqual(4);
		}
	});
});
