import type { PlainDate } from '../schemas/date.ts';
import type { Finding, Severity } from '../model/diagnostic.ts';
import type { Handbook } from '../model/handbook.ts';
import type { SourceFile } from '../model/source-file.ts';
import type { FieldPath } from '../model/yaml-source.ts';

export interface RuleContext {
	handbook: Handbook;
	/** The day the handbook is judged on. */
	today: PlainDate;
	/** Days before a due date that count as due soon. */
	warnDays: number;
	/** When set, only these files are reported on; body rules read no other file. */
	scope?: ReadonlySet<string> | undefined;
}

/** One check, with a stable id. `body` rules read the MDX body and may be skipped for speed. */
export interface Rule {
	id: string;
	severity: Severity;
	/** One line, for the README and `--help`. */
	description: string;
	reads?: 'frontmatter' | 'body';
	check(context: RuleContext): Iterable<Finding>;
	/** What an inline marker lets through for this rule, with the author's reason, for the report. */
	allowed?(context: RuleContext): Iterable<AllowedValue>;
}

/** A value a rule would report that an author marked safe, with the reason. */
export interface AllowedValue {
	rule: string;
	file: string;
	line: number;
	/** At most the last four digits. */
	value: string;
	reason: string;
}

/** A finding on the line of the frontmatter field at `path`. */
export function at(file: SourceFile, path: FieldPath, message: string, hint: string): Finding {
	return { file: file.path, ...file.locate(path), message, hint };
}
