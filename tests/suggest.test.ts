import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, editDistance, editDistanceWithin } from '../src/text/suggest.ts';

/** The plain definition: compare with every name, the first of equals wins. */
function closestByFullTable(input: string, known: string[]): string | undefined {
	const needle = input.toLowerCase().replace(/[\s_]+/g, '_');
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of known) {
		const distance = editDistance(needle, candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	if (best === undefined) return undefined;
	return bestDistance <= Math.max(2, Math.floor(Math.max(input.length, best.length) / 3))
		? best
		: undefined;
}

const word = fc.string({
	unit: fc.constantFrom('a', 'b', 'c', '-', '/', 'd', 'A', '_', ' ', '1', 'é'),
	maxLength: 14,
});

describe('suggestions for a name that names nothing', () => {
	it('the bounded distance equals the full one whenever it is within the bound', () => {
		fc.assert(
			fc.property(word, word, fc.nat(8), (a, b, limit) => {
				const full = editDistance(a, b);
				expect(editDistanceWithin(a, b, limit)).toBe(full <= limit ? full : limit + 1);
			}),
			{ numRuns: 3000, seed: 7 },
		);
	});

	it('suggests exactly what comparing with every name would suggest', () => {
		fc.assert(
			fc.property(word, fc.array(word, { maxLength: 30 }), (input, known) => {
				expect(closest(input, known)).toBe(closestByFullTable(input, known));
			}),
			{ numRuns: 3000, seed: 11 },
		);
	});
});
