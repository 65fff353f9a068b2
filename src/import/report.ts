import { redact } from '../sensitive/scan.ts';
import { count } from '../text/plural.ts';

/** What `import` did, per document: the JSON of the contract, and its text. */

export interface ImportedEntry {
	source: string;
	file: string;
	id: string;
	status: 'draft' | 'active' | 'written';
	sections: { found: string[]; missing: string[] };
	/** How many values were masked. */
	masked: number;
	/** The last four digits of each masked value, for the text report. */
	maskedTails: string[];
	dropped: string[];
	todo: string[];
}

export interface SkippedEntry {
	source: string;
	reason: string;
}

export interface ImportReport {
	imported: ImportedEntry[];
	skipped: SkippedEntry[];
	dryRun: boolean;
}

/** The contract's JSON: `{ imported: [...], skipped: [...] }`, every text masked. */
export function reportJson(report: ImportReport): string {
	const json = {
		imported: report.imported.map((e) => ({
			source: redact(e.source),
			file: e.file,
			id: e.id,
			status: e.status,
			sections: e.sections,
			masked: e.masked,
			dropped: e.dropped.map(redact),
			todo: e.todo,
		})),
		skipped: report.skipped.map((s) => ({ source: redact(s.source), reason: redact(s.reason) })),
	};
	return `${JSON.stringify(json, null, 2)}\n`;
}

export function reportText(report: ImportReport): string {
	const lines: string[] = [];
	const verb = report.dryRun ? 'Would write' : 'Wrote';
	for (const e of report.imported) {
		lines.push(redact(e.source), `  ${verb} ${e.file}${e.status === 'draft' ? ' (draft)' : ''}`);
		if (e.sections.found.length + e.sections.missing.length > 0) {
			lines.push(
				`  Sections found: ${e.sections.found.join(', ') || 'none'}${e.sections.missing.length ? `; missing: ${e.sections.missing.join(', ')}` : ''}`,
			);
		}
		if (e.masked > 0)
			lines.push(
				`  Masked ${count(e.masked, 'value')}: ${e.maskedTails.map((t) => (t ? `ending ${t}` : 'a secret')).join(', ')}`,
			);
		for (const d of e.dropped) lines.push(`  Dropped ${redact(d)}`);
		for (const t of e.todo) lines.push(`  To do: ${t}`);
	}
	for (const s of report.skipped)
		lines.push(`${redact(s.source)}: not imported: ${redact(s.reason)}`);
	const drafts = report.imported.filter((e) => e.status === 'draft').length;
	lines.push(
		'',
		`${report.dryRun ? 'Would import' : 'Imported'} ${count(report.imported.length, 'file')}${drafts ? ` (${drafts} as drafts until what each still needs is filled in)` : ''}; ${report.skipped.length} not imported.`,
	);
	if (drafts > 0)
		lines.push(
			'A draft stays out of the site until its owner, backup, approvers and every section are filled in; then remove status: draft and run npm run check.',
		);
	return `${lines.join('\n')}\n`;
}
