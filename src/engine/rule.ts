import type { PlainDate } from '../schemas/date.ts';
import type { Finding, Severity } from '../model/diagnostic.ts';
import type { Handbook } from '../model/handbook.ts';
import type { HandbookConfig } from '../schemas/config.ts';
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
	/**
	 * With `check --changed`: the text on the base branch of each changed file that was
	 * there, by path. Rules that compare a change with what it changes read it.
	 */
	base?: ReadonlyMap<string, string> | undefined;
}

/**
 * One check, with a stable id, and everything a reader learns about it: the rule
 * table, the site's rules page, the `rules` command and the summary's "Next:" lines are all
 * made from these fields, and its examples run as tests.
 * `body` rules read the MDX body and may be skipped for speed.
 */
export interface Rule {
	id: string;
	severity: Severity;
	/** One line of plain text: what the rule reports. Shown by `rules`, docs/rules.md and the site. */
	description: string;
	/** Why the team wants it, in a sentence or two of Markdown. */
	why: string;
	/** How to fix a finding, one line of Markdown; each finding's hint says it for the case at hand. */
	fix: string;
	/** The summary's advice when the rule reports something; rules without one fall back to "fix the errors above". */
	next?: NextStep | undefined;
	/** Changes to the standard example handbook that make the rule report, and that do not. */
	examples: RuleExamples;
	reads?: 'frontmatter' | 'body';
	/**
	 * What the rule does with one file alone (parse its body, lint it), done once per file
	 * and shared by every rule naming the same work; `check` reads it with `workOn`. Its
	 * result is plain data, kept between runs by `check --cache`.
	 */
	work?: FileWork<unknown> | undefined;
	check(context: RuleContext): Iterable<Finding>;
	/** What an inline marker lets through for this rule, with the author's reason, for the report. */
	allowed?(context: RuleContext): Iterable<AllowedValue>;
}

/**
 * A "Next:" line of the summary. Rules that share one `NextStep` object share its line,
 * which counts the findings of them all; lines appear by `priority`, lowest first.
 */
export interface NextStep {
	/** Lowest first; `src/rules/utils/next-steps.ts` lists the scale. */
	priority: number;
	/** Leave the line out while the report has errors (a warning waits until they are fixed). */
	onlyWithoutErrors?: boolean;
	/** The line, for this many findings. */
	advice(count: number): string;
}

/**
 * Files to write over the standard example handbook (`src/rules/utils/base-handbook.ts`),
 * by path from the handbook root: text adds or replaces a file, `null` removes it, and
 * `{ link }` makes a symbolic link to `link`, and `{ latin1 }` writes the text in the
 * Windows-1252/Latin-1 encoding old wiki and Word exports use, not UTF-8.
 */
export type ExampleFiles = Readonly<
	Record<string, string | null | { link: string } | { latin1: string }>
>;

export interface RuleExample {
	/** What the example shows, in a few words: "the owner is also an approver". */
	title: string;
	files: ExampleFiles;
	/** The files as they are on the base branch: the example is checked as `check --changed` checks `files` against them. */
	base?: ExampleFiles;
	/** Why the example is kept off the site's rules page, when it is (a real-shaped card number would fail the check of the page itself). */
	unpublished?: string;
}

/** An example that makes the rule report, with what it reports. */
export interface FailingExample extends RuleExample {
	/**
	 * The message of the finding the rule reports on the example, exactly; a list when it
	 * reports more than one, in the order the check prints them. The rules page shows it under
	 * the example, and a test holds the rule to it.
	 */
	message: string | readonly string[];
}

export interface RuleExamples {
	/** Each makes the rule report exactly the findings its `message` says. */
	fails: readonly FailingExample[];
	/** Each makes the rule report nothing. */
	passes: readonly RuleExample[];
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

/**
 * Work on one file alone. Its result depends only on the file, the handbook root and the
 * config, and is plain data (`check --cache` keeps it between runs).
 */
export interface FileWork<T> {
	/** Unique among the rules' works. */
	name: string;
	run(file: SourceFile, env: { root: string; config: HandbookConfig }): T;
	/** False when this file's result also depends on other files (so it is done again on every run). */
	keep?(file: SourceFile): boolean;
}

/** What `work` found in `file`: kept from an earlier run, or done now, once. */
export function workOn<T>(work: FileWork<T>, file: SourceFile, handbook: Handbook): T {
	if (file.work.has(work.name)) return file.work.get(work.name) as T;
	const result = work.run(file, { root: handbook.root, config: handbook.config });
	file.work.set(work.name, result);
	return result;
}

/** A finding on the line of the frontmatter field at `path`. */
export function at(file: SourceFile, path: FieldPath, message: string, hint: string): Finding {
	return { file: file.path, ...file.locate(path), message, hint };
}
