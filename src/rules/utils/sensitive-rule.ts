import { type FileFinding, describeValue } from '../../sensitive/scan-handbook.ts';
import { redact, type SensitiveRule } from '../../sensitive/scan.ts';
import type { Finding } from '../../model/diagnostic.ts';
import type { Rule, RuleExamples } from '../../engine/rule.ts';
import { SENSITIVE_VALUES } from './next-steps.ts';
import { sensitiveFindings, sensitiveScan } from './sensitive-scan.ts';

function hint(rule: SensitiveRule, tail: string, yaml: boolean): string {
	const masked = tail
		? `Keep only the last four digits, e.g. "ending ${tail}" or ****${tail}. `
		: 'Remove it and keep it in the password manager. ';
	const marker = yaml
		? `# handbook-allow ${rule}: <why this is safe>`
		: `{/* handbook-allow ${rule}: <why this is safe> */}`;
	return `${masked}If it is truly safe (a published test number), mark the line before it:\n${marker}`;
}

/** Why a marker next to the value did not allow it. */
function markerProblem(f: FileFinding): string {
	if (f.markerWithoutReason)
		return ' Its handbook-allow marker gives no reason, so it does not count.';
	if (f.markerReasonTooShort)
		return ' Its handbook-allow marker does not say why in a few words (at least three), so it does not count.';
	return '';
}

const FILE_NAME_HINT =
	'Rename the file so its name holds no such value; the name is its address and its entry in handbook.json, so no marker can allow it.';

/** Why a failing example is not printed on the site's rules page. */
export const REAL_SHAPED =
	'it holds a real-shaped value, which the check of the page itself would report';

export function sensitiveRule(
	id: SensitiveRule,
	what: string,
	about: { looksLike: string; why: string; fix?: string; examples: RuleExamples },
): Rule {
	return {
		id,
		severity: 'error',
		// The body is read as the build parses it, so these are body rules.
		reads: 'body',
		work: sensitiveScan,
		description: `${what} in a content file or the config, read as the site renders it (frontmatter as parsed, body as the reader sees it, attributes and links included): ${about.looksLike}; masked values are fine.`,
		why: about.why,
		fix:
			about.fix ??
			'Mask it to the last four digits (`ending 4821`, `****4821`); a value that is truly safe passes with a `handbook-allow` marker in a comment on its line or the line before, with a reason of a few words.',
		next: SENSITIVE_VALUES,
		examples: about.examples,
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
				const yaml =
					f.file.endsWith('.yaml') ||
					f.file.endsWith('.yml') ||
					(context.handbook.files.find((s) => s.path === f.file)?.bodyLine ?? 0) > f.line;
				yield {
					file: f.file,
					line: f.line,
					column: f.column,
					message: `contains what looks like ${describeValue(f.match)}. The handbook is read by everyone and indexed by search.${markerProblem(f)}`,
					hint: hint(id, f.match.tail, yaml),
				};
			}
		},
		*allowed(context) {
			for (const f of sensitiveFindings(context)) {
				if (f.match.rule === id && f.allowedBecause)
					yield {
						rule: id,
						file: f.file,
						line: f.line,
						value: describeValue(f.match),
						reason: redact(f.allowedBecause),
					};
			}
		},
	};
}
