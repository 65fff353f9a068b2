import type { PlainDate } from '../schemas/date.ts';
import type { Finding, Severity } from './diagnostic.ts';
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
}

/** A finding on the line of the frontmatter field at `path`. */
export function at(file: SourceFile, path: FieldPath, message: string, hint: string): Finding {
	return { file: file.path, ...file.locate(path), message, hint };
}

/** A plural-aware count: `1 day`, `3 days`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
	return `${n} ${n === 1 ? singular : plural}`;
}
