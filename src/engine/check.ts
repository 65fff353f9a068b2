import { resolve } from 'node:path';
import type { PlainDate } from '../schemas/date.ts';
import { compareDiagnostics, type Diagnostic } from '../model/diagnostic.ts';
import type { Handbook } from '../model/handbook.ts';
import { type FileRead, loadConfig, loadHandbook } from '../model/load.ts';
import type { AllowedValue, Rule } from './rule.ts';

export type { AllowedValue };
import { affectedFiles } from './scope.ts';
import { redact } from '../sensitive/scan.ts';
import { CONFIG_FILE } from '../paths.ts';

export interface CheckOptions {
	/** The handbook root: the folder holding `src/content`. */
	root: string;
	/** The day to judge the handbook on. */
	today: PlainDate;
	/** Overrides the config's warning window. */
	warnDays?: number | undefined;
	/** Skip rules that read MDX bodies (used to measure the metadata rules alone). */
	frontmatterOnly?: boolean;
	/** The rules to run: every registered rule in `src/check.ts`, a few in tests. */
	rules: readonly Rule[];
	/** Check only what these changes can affect (`check --changed`). */
	only?:
		| {
				changed: ReadonlySet<string>;
				removed: ReadonlySet<string>;
				base?: ReadonlyMap<string, string> | undefined;
		  }
		| undefined;
	/** Files an earlier run read, and the rules' work on them, unchanged since (`check --cache`). */
	reads?: ReadonlyMap<string, FileRead> | undefined;
}

/** The report `check` prints, in every format; `--format json` prints exactly this. */
export interface Report {
	today: PlainDate;
	summary: { files: number; errors: number; warnings: number };
	diagnostics: Diagnostic[];
	/** Sensitive-looking values an inline marker allows, with the reason; present only when there are some. */
	allowed?: AllowedValue[];
}

export interface CheckResult {
	report: Report;
	handbook: Handbook;
}

/** Loads the handbook once and runs the given rules over it. */
export function runCheck(options: CheckOptions): CheckResult {
	const root = resolve(options.root);
	const { config, diagnostics: configProblems } = loadConfig(root, options.today);
	const handbook = loadHandbook(root, config, { exampleDay: options.today, reads: options.reads });
	handbook.configProblems = configProblems;
	const diagnostics: Diagnostic[] = [];
	const scope = options.only
		? affectedFiles(handbook, options.only.changed, options.only.removed)
		: undefined;
	const context = {
		handbook,
		today: options.today,
		warnDays: options.warnDays ?? config.warn_days,
		scope,
		base: options.only?.base,
	};
	for (const rule of options.rules) {
		if (options.frontmatterOnly && rule.reads === 'body') continue;
		for (const finding of rule.check(context)) {
			if (scope && !scope.has(finding.file) && finding.file !== CONFIG_FILE) continue;
			// A message may quote the author's text; it never repeats a sensitive value in full.
			diagnostics.push({
				rule: rule.id,
				severity: rule.severity,
				...finding,
				message: redact(finding.message),
				hint: redact(finding.hint),
			});
		}
	}
	diagnostics.sort(compareDiagnostics);
	const allowed = options.rules
		.filter((rule) => !(options.frontmatterOnly && rule.reads === 'body'))
		.flatMap((rule) => [...(rule.allowed?.(context) ?? [])])
		.sort((a, b) =>
			a.file < b.file
				? -1
				: a.file > b.file
					? 1
					: a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
		);
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	return {
		handbook,
		report: {
			today: options.today,
			summary: {
				files: scope ? scope.size : handbook.files.length,
				errors,
				warnings: diagnostics.length - errors,
			},
			diagnostics,
			...(allowed.length > 0 ? { allowed } : {}),
		},
	};
}
