import { checkHandbook } from '../../src/check.ts';
import type { FailingExample, Rule, RuleExample } from '../../src/engine/rule.ts';
import { TODAY, writeHandbook } from './handbook.ts';

/**
 * What `rule` reports on the example handbook changed as `example` says: the message of each
 * of its findings, in the order the check prints them. An example with a base is checked as
 * `check --changed` checks a branch against it.
 */
export function exampleMessages(rule: Rule, example: RuleExample): string[] {
	const { files, base } = example;
	const only = base && {
		changed: new Set(Object.keys(files)),
		removed: new Set<string>(),
		base: new Map(
			Object.entries(base).filter((e): e is [string, string] => typeof e[1] === 'string'),
		),
	};
	const { report } = checkHandbook({
		root: writeHandbook(files),
		today: TODAY,
		rules: [rule],
		only,
	});
	return report.diagnostics.filter((d) => d.rule === rule.id).map((d) => d.message);
}

/** The messages a failing example pins, as a list. */
export function pinned(example: FailingExample): readonly string[] {
	return typeof example.message === 'string' ? [example.message] : example.message;
}
