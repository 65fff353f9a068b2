import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { BASE, SOP, TODAY, writeHandbook } from '../support/handbook.ts';

const trained = (root: string, ...args: string[]) =>
	runCli(['trained', ...args, '--root', root, '--today', TODAY]);
const review = (root: string, ...args: string[]) =>
	runCli(['review', ...args, '--root', root, '--today', TODAY]);
const sopText = (root: string) => readFileSync(join(root, SOP), 'utf8');

describe('handbook trained', () => {
	it("moves the backup's trained_on and changes nothing else", () => {
		const root = writeHandbook();
		const { code, stdout } = trained(
			root,
			'clients/acme/bill-run',
			'--person',
			'ben-ode',
			'--date',
			'2026-11-20',
		);
		expect(code).toBe(0);
		expect(stdout).toBe(
			`Recorded that Ben Ode was trained on clients/acme/bill-run on 2026-11-20, under backup.trained_on in ${SOP}.\n`,
		);
		expect(sopText(root)).toBe(
			BASE[SOP]!.replace('trained_on: 2026-01-10', 'trained_on: 2026-11-20'),
		);
	});

	it('adds a trained entry for someone else, keeping comments, quoting and CRLF line endings', () => {
		const original =
			'---\r\n# Owner: Ana\r\ntitle: "Acme weekly bill run"  # shown in lists\r\nowner: ana-silva\r\nbackup: { person: ben-ode, trained_on: \'2026-01-10\' }\r\napprovers: [cara-wu]\r\nclient: acme\r\nlast_reviewed: 2026-10-01\r\ntrained:\r\n  - { person: old-hand, on: 2025-01-01 } # left\r\nprinciples: [verify-first]\r\n---\r\n\r\nBody {stays}\r\n';
		const root = writeHandbook({ [SOP]: original });
		expect(trained(root, 'clients/acme/bill-run', '--person', 'dev-rao').code).toBe(0);
		expect(sopText(root)).toBe(
			original.replace('# left\r\n', '# left\r\n  - { person: dev-rao, on: 2026-11-22 }\r\n'),
		);
		// The backup in a one-line map: only its date changes, in its quoting.
		expect(
			trained(root, 'clients/acme/bill-run', '--person', 'ben-ode', '--date', '2026-11-21').code,
		).toBe(0);
		expect(sopText(root)).toContain("backup: { person: ben-ode, trained_on: '2026-11-21' }\r\n");
	});

	it('starts a trained list when there is none, and moves an existing entry forward', () => {
		const root = writeHandbook();
		expect(
			trained(root, 'clients/acme/bill-run', '--person', 'dev-rao', '--date', '2026-11-01').code,
		).toBe(0);
		expect(sopText(root)).toBe(
			BASE[SOP]!.replace(
				'principles: [verify-first]\n',
				'principles: [verify-first]\ntrained:\n  - { person: dev-rao, on: 2026-11-01 }\n',
			),
		);
		expect(trained(root, 'clients/acme/bill-run', '--person', 'dev-rao').code).toBe(0);
		expect(sopText(root)).toContain('  - { person: dev-rao, on: 2026-11-22 }\n');
	});

	it('says when the training is still before the last material change', () => {
		const root = writeHandbook();
		expect(
			review(
				root,
				'clients/acme/bill-run',
				'--by',
				'ana-silva',
				'--material',
				'--note',
				'New cut-off: 2 pm.',
			).code,
		).toBe(0);
		const { stdout } = trained(
			root,
			'clients/acme/bill-run',
			'--person',
			'dev-rao',
			'--date',
			'2026-11-21',
		);
		expect(stdout).toContain(
			'That is still before its last material change: they are trained on an older version.',
		);
	});

	it.each([
		[
			['clients/acme/bil-run', '--person', 'dev-rao'],
			'there is no SOP "clients/acme/bil-run". Did you mean "clients/acme/bill-run"?',
		],
		[
			['clients/acme/bill-run', '--person', 'dev-ra'],
			'there is no person "dev-ra" in src/content/people/. Did you mean "dev-rao"?',
		],
		[
			['clients/acme/bill-run', '--person', 'old-hand'],
			'old-hand (Old Hand) is marked inactive; a training record for them covers no one.',
		],
		[
			['clients/acme/bill-run', '--person', 'ana-silva'],
			'ana-silva owns clients/acme/bill-run; the owner needs no training record. Record the colleague who was trained.',
		],
		[
			['clients/acme/bill-run', '--person', 'dev-rao', '--date', '2026-11-31'],
			'--date is "2026-11-31", which is not a calendar date. Write it as YYYY-MM-DD, e.g. 2026-11-22.',
		],
		[
			['clients/acme/bill-run', '--person', 'dev-rao', '--date', '2026-11-23'],
			'--date is 2026-11-23, which is after today (2026-11-22). Record a training once it has happened.',
		],
		[
			['clients/acme/bill-run', '--person', 'ben-ode', '--date', '2025-12-01'],
			'--date 2025-12-01 is before the training already recorded for ben-ode (2026-01-10); a record only moves forward.',
		],
	])('refuses %j, changing nothing', (args, message) => {
		const root = writeHandbook();
		const { code, stderr } = trained(root, ...args);
		expect(code).toBe(2);
		expect(stderr).toBe(`handbook: ${message}\n`);
		expect(sopText(root)).toBe(BASE[SOP]);
	});

	it('refuses a file it cannot fully understand, changing nothing', () => {
		const broken = BASE[SOP]!.replace('client: acme\n', 'client: acme\nclient: acme\n');
		const root = writeHandbook({ [SOP]: broken });
		const { code, stderr } = trained(root, 'clients/acme/bill-run', '--person', 'dev-rao');
		expect(code).toBe(2);
		expect(stderr).toMatch(
			/^handbook: src\/content\/sops\/clients\/acme\/bill-run\.mdx cannot be fully understood \(line 9: .*\), so it was left unchanged\./,
		);
		expect(sopText(root)).toBe(broken);
	});

	it('refuses a training date it cannot change safely (an alias), changing nothing', () => {
		const odd = BASE[SOP]!.replace(
			'last_reviewed: 2026-10-01\n',
			'last_reviewed: &day 2026-10-01\ntrained:\n  - { person: dev-rao, on: *day }\n',
		);
		const root = writeHandbook({ [SOP]: odd });
		const { code, stderr } = trained(root, 'clients/acme/bill-run', '--person', 'dev-rao');
		expect(code).toBe(2);
		expect(stderr).toBe(
			`handbook: ${SOP} was left unchanged: its trained entry for dev-rao has no on date to replace. Record the training by hand.\n`,
		);
		expect(sopText(root)).toBe(odd);
	});
});

describe('handbook review --material', () => {
	it('records a material change with its note, and says whom to re-train', () => {
		const root = writeHandbook();
		const { code, stdout } = review(
			root,
			'clients/acme/bill-run',
			'--by',
			'ana-silva',
			'--material',
			'--note',
			'Bills over $5,000: controller approves.',
		);
		expect(code).toBe(0);
		expect(stdout).toMatchInlineSnapshot(`
			"Recorded the material change of clients/acme/bill-run by Ana Silva on 2026-11-22 in src/content/sops/clients/acme/bill-run.mdx.
			Re-train ben-ode within 14 days, then record each with: npm run handbook -- trained clients/acme/bill-run --person <id>
			"
		`);
		expect(sopText(root)).toBe(
			BASE[SOP]!.replace('last_reviewed: 2026-10-01', 'last_reviewed: 2026-11-22').replace(
				'principles: [verify-first]\n',
				'principles: [verify-first]\nreviews:\n  - date: 2026-11-22\n    by: ana-silva\n    change: material\n    note: "Bills over $5,000: controller approves."\n',
			),
		);
	});

	it('refuses a material change without a note, changing nothing', () => {
		const root = writeHandbook();
		const { code, stderr } = review(
			root,
			'clients/acme/bill-run',
			'--by',
			'ana-silva',
			'--material',
		);
		expect(code).toBe(2);
		expect(stderr.split('\n')[0]).toMatchInlineSnapshot(
			`"handbook: a material change needs --note saying what changed, in one sentence a reader can act on, e.g. --note "Bills over $5,000 now need the controller's approval.""`,
		);
		expect(sopText(root)).toBe(BASE[SOP]);
	});
});

describe('handbook report, re-training', () => {
	it('lists who must re-train on what, by person, with the note and the last day', () => {
		const root = writeHandbook({
			[SOP]: BASE[SOP]!.replace(
				'principles: [verify-first]\n',
				'principles: [verify-first]\ntrained:\n  - { person: dev-rao, on: 2026-03-02 }\nreviews:\n  - { date: 2026-10-01, by: ana-silva, change: material, note: "Release | before 2 pm, not 4 pm." }\n',
			).replace('trained_on: 2026-01-10', 'trained_on: 2026-10-01'),
		});
		expect(
			review(
				root,
				'clients/acme/bill-run',
				'--by',
				'ana-silva',
				'--date',
				'2026-11-15',
				'--material',
				'--note',
				'Two approvals | over $10,000, see [here](https://x.example).',
			).code,
		).toBe(0);
		const { stdout } = runCli(['report', '--root', root, '--today', TODAY]);
		expect(stdout.slice(stdout.indexOf('## Re-training'))).toMatchInlineSnapshot(`
			"## Re-training, by person

			### Ben Ode (\`ben-ode\`)

			| SOP | Changed | What changed | Re-train by |
			| --- | --- | --- | --- |
			| Acme weekly bill run (\`clients/acme/bill-run\`) | 2026-11-15 | Two approvals \\| over $10,000, see \\[here\\]\\(https:⁠//x.example\\). | 2026-11-29 (backup) |

			### Dev Rao (\`dev-rao\`)

			| SOP | Changed | What changed | Re-train by |
			| --- | --- | --- | --- |
			| Acme weekly bill run (\`clients/acme/bill-run\`) | 2026-11-15 | Two approvals \\| over $10,000, see \\[here\\]\\(https:⁠//x.example\\). | 2026-11-29 |

			Record a training with \`npm run handbook -- trained <sop-id> --person <id>\`.

			## Client SOPs kept current

			Assigned client SOPs within their review cycle, now and on the last day of each quarter, and the share of reviews recorded on or before their due date.

			### By CSA

			| | Now | 2025 Q4 | 2026 Q1 | 2026 Q2 | 2026 Q3 | On time, last four quarters |
			| --- | --- | --- | --- | --- | --- | --- |
			| Ana Silva | 1 of 1 (100%) | — | — | — | — | — |

			### By pod

			| | Now | 2025 Q4 | 2026 Q1 | 2026 Q2 | 2026 Q3 | On time, last four quarters |
			| --- | --- | --- | --- | --- | --- | --- |
			| Pod East | 1 of 1 (100%) | — | — | — | — | — |
			| Test Firm, all pods | 1 of 1 (100%) | — | — | — | — | — |

			Record a review with \`npm run handbook -- review <id> --by <you>\`.
			"
		`);
		const json = JSON.parse(
			runCli(['report', '--format', 'json', '--root', root, '--today', TODAY]).stdout,
		) as { retrain: { person: string; state: string }[] };
		expect(json.retrain.map((r) => `${r.person} ${r.state}`)).toEqual([
			'ben-ode due',
			'dev-rao due',
		]);
	});
});
