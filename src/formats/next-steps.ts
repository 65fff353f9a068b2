import type { Report } from '../engine/check.ts';
import type { NextStep, Rule } from '../engine/rule.ts';
import { RULES } from '../rules/index.ts';
import { count } from '../text/plural.ts';

/**
 * What to do next: one line per `next` step of the rules that fired, counting together the
 * findings of rules that share a step, in the steps' priority order.
 */
export function nextSteps(report: Report, rules: readonly Rule[] = RULES): string[] {
	const byRule = new Map<string, number>();
	for (const d of report.diagnostics) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
	const found = new Map<NextStep, number>();
	for (const rule of rules) {
		const n = byRule.get(rule.id) ?? 0;
		if (n === 0 || !rule.next) continue;
		if (rule.next.onlyWithoutErrors && report.summary.errors > 0) continue;
		found.set(rule.next, (found.get(rule.next) ?? 0) + n);
	}
	const steps = [...found]
		.sort(([a], [b]) => a.priority - b.priority)
		.map(([step, n]) => step.advice(n));
	if (steps.length === 0 && report.summary.errors > 0)
		steps.push('Fix the errors above; each hint shows what to write.');
	return steps;
}

/** `2 errors and 1 warning`, `no problems`. */
export function tally(report: Report): string {
	const { errors, warnings } = report.summary;
	if (errors === 0 && warnings === 0) return 'no problems';
	const parts = [];
	if (errors > 0) parts.push(count(errors, 'error'));
	if (warnings > 0) parts.push(count(warnings, 'warning'));
	return parts.join(' and ');
}
