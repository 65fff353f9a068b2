import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../../src/check.ts';
import type { ExampleFiles, Rule } from '../../src/engine/rule.ts';
import { RULES } from '../../src/rules/index.ts';
import { TODAY, writeHandbook } from '../support/handbook.ts';

/** What `rule` reports on the example handbook with `files` changed, as `file:line message`. */
function reported(rule: Rule, files: ExampleFiles, base?: ExampleFiles): string[] {
	// An example with a base is checked as `check --changed` checks a branch against it.
	const only = base && {
		changed: new Set(Object.keys(files)),
		removed: new Set<string>(),
		base: new Map(Object.entries(base).filter((e): e is [string, string] => typeof e[1] === 'string')),
	};
	const { report } = checkHandbook({ root: writeHandbook(files), today: TODAY, rules: [rule], only });
	return report.diagnostics.filter((d) => d.rule === rule.id).map((d) => `${d.file}:${d.line} ${d.message}`);
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
	it('has at least one example that fails and one that passes', () => {
		expect(rule.examples.fails.length).toBeGreaterThan(0);
		expect(rule.examples.passes.length).toBeGreaterThan(0);
	});

	it.each(rule.examples.fails.map((e) => [e.title, e] as const))('reports %s', (_title, example) => {
		expect(reported(rule, example.files, example.base)).not.toEqual([]);
	});

	it.each(rule.examples.passes.map((e) => [e.title, e] as const))('does not report %s', (_title, example) => {
		expect(reported(rule, example.files, example.base)).toEqual([]);
	});
});
