import { resolve } from 'node:path';
import type { PlainDate } from '../schemas/date.ts';
import { compareDiagnostics, type Diagnostic } from './diagnostic.ts';
import type { Handbook } from '../model/handbook.ts';
import { loadConfig, loadHandbook } from '../model/load.ts';
import type { Rule } from './rule.ts';
import { RULES } from '../rules/index.ts';
import { sensitiveFindings } from '../rules/sensitive.ts';
import { affectedFiles } from './scope.ts';
import { describeValue } from '../sensitive/scan-handbook.ts';
import { redact } from '../sensitive/scan.ts';
import { CONFIG_FILE } from '../schemas/config.ts';

export interface CheckOptions {
	/** The handbook root: the folder holding `src/content`. */
	root: string;
	/** The day to judge the handbook on. */
	today: PlainDate;
	/** Overrides the config's warning window. */
	warnDays?: number | undefined;
	/** Skip rules that read MDX bodies (used to measure the metadata rules alone). */
	frontmatterOnly?: boolean;
	rules?: readonly Rule[];
	/** Check only what these changes can affect (`check --changed`). */
	only?: { changed: ReadonlySet<string>; removed: ReadonlySet<string> } | undefined;
}

/** The report `check` prints, in every format; `--format json` prints exactly this. */
export interface Report {
	today: PlainDate;
	summary: { files: number; errors: number; warnings: number };
	diagnostics: Diagnostic[];
	/** Sensitive-looking values an inline marker allows, with the reason; present only when there are some. */
	allowed?: AllowedValue[];
}

export interface AllowedValue {
	rule: string;
	file: string;
	line: number;
	/** At most the last four digits. */
	value: string;
	reason: string;
}

export interface CheckResult {
	report: Report;
	handbook: Handbook;
}

/** Loads the handbook once and runs every rule over it. */
export function checkHandbook(options: CheckOptions): CheckResult {
	const root = resolve(options.root);
	const { config, diagnostics } = loadConfig(root, options.today);
	const handbook = loadHandbook(root, config, options.today);
	const scope = options.only ? affectedFiles(handbook, options.only.changed, options.only.removed) : undefined;
	const context = { handbook, today: options.today, warnDays: options.warnDays ?? config.warn_days, scope };
	for (const rule of options.rules ?? RULES) {
		if (options.frontmatterOnly && rule.reads === 'body') continue;
		for (const finding of rule.check(context)) {
			if (scope && !scope.has(finding.file) && finding.file !== CONFIG_FILE) continue;
			// A message may quote the author's text; it never repeats a sensitive value in full.
			diagnostics.push({ rule: rule.id, severity: rule.severity, ...finding, message: redact(finding.message), hint: redact(finding.hint) });
		}
	}
	diagnostics.sort(compareDiagnostics);
	const allowed = (options.rules ?? RULES).some((r) => r.id.startsWith('sensitive/'))
		? sensitiveFindings(context)
				.filter((f) => f.allowedBecause)
				.map((f) => ({ rule: f.match.rule, file: f.file, line: f.line, value: describeValue(f.match), reason: f.allowedBecause! }))
		: [];
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	return {
		handbook,
		report: {
			today: options.today,
			summary: { files: scope ? scope.size : handbook.files.length, errors, warnings: diagnostics.length - errors },
			diagnostics,
			...(allowed.length > 0 ? { allowed } : {}),
		},
	};
}
