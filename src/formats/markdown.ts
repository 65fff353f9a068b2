import type { Report } from '../engine/check.ts';
import { nextSteps, tally } from './next-steps.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');

/** A Markdown summary for a pull-request comment or a CI job summary. */
export function formatMarkdown(report: Report): string {
	const { errors, warnings, files } = report.summary;
	const mark = errors > 0 ? '❌' : warnings > 0 ? '⚠️' : '✅';
	const out = [`## ${mark} Handbook check`, '', `${tally(report)} in ${files} files, as of ${report.today}.`, ''];
	if (report.diagnostics.length > 0) {
		out.push('| | Where | Problem | How to fix | Rule |', '| --- | --- | --- | --- | --- |');
		for (const d of report.diagnostics) {
			const icon = d.severity === 'error' ? '❌' : '⚠️';
			out.push(`| ${icon} | \`${cell(d.file)}:${d.line}\` | ${cell(d.message)} | ${cell(d.hint)} | \`${d.rule}\` |`);
		}
		out.push('');
	}
	if (report.allowed?.length) {
		out.push('Allowed by a marker in the file:', '');
		for (const a of report.allowed) out.push(`- \`${cell(a.file)}:${a.line}\` ${cell(a.value)} (\`${a.rule}\`): ${cell(a.reason)}`);
		out.push('');
	}
	for (const step of nextSteps(report)) out.push(`- **Next:** ${step}`);
	return `${out.join('\n')}\n`;
}
