import type { Report } from '../engine/check.ts';

const xml = (text: string) =>
	text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses or removes
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** JUnit XML: a test suite per file with findings, a failed test case per error. */
export function formatJunit(report: Report): string {
	const byFile = Map.groupBy(report.diagnostics, (d) => d.file);
	const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
	out.push(
		`<testsuites name="handbook check" tests="${report.diagnostics.length}" failures="${report.summary.errors}" timestamp="${report.today}">`,
	);
	for (const [file, diagnostics] of byFile) {
		const failures = diagnostics.filter((d) => d.severity === 'error').length;
		out.push(
			`  <testsuite name="${xml(file)}" tests="${diagnostics.length}" failures="${failures}">`,
		);
		for (const d of diagnostics) {
			const name = xml(`${d.rule} at line ${d.line}`);
			if (d.severity === 'error') {
				out.push(
					`    <testcase classname="${xml(file)}" name="${name}" file="${xml(file)}" line="${d.line}">`,
				);
				out.push(
					`      <failure message="${xml(d.message)}" type="${xml(d.rule)}">${xml(`${file}:${d.line}:${d.column} ${d.message}\n${d.hint}`)}</failure>`,
				);
				out.push('    </testcase>');
			} else {
				out.push(
					`    <testcase classname="${xml(file)}" name="${name}" file="${xml(file)}" line="${d.line}">`,
				);
				out.push(`      <system-out>${xml(`warning: ${d.message}\n${d.hint}`)}</system-out>`);
				out.push('    </testcase>');
			}
		}
		out.push('  </testsuite>');
	}
	out.push('</testsuites>');
	return `${out.join('\n')}\n`;
}
