import type { Report } from '../engine/check.ts';
import { nextSteps, tally } from './next-steps.ts';

const escapeData = (text: string) =>
	text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per finding, on the file and line. */
export function formatGithub(report: Report): string {
	const lines = report.diagnostics.map((d) => {
		const command = d.severity === 'error' ? 'error' : 'warning';
		const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.rule)}`;
		return `::${command} ${props}::${escapeData(`${d.message}\n${d.hint}`)}`;
	});
	for (const a of report.allowed ?? []) {
		lines.push(
			`::notice file=${escapeProperty(a.file)},line=${a.line},title=${escapeProperty(`${a.rule} allowed`)}::${escapeData(`${a.value}: ${a.reason}`)}`,
		);
	}
	lines.push(
		`Handbook check as of ${report.today}: ${tally(report)} in ${report.summary.files} files.`,
	);
	for (const step of nextSteps(report)) lines.push(`Next: ${step}`);
	return `${lines.join('\n')}\n`;
}
