import { describe, expect, it } from 'vitest';
import { aroundChanges, type DiffLine } from '../src/site/steps-history.ts';

const same = (text: string): DiffLine => ({ kind: 'same', text });

describe('what the before-and-after of the steps shows', () => {
	it('shows each change with one unchanged line either side, and counts the unchanged lines it leaves out', () => {
		const lines: DiffLine[] = [
			same('1. Open the run.'),
			same('2. Check the approvals.'),
			same('3. Match each bill.'),
			{ kind: 'removed', text: '4. Release the run.' },
			{ kind: 'added', text: '4. Release the run before 2 pm.' },
			same('5. Send the confirmation.'),
			same('6. File the report.'),
			same('7. Close the day.'),
		];
		expect(aroundChanges(lines)).toEqual([
			{ kind: 'gap', count: 2 },
			same('3. Match each bill.'),
			lines[3],
			lines[4],
			same('5. Send the confirmation.'),
			{ kind: 'gap', count: 2 },
		]);
	});

	it('keeps two changes apart by one unchanged line as one stretch, and shows nothing left out when all lines are near a change', () => {
		const lines: DiffLine[] = [
			{ kind: 'added', text: 'a' },
			same('b'),
			{ kind: 'removed', text: 'c' },
		];
		expect(aroundChanges(lines)).toEqual(lines);
	});
});
