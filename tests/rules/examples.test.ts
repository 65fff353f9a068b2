import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.ts';
import { exampleMessages, pinned } from '../support/rule-examples.ts';

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
	it('has at least one example that fails and one that passes', () => {
		expect(rule.examples.fails.length).toBeGreaterThan(0);
		expect(rule.examples.passes.length).toBeGreaterThan(0);
	});

	it.each(rule.examples.fails.map((e) => [e.title, e] as const))(
		'reports %s, with exactly the message the example pins',
		(_title, example) => {
			expect(pinned(example).length).toBeGreaterThan(0);
			expect(exampleMessages(rule, example)).toEqual(pinned(example));
		},
	);

	it.each(rule.examples.passes.map((e) => [e.title, e] as const))(
		'does not report %s',
		(_title, example) => {
			expect(exampleMessages(rule, example)).toEqual([]);
		},
	);
});
