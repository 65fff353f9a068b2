import { styleText } from 'node:util';
import type { Report } from '../engine/check.ts';
import { count } from '../text/plural.ts';
import { nextSteps, tally } from './next-steps.ts';

export interface PrettyOptions {
	/** Whether to colour it: `colorsFor` the stream it goes to (`color.ts`). */
	color: boolean;
}

type Style = 'red' | 'yellow' | 'green' | 'dim' | 'bold' | 'underline';

/** Findings grouped by file as `line:col  severity  message  [rule]`, then a counted summary and the next step. */
export function formatPretty(report: Report, { color }: PrettyOptions): string {
	// The stream was judged once, by `colorsFor`: the report may be kept and printed again (check --cache).
	const paint = (style: Style, text: string) =>
		color ? styleText(style, text, { validateStream: false }) : text;
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
	for (const a of report.allowed ?? [])
		lines.push(
			paint('dim', `allowed  ${a.file}:${a.line}  ${a.value}  [${a.rule}]  reason: ${a.reason}`),
		);
	if (report.allowed?.length) lines.push('');
	const { errors } = report.summary;
	const mark =
		errors > 0
			? paint('red', '✖')
			: report.summary.warnings > 0
				? paint('yellow', '!')
				: paint('green', '✔');
	const where = files.size > 0 ? ` in ${count(files.size, 'file')}` : '';
	lines.push(
		paint(
			'bold',
			`${mark} ${tally(report)}${where}; ${count(report.summary.files, 'file')} checked as of ${report.today}.`,
		),
	);
	for (const step of nextSteps(report)) lines.push(`  Next: ${step}`);
	return `${lines.join('\n')}\n`;
}
