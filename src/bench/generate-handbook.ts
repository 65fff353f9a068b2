/**
 * A large synthetic handbook, for the benchmarks (`npm run bench`), `npm run generate` and the
 * tests that need a handbook of some size. Every file is valid on `today`, so a benchmark
 * measures the check, not error reporting. The roster grows with the SOPs: a CSA per 25
 * SOPs, a client per 10, a pod per 6 CSAs.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addDays } from '../dates/calendar.ts';
import type { PlainDate } from '../schemas/date.ts';

export interface GenerateOptions {
	sops: number;
	out: string;
	/** Review dates are spread over the 70 days before this day. */
	today: PlainDate;
}

function write(root: string, path: string, text: string) {
	const file = join(root, path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
}

const BODY = (n: number, client: string) => `
## Purpose

Pay ${client}'s approved bills once, on time, from the right account, and leave a record a colleague can follow. Procedure ${n}.

## When to use

Every week on the client's run day, and whenever a bill arrives outside the run.

## Steps

1. Send the run instruction to the bill pay associate by 2 pm, naming the client, run date and cut-off.
2. Enter and match every bill: vendor, amount, invoice number, due date. Attach the document.
3. Run the duplicate check: same vendor and amount within 30 days is held with a note.
4. Review the run total against the last four weeks; more than 25% above average gets a line-by-line look.
5. Chase unapproved bills as in [unapproved-bill follow-up](/sops/firm/unapproved-bill-follow-up/).
6. Release the run before the bank cut-off and log the total.
7. Confirm the next morning that nothing was returned.

## Escalation

Anything unresolved after one business day goes to the pod lead; possible loss of money goes to the supervisor at once.

## Targets

- Reconciliations reviewed within 2 business days.
- Client messages answered within 24 business hours.
`;

/** Writes the handbook into `out`, emptied first; how many files it wrote. */
export function generateHandbook({ sops, out, today }: GenerateOptions): { files: number } {
	rmSync(out, { recursive: true, force: true });
	const csas = Math.max(4, Math.ceil(sops / 25));
	const clients = Math.max(2, Math.ceil(sops / 10));
	const pods = Math.max(1, Math.ceil(csas / 6));
	let files = 0;
	const put = (path: string, text: string) => {
		write(out, path, text);
		files += 1;
	};
	put('handbook.config.yaml', 'organisation: Benchmark Bill Pay\ntime_zone: UTC\n');
	put('src/content/people/approver-a.yaml', 'name: Approver A\nroles: [approver, supervisor]\n');
	put('src/content/people/approver-b.yaml', 'name: Approver B\nroles: [approver]\n');
	for (let p = 0; p < pods; p++)
		put(`src/content/pods/pod-${p}.yaml`, `name: Pod ${p}\nlead: csa-${p * 6}\n`);
	for (let c = 0; c < csas; c++) {
		put(
			`src/content/people/csa-${c}.yaml`,
			`name: CSA ${c}\nroles: [csa]\npod: pod-${Math.floor(c / 6)}\nemail: csa-${c}@bench.example\n`,
		);
		put(
			`src/content/people/bpa-${c}.yaml`,
			`name: BPA ${c}\nroles: [bpa]\npod: pod-${Math.floor(c / 6)}\n`,
		);
	}
	for (let k = 0; k < clients; k++) {
		const csa = k % csas;
		const backup = (csa + 1) % csas;
		put(
			`src/content/clients/client-${k}.yaml`,
			`name: Client ${k}\npod: pod-${Math.floor(csa / 6)}\ncsa: csa-${csa}\nbackup_csa: csa-${backup}\nbpas: [bpa-${csa}]\nplatform: qbo\n`,
		);
	}
	const principles = Array.from({ length: 14 }, (_, i) => `principle-${i + 1}`);
	principles.forEach((id, i) => {
		const position = i < 13 ? `order: ${i + 1}` : 'plus_one: true';
		put(
			`src/content/principles/${id}.mdx`,
			`---\ntitle: Principle ${i + 1}\nowner: approver-a\napprovers: [approver-b]\nlast_reviewed: ${addDays(today, -30)}\n${position}\nsummary: Principle ${i + 1} in a sentence.\n---\n\nWhat it means in practice.\n`,
		);
	});
	put(
		'src/content/sops/firm/unapproved-bill-follow-up.mdx',
		`---\ntitle: Unapproved-bill follow-up\nowner: csa-0\nbackup:\n  person: csa-1\n  trained_on: ${addDays(today, -200)}\napprovers: [approver-a]\nlast_reviewed: ${addDays(today, -10)}\n---\n${BODY(0, 'every client')}`,
	);
	for (let n = 1; n < sops; n++) {
		const client = n % clients;
		const owner = client % csas;
		const backup = (owner + 1) % csas;
		const reviewed = addDays(today, -(n % 70));
		// Every fifth review changed the steps: the backup was retrained that day, and the
		// "What changed" pages have changes to list and filter.
		const material = n % 5 === 0;
		put(
			`src/content/sops/clients/client-${client}/procedure-${n}.mdx`,
			`---
title: Client ${client} procedure ${n}
summary: How client ${client} runs procedure ${n}.
owner: csa-${owner}
backup:
  person: csa-${backup}
  trained_on: ${material ? reviewed : addDays(today, -200)}
approvers: [approver-${n % 2 ? 'a' : 'b'}]
client: client-${client}
last_reviewed: ${reviewed}
principles: [principle-${(n % 13) + 1}, principle-14]
tags: [bill run, weekly]
reviews:
  - date: ${reviewed}
    by: approver-${n % 2 ? 'a' : 'b'}
${material ? '    change: material\n    note: Cut-off moved to noon; the BPAs confirm each hold before release.' : '    note: Quarterly review.'}
---
${BODY(n, `Client ${client}`)}`,
		);
	}
	for (let t = 0; t < 10; t++) {
		put(
			`src/content/training/csa/module-${t}.mdx`,
			`---\ntitle: Module ${t}\nowner: csa-0\napprovers: [approver-a]\nlast_reviewed: ${addDays(today, -20)}\ntrack: [csa]\norder: ${t + 1}\nduration_minutes: 30\n${t > 0 ? `prerequisites: [csa/module-${t - 1}]\n` : ''}sops: [firm/unapproved-bill-follow-up]\n---\n\nRead the SOP.\n`,
		);
	}
	return { files };
}
