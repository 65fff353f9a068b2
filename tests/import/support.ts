import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli.ts';
import { TODAY } from '../support/handbook.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');

/** The import command as a user runs it, over a handbook root, with JSON out. */
export function importJson(root: string, ...args: string[]) {
	const result = runCli(['import', ...args, '--root', root, '--today', TODAY, '--format', 'json']);
	return { ...result, json: result.stdout ? (JSON.parse(result.stdout) as ImportJson) : undefined };
}

export interface ImportJson {
	imported: Array<{
		source: string;
		file: string;
		id: string;
		status: string;
		sections: { found: string[]; missing: string[] };
		masked: number;
		dropped: string[];
		todo: string[];
	}>;
	skipped: Array<{ source: string; reason: string }>;
}

/** The check's findings on a handbook, as `rule file`, for what a test expects to be clean. */
export function checkFindings(
	root: string,
): Array<{ rule: string; severity: string; file: string; message: string }> {
	const { stdout } = runCli(['check', '--root', root, '--today', TODAY, '--format', 'json']);
	return (
		JSON.parse(stdout) as {
			diagnostics: Array<{ rule: string; severity: string; file: string; message: string }>;
		}
	).diagnostics;
}

export function read(root: string, file: string): string {
	return readFileSync(join(root, file), 'utf8');
}

/** The `## ` sections of a page, in order. */
export function sectionsOf(text: string): string[] {
	return [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
}

/** The text under one `## ` heading, up to the next. */
export function section(text: string, name: string): string {
	const start = text.indexOf(`\n## ${name}\n`);
	if (start < 0) return '';
	const rest = text.slice(start + name.length + 5);
	const end = rest.search(/^## /m);
	return end < 0 ? rest : rest.slice(0, end);
}

/** Every run of digits in a text joined, so a number split by spaces or dashes is found whole. */
export function digitsOf(text: string): string {
	return text.replace(/[\s-]/g, '');
}
