import { type FileFinding, describeValue, scanHandbook } from '../sensitive/scan-handbook.ts';
import { redact, type SensitiveRule } from '../sensitive/scan.ts';
import type { Finding } from '../model/diagnostic.ts';
import type { Rule, RuleContext } from '../engine/rule.ts';

/** One scan per check, shared by the six sensitive rules. */
const cache = new WeakMap<RuleContext, FileFinding[]>();

export function sensitiveFindings(context: RuleContext): FileFinding[] {
	let found = cache.get(context);
	if (!found) cache.set(context, (found = scanHandbook(context.handbook, context.scope)));
	return found;
}

function hint(rule: SensitiveRule, tail: string, yaml: boolean): string {
	const masked = tail ? `Keep only the last four digits, e.g. "ending ${tail}" or ****${tail}. ` : 'Remove it and keep it in the password manager. ';
	const marker = yaml ? `# handbook-allow ${rule}: <why this is safe>` : `{/* handbook-allow ${rule}: <why this is safe> */}`;
	return `${masked}If it is truly safe (a published test number), mark the line before it:\n${marker}`;
}

const FILE_NAME_HINT = 'Rename the file so its name holds no such value; the name is its address and its entry in handbook.json, so no marker can allow it.';

function sensitiveRule(id: SensitiveRule, what: string): Rule {
	return {
		id,
		severity: 'error',
		description: `${what} in a content file (frontmatter or body); masked values are fine.`,
		*check(context): Iterable<Finding> {
			for (const f of sensitiveFindings(context)) {
				if (f.match.rule !== id || f.allowedBecause) continue;
				if (f.inFileName) {
					yield {
						file: f.file,
						line: f.line,
						column: f.column,
						message: `has what looks like ${describeValue(f.match)} in its file name, which is published in the page's address, in handbook.json and in search.`,
						hint: FILE_NAME_HINT,
					};
					continue;
				}
				const yaml = f.file.endsWith('.yaml') || f.file.endsWith('.yml') || (context.handbook.files.find((s) => s.path === f.file)?.bodyLine ?? 0) > f.line;
				yield {
					file: f.file,
					line: f.line,
					column: f.column,
					message: `contains what looks like ${describeValue(f.match)}. The handbook is read by everyone and indexed by search.${f.markerWithoutReason ? ' Its handbook-allow marker gives no reason, so it does not count.' : ''}`,
					hint: hint(id, f.match.tail, yaml),
				};
			}
		},
		*allowed(context) {
			for (const f of sensitiveFindings(context)) {
				if (f.match.rule === id && f.allowedBecause) yield { rule: id, file: f.file, line: f.line, value: describeValue(f.match), reason: redact(f.allowedBecause) };
			}
		},
	};
}

export const sensitiveRoutingNumber = sensitiveRule('sensitive/routing-number', 'A bank routing number');
export const sensitiveAccountNumber = sensitiveRule('sensitive/account-number', 'A bank account number');
export const sensitiveCardNumber = sensitiveRule('sensitive/card-number', 'A payment card number');
export const sensitiveSsn = sensitiveRule('sensitive/ssn', 'A Social Security number');
export const sensitiveTaxId = sensitiveRule('sensitive/tax-id', 'An EIN or ITIN');
export const sensitiveSecret = sensitiveRule('sensitive/secret', 'A private key, API token or password');
