import type { Report } from '../engine/check.ts';
import { redact } from '../sensitive/scan.ts';

/**
 * The report with every text in it masked: file names, messages, hints, allowed values and
 * their reasons. Every format prints only what passed through here, so no format can show a
 * full account, card or tax number, or a secret, whatever a rule or a file name put in it.
 */
export function maskedReport(report: Report): Report {
	return {
		...report,
		diagnostics: report.diagnostics.map((d) => ({ ...d, file: redact(d.file), message: redact(d.message), hint: redact(d.hint) })),
		...(report.allowed ? { allowed: report.allowed.map((a) => ({ ...a, file: redact(a.file), value: redact(a.value), reason: redact(a.reason) })) } : {}),
	};
}
