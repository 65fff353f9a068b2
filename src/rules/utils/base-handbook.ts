import type { ExampleFiles } from '../../engine/rule.ts';
import { plainDate } from '../../schemas/date.ts';

/** The day every rule example (and every rule test) is judged on. */
export const EXAMPLE_TODAY = plainDate('2026-11-22');

/** The example handbook's one SOP. */
export const EXAMPLE_SOP = 'src/content/sops/clients/acme/bill-run.mdx';

/**
 * The standard small handbook that every rule's examples change: no problems at all on
 * EXAMPLE_TODAY. Two core principles and a +1, one pod, one client with one SOP, one
 * training module, one inactive person.
 */
export const BASE_HANDBOOK: Readonly<Record<string, string>> = {
	'handbook.config.yaml':
		'organisation: Test Firm\ntime_zone: UTC\nprinciples: { core: 2, plus_one: 1 }\n',
	'src/content/people/ana-silva.yaml': 'name: Ana Silva\nroles: [csa, approver]\npod: east\n',
	'src/content/people/ben-ode.yaml': 'name: Ben Ode\nroles: [csa]\npod: east\n',
	'src/content/people/cara-wu.yaml': 'name: Cara Wu\nroles: [supervisor, approver]\n',
	'src/content/people/dev-rao.yaml': 'name: Dev Rao\nroles: [bpa]\npod: east\n',
	'src/content/people/old-hand.yaml': 'name: Old Hand\nroles: [csa]\nactive: false\n',
	'src/content/pods/east.yaml': 'name: Pod East\nlead: ana-silva\n',
	'src/content/clients/acme.yaml':
		'name: Acme Dental\npod: east\ncsa: ana-silva\nbackup_csa: ben-ode\nbpas: [dev-rao]\nplatform: qbo\n',
	[EXAMPLE_SOP]: `---
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
	'src/content/principles/verify-first.mdx':
		'---\ntitle: Verify first\nowner: cara-wu\napprovers: [ana-silva]\nlast_reviewed: 2026-06-01\norder: 1\nsummary: Check before money moves.\n---\n\nCheck first.\n',
	'src/content/principles/write-it-down.mdx':
		'---\ntitle: Write it down\nowner: cara-wu\napprovers: [ana-silva]\nlast_reviewed: 2026-06-01\norder: 2\nsummary: Records, not memory.\n---\n\nWrite it down.\n',
	'src/content/principles/replaceable.mdx':
		'---\ntitle: Be replaceable by design\nowner: cara-wu\napprovers: [ana-silva]\nlast_reviewed: 2026-06-01\nplus_one: true\nsummary: Anyone can pick it up.\n---\n\nShare the work.\n',
	'src/content/training/csa/first-week.mdx':
		'---\ntitle: First week\nowner: ana-silva\napprovers: [cara-wu]\nlast_reviewed: 2026-09-01\ntrack: [csa]\norder: 1\nduration_minutes: 30\nsops: [clients/acme/bill-run]\nprinciples: [verify-first]\n---\n\nRead the [bill run](/sops/clients/acme/bill-run/).\n',
	'src/content/docs/index.mdx':
		'---\ntitle: Home\n---\n\nWelcome. Start with [training](/training/csa/first-week/).\n',
};

/**
 * One file of the example handbook with pieces of its text replaced, each `[from, to]` in
 * turn; a piece that is not there is a mistake in the example and throws.
 */
export function edited(
	path: string,
	...replacements: readonly (readonly [from: string, to: string])[]
): ExampleFiles {
	let text = BASE_HANDBOOK[path];
	if (text === undefined) throw new Error(`rule example: the example handbook has no ${path}`);
	for (const [from, to] of replacements) {
		if (!text.includes(from))
			throw new Error(`rule example: ${JSON.stringify(from)} is not in ${path}`);
		text = text.replace(from, to);
	}
	return { [path]: text };
}

/** The example SOP with `text` added as a last paragraph of its body. */
export function sopBodyWith(text: string): ExampleFiles {
	return { [EXAMPLE_SOP]: `${BASE_HANDBOOK[EXAMPLE_SOP]!}\n${text}\n` };
}
