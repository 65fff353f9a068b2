import { runCheck, type CheckOptions, type CheckResult } from './engine/check.ts';
import { RULES } from './rules/index.ts';

export type { AllowedValue, CheckResult, Report } from './engine/check.ts';

/** The whole check: the handbook at `options.root`, loaded once, judged by every registered rule. */
export function checkHandbook(
	options: Omit<CheckOptions, 'rules'> & { rules?: CheckOptions['rules'] },
): CheckResult {
	return runCheck({ ...options, rules: options.rules ?? RULES });
}
