import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { checkHandbook, type Report } from '../../src/check.ts';

/** The day every rule test judges its handbook on. */
export const TODAY = '2026-11-22';

export type Tree = Record<string, string | null>;

/**
 * A small handbook with no problems at all on TODAY: two core principles and a +1, one
 * pod, one client with one SOP, one training module. Tests change one thing in it.
 */
export const BASE: Readonly<Record<string, string>> = {
	'handbook.config.yaml': 'organisation: Test Firm\ntime_zone: UTC\nprinciples: { core: 2, plus_one: 1 }\n',
	'src/content/people/ana-silva.yaml': 'name: Ana Silva\nroles: [csa, approver]\npod: east\n',
	'src/content/people/ben-ode.yaml': 'name: Ben Ode\nroles: [csa]\npod: east\n',
	'src/content/people/cara-wu.yaml': 'name: Cara Wu\nroles: [supervisor, approver]\n',
	'src/content/people/dev-rao.yaml': 'name: Dev Rao\nroles: [bpa]\npod: east\n',
	'src/content/people/old-hand.yaml': 'name: Old Hand\nroles: [csa]\nactive: false\n',
	'src/content/pods/east.yaml': 'name: Pod East\nlead: ana-silva\n',
	'src/content/clients/acme.yaml': 'name: Acme Dental\npod: east\ncsa: ana-silva\nbackup_csa: ben-ode\nbpas: [dev-rao]\nplatform: qbo\n',
	'src/content/sops/clients/acme/bill-run.mdx': `---
title: Acme weekly bill run
owner: ana-silva
backup:
  person: ben-ode
  trained_on: 2026-01-10
approvers: [cara-wu]
client: acme
last_reviewed: 2026-10-01
principles: [verify-first]
---

## Purpose

Pay approved bills on Tuesdays. See [the principle](/principles/verify-first/).

## When to use

Every Tuesday.

## Steps

1. Check the approvals.
2. Release the run.

## Escalation

To the pod lead.
`,
	'src/content/principles/verify-first.mdx': '---\ntitle: Verify first\nowner: cara-wu\napprovers: [ana-silva]\nlast_reviewed: 2026-06-01\norder: 1\nsummary: Check before money moves.\n---\n\nCheck first.\n',
	'src/content/principles/write-it-down.mdx': '---\ntitle: Write it down\nowner: cara-wu\napprovers: [ana-silva]\nlast_reviewed: 2026-06-01\norder: 2\nsummary: Records, not memory.\n---\n\nWrite it down.\n',
	'src/content/principles/replaceable.mdx': '---\ntitle: Be replaceable by design\nowner: cara-wu\napprovers: [ana-silva]\nlast_reviewed: 2026-06-01\nplus_one: true\nsummary: Anyone can pick it up.\n---\n\nShare the work.\n',
	'src/content/training/csa/first-week.mdx': '---\ntitle: First week\nowner: ana-silva\napprovers: [cara-wu]\nlast_reviewed: 2026-09-01\ntrack: [csa]\norder: 1\nduration_minutes: 30\nsops: [clients/acme/bill-run]\nprinciples: [verify-first]\n---\n\nRead the [bill run](/sops/clients/acme/bill-run/).\n',
	'src/content/docs/index.mdx': '---\ntitle: Home\n---\n\nWelcome. Start with [training](/training/csa/first-week/).\n',
};

export const SOP = 'src/content/sops/clients/acme/bill-run.mdx';

const roots: string[] = [];
afterAll(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Writes a handbook to a fresh temporary folder: BASE with `changes` applied (null deletes a file). */
export function writeHandbook(changes: Tree = {}, base: Readonly<Record<string, string>> = BASE): string {
	const root = mkdtempSync(join(tmpdir(), 'handbook-'));
	roots.push(root);
	const files: Tree = { ...base, ...changes };
	for (const [path, text] of Object.entries(files)) {
		if (text === null) continue;
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

/** Runs the whole check over BASE with `changes`. */
export function check(changes: Tree = {}, today = TODAY): Report {
	return checkHandbook({ root: writeHandbook(changes), today }).report;
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
