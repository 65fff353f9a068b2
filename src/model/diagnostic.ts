export type Severity = 'error' | 'warning';

/** What a rule reports: where, what is wrong, and how to fix it. */
export interface Finding {
	/** Path relative to the handbook root, forward slashes. */
	file: string;
	line: number;
	column: number;
	message: string;
	hint: string;
}

/** A finding stamped with the rule that made it. */
export interface Diagnostic extends Finding {
	rule: string;
	severity: Severity;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
	if (a.file !== b.file) return a.file < b.file ? -1 : 1;
	if (a.line !== b.line) return a.line - b.line;
	if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
	return a.column - b.column;
}
