import type { NextStep } from '../../engine/rule.ts';
import { count } from '../../text/plural.ts';

/*
 * "Next:" lines that several rules share. Priorities, lowest first: 0 sensitive values,
 * 10 file problems, 20 overdue reviews, 30 backups, 40 approvals, 50 references,
 * 60 owners who left, 65 coverage gaps and people to re-train, 70 reviews due soon. A rule with its own line keeps it
 * in its file.
 */

/** Files the check cannot read: every other rule depends on them. */
export const FILE_PROBLEMS: NextStep = {
	priority: 10,
	advice: (n) =>
		`Fix the ${count(n, 'file problem')} first: other rules cannot judge a file they cannot read.`,
};

export const NO_USABLE_BACKUP: NextStep = {
	priority: 30,
	advice: (n) =>
		`${count(n, 'SOP has', 'SOPs have')} no usable backup. Cross-train a colleague and record them under backup.`,
};

export const APPROVAL_PROBLEMS: NextStep = {
	priority: 40,
	advice: (n) =>
		`${count(n, 'approval problem')}: every document in use needs an approver other than its owner.`,
};

export const REFERENCES_NOWHERE: NextStep = {
	priority: 50,
	advice: (n) =>
		`${count(n, 'reference points', 'references point')} nowhere. Use the id of an existing file (its name without extension).`,
};

export const COVERAGE_GAPS: NextStep = {
	priority: 65,
	onlyWithoutErrors: true,
	advice: (n) =>
		`${count(n, 'coverage gap')} in the coming weeks. The coverage page lists them worst first, each with what to fix.`,
};

/** Every sensitive value comes first: it is exposed for as long as it stays. */
export const SENSITIVE_VALUES: NextStep = {
	priority: 0,
	advice: (n) =>
		`${count(n, 'sensitive value')} must come out of the handbook before anything else: mask numbers to their last four digits, and remove passwords and keys (they belong in the password manager).`,
};
