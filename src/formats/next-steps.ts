import type { Report } from '../engine/check.ts';
import { count } from '../text/plural.ts';

/** What to do next, in priority order, from the rules that fired. */
export function nextSteps(report: Report): string[] {
	const byRule = new Map<string, number>();
	for (const d of report.diagnostics) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
	const n = (prefix: string) => [...byRule].filter(([rule]) => rule.startsWith(prefix)).reduce((sum, [, c]) => sum + c, 0);
	const steps: string[] = [];
	const broken = n('yaml/') + n('frontmatter/') + n('config/') + n('mdx/') + n('id/');
	if (broken > 0) steps.push(`Fix the ${count(broken, 'file problem')} first: other rules cannot judge a file they cannot read.`);
	const overdue = byRule.get('review/overdue') ?? 0;
	if (overdue > 0) {
		steps.push(`${count(overdue, 'document is', 'documents are')} past review. Review each with its owner, then set last_reviewed and add an entry under reviews.`);
	}
	const backups = n('backup/');
	if (backups > 0) steps.push(`${count(backups, 'SOP has', 'SOPs have')} no usable backup. Cross-train a colleague and record them under backup.`);
	const approvals = n('approval/');
	if (approvals > 0) steps.push(`${count(approvals, 'approval problem')}: every document in use needs an approver other than its owner.`);
	const refs = n('ref/') + (byRule.get('links/broken') ?? 0);
	if (refs > 0) steps.push(`${count(refs, 'reference points', 'references point')} nowhere. Use the id of an existing file (its name without extension).`);
	const sensitive = n('sensitive/');
	if (sensitive > 0) steps.unshift(`${count(sensitive, 'sensitive value')} must come out of the handbook before anything else: mask it to the last four digits.`);
	const orphaned = byRule.get('owner/inactive') ?? 0;
	if (orphaned > 0) steps.push(`${count(orphaned, 'document has an owner', 'documents have owners')} who left. Hand each to an active colleague.`);
	const soon = byRule.get('review/due-soon') ?? 0;
	if (soon > 0 && report.summary.errors === 0) steps.push(`${count(soon, 'review falls', 'reviews fall')} due soon. Plan them with the owners.`);
	if (steps.length === 0 && report.summary.errors > 0) steps.push('Fix the errors above; each hint shows what to write.');
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
