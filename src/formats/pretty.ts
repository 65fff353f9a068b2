import type { Report } from '../engine/check.ts';
import { count } from '../text/plural.ts';
import { nextSteps, tally } from './next-steps.ts';

export interface PrettyOptions {
	color: boolean;
}

const CODES = { red: [31, 39], yellow: [33, 39], green: [32, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;

/** Findings grouped by file as `line:col  severity  message  [rule]`, then a counted summary and the next step. */
export function formatPretty(report: Report, { color }: PrettyOptions): string {
	const paint = (style: keyof typeof CODES, text: string) => (color ? `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m` : text);
	const lines: string[] = [];
	let currentFile = '';
	const files = new Set<string>();
	for (const d of report.diagnostics) {
		if (d.file !== currentFile) {
			if (currentFile) lines.push('');
			currentFile = d.file;
			files.add(d.file);
			lines.push(paint('underline', d.file));
		}
		const where = `${d.line}:${d.column}`.padEnd(7);
		const severity = d.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning');
		lines.push(`  ${where} ${severity}  ${d.message}  ${paint('dim', `[${d.rule}]`)}`);
		const [first, ...rest] = d.hint.split('\n');
		lines.push(paint('dim', `          hint: ${first}`));
		for (const line of rest) lines.push(paint('dim', `                ${line}`));
	}
	if (lines.length > 0) lines.push('');
	for (const a of report.allowed ?? []) lines.push(paint('dim', `allowed  ${a.file}:${a.line}  ${a.value}  [${a.rule}]  reason: ${a.reason}`));
	if (report.allowed?.length) lines.push('');
	const { errors } = report.summary;
	const mark = errors > 0 ? paint('red', '✖') : report.summary.warnings > 0 ? paint('yellow', '!') : paint('green', '✔');
	const where = files.size > 0 ? ` in ${count(files.size, 'file')}` : '';
	lines.push(paint('bold', `${mark} ${tally(report)}${where}; ${count(report.summary.files, 'file')} checked as of ${report.today}.`));
	for (const step of nextSteps(report)) lines.push(`  Next: ${step}`);
	return `${lines.join('\n')}\n`;
}
