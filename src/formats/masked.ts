import type { Report } from '../engine/check.ts';
import { redact } from '../sensitive/scan.ts';
import { printableLine, printableLines } from '../text/printable.ts';

/**
 * The report with every text in it masked: file names, messages, hints, allowed values and
 * their reasons. Every format prints only what passed through here, so no format can show a
 * full account, card or tax number, or a secret, whatever a rule or a file name put in it.
 */
export function maskedReport(report: Report): Report {
	return {
		...report,
		diagnostics: report.diagnostics.map((d) => ({
			...d,
			file: redact(d.file),
			message: redact(d.message),
			hint: redact(d.hint),
		})),
		...(report.allowed
			? {
					allowed: report.allowed.map((a) => ({
						...a,
						file: redact(a.file),
						value: redact(a.value),
						reason: redact(a.reason),
					})),
				}
			: {}),
	};
}

/**
 * The report as a terminal, a CI log or a comment may print it: control characters from
 * content (an escape sequence in a title, a line break in a file name) written out, so they
 * show instead of recolouring the terminal or forging a line of their own. JSON escapes
 * them itself and keeps the names as they are.
 */
export function printableReport(report: Report): Report {
	return {
		...report,
		diagnostics: report.diagnostics.map((d) => ({
			...d,
			file: printableLine(d.file),
			message: printableLine(d.message),
			hint: printableLines(d.hint),
		})),
		...(report.allowed
			? {
					allowed: report.allowed.map((a) => ({
						...a,
						file: printableLine(a.file),
						value: printableLine(a.value),
						reason: printableLine(a.reason),
					})),
				}
			: {}),
	};
}
