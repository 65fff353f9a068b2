import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { checkHandbook, type Report } from '../../src/check.ts';
import type { ExampleFiles } from '../../src/engine/rule.ts';
import { BASE_HANDBOOK, EXAMPLE_SOP, EXAMPLE_TODAY } from '../../src/rules/utils/base-handbook.ts';
import { plainDate } from '../../src/schemas/date.ts';

/** The day every rule test judges its handbook on. */
export const TODAY = EXAMPLE_TODAY;

/**
 * A small handbook with no problems at all on TODAY: the standard handbook the rules' own
 * examples change. Tests change one thing in it.
 */
export const BASE = BASE_HANDBOOK;

export const SOP = EXAMPLE_SOP;

export type Tree = Record<string, string | null>;

const roots: string[] = [];
afterAll(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/**
 * Writes a handbook to a fresh temporary folder: BASE with `changes` applied (null deletes
 * a file, `{ link }` makes a symbolic link).
 */
export function writeHandbook(
	changes: ExampleFiles = {},
	base: Readonly<Record<string, string>> = BASE,
): string {
	const root = mkdtempSync(join(tmpdir(), 'handbook-'));
	roots.push(root);
	const files: ExampleFiles = { ...base, ...changes };
	for (const [path, text] of Object.entries(files)) {
		if (text === null) continue;
		mkdirSync(dirname(join(root, path)), { recursive: true });
		if (typeof text === 'string') writeFileSync(join(root, path), text);
		else if ('latin1' in text) writeFileSync(join(root, path), Buffer.from(text.latin1, 'latin1'));
		else symlinkSync(text.link, join(root, path));
	}
	return root;
}

/** Runs the whole check over BASE with `changes`, on `today` (written `YYYY-MM-DD`). */
export function check(changes: ExampleFiles = {}, today: string = TODAY): Report {
	return checkHandbook({ root: writeHandbook(changes), today: plainDate(today) }).report;
}

/** What an author would read for one rule: `file:line message` and the hint, one finding per entry. */
export function findings(report: Report, rule: string): string[] {
	return report.diagnostics
		.filter((d) => d.rule === rule)
		.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity}: ${d.message}\nhint: ${d.hint}`);
}

/** BASE's SOP with one piece of text replaced; fails loudly when the text is not there. */
export function editSop(from: string | RegExp, to: string): Tree {
	return { [SOP]: edit(BASE[SOP]!, from, to) };
}

export function edit(text: string, from: string | RegExp, to: string): string {
	const changed = text.replace(from, to);
	if (changed === text) throw new Error(`test setup: ${String(from)} not found`);
	return changed;
}
