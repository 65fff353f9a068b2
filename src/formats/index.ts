import type { Report } from '../engine/check.ts';
import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import { formatJunit } from './junit.ts';
import { formatMarkdown } from './markdown.ts';
import { maskedReport, printableReport } from './masked.ts';
import type { Format } from './names.ts';
import { formatPretty } from './pretty.ts';

/**
 * The report in `format`; what any format shows has been masked first, and what a format
 * other than JSON prints has its control characters written out (see masked.ts).
 */
export function formatReport(
	unmasked: Report,
	format: Format,
	options: { color: boolean },
): string {
	const masked = maskedReport(unmasked);
	if (format === 'json') return formatJson(masked);
	const report = printableReport(masked);
	switch (format) {
		case 'pretty':
			return formatPretty(report, options);
		case 'github':
			return formatGithub(report);
		case 'junit':
			return formatJunit(report);
		case 'markdown':
			return formatMarkdown(report);
	}
}
