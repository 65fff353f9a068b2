import type { Report } from '../engine/check.ts';

/** Exactly one JSON document: `{ today, summary, diagnostics }`. */
export function formatJson(report: Report): string {
	return `${JSON.stringify(report, null, 2)}\n`;
}
