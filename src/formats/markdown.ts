import type { Report } from '../engine/check.ts';
import { inertCode, inertMarkdown, inertMarkdownLines } from '../text/markdown.ts';
import { nextSteps, tally } from './next-steps.ts';

/** A place in a file, in monospace. */
const where = (file: string, line: number) => inertCode(`${file}:${line}`);

/**
 * A Markdown summary for a pull-request comment or a CI job summary. Every text that
 * comes from content (file names, messages and hints, which quote the author's values and
 * YAML lines, allowed values and their reasons) is made inert: it shows as written and
 * cannot add a tag, a link, a mention or a table column.
 */
export function formatMarkdown(report: Report): string {
	const { errors, warnings, files } = report.summary;
	const mark = errors > 0 ? '❌' : warnings > 0 ? '⚠️' : '✅';
	const out = [
		`## ${mark} Handbook check`,
		'',
		`${tally(report)} in ${files} files, as of ${report.today}.`,
		'',
	];
	if (report.diagnostics.length > 0) {
		out.push('| | Where | Problem | How to fix | Rule |', '| --- | --- | --- | --- | --- |');
		for (const d of report.diagnostics) {
			const icon = d.severity === 'error' ? '❌' : '⚠️';
			out.push(
				`| ${icon} | ${where(d.file, d.line)} | ${inertMarkdownLines(d.message)} | ${inertMarkdownLines(d.hint)} | \`${d.rule}\` |`,
			);
		}
		out.push('');
	}
	if (report.allowed?.length) {
		out.push('Allowed by a marker in the file:', '');
		for (const a of report.allowed)
			out.push(
				`- ${where(a.file, a.line)} ${inertMarkdown(a.value)} (\`${a.rule}\`): ${inertMarkdown(a.reason)}`,
			);
		out.push('');
	}
	for (const step of nextSteps(report)) out.push(`- **Next:** ${step}`);
	return `${out.join('\n')}\n`;
}
