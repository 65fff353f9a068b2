import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { BASE, edit, SOP, TODAY, writeHandbook } from '../support/handbook.ts';

const withHandles = {
	'src/content/people/ana-silva.yaml':
		'name: Ana Silva\nroles: [csa, approver]\npod: east\ngithub: ana-gh\n',
	'src/content/people/cara-wu.yaml':
		'name: Cara Wu\nroles: [supervisor, approver]\ngithub: cara-gh\n',
	'src/content/people/dev-rao.yaml': 'name: Dev Rao\nroles: [bpa]\npod: east\ngithub: dev-gh\n',
};
const cli = (root: string, ...args: string[]) =>
	runCli([...args, '--root', root, '--today', TODAY]);

describe('handbook new', () => {
	it('scaffolds an SOP with every required field and the section headings, which passes check', () => {
		const root = writeHandbook();
		const made = cli(
			root,
			'new',
			'sop',
			'--id',
			'firm/month-end',
			'--title',
			'Month-end close',
			'--owner',
			'ana-silva',
			'--backup',
			'ben-ode',
			'--approver',
			'cara-wu',
		);
		expect(made).toMatchObject({ code: 0, stdout: 'Wrote src/content/sops/firm/month-end.mdx.\n' });
		expect(readFileSync(join(root, 'src/content/sops/firm/month-end.mdx'), 'utf8'))
			.toMatchInlineSnapshot(`
			"---
			title: Month-end close
			owner: ana-silva
			backup:
			  person: ben-ode
			  trained_on: 2026-11-22
			approvers:
			  - cara-wu
			last_reviewed: 2026-11-22
			reviews:
			  - date: 2026-11-22
			    by: ana-silva
			    change: material
			    note: First version.
			---

			## Purpose

			TODO: write this section.

			## When to use

			TODO: write this section.

			## Steps

			TODO: write this section.

			## Escalation

			TODO: write this section.
			"
		`);
		expect(cli(root, 'check').code).toBe(0);
	});

	it('scaffolds a person, a client and a training module that pass check', () => {
		const root = writeHandbook();
		expect(
			cli(
				root,
				'new',
				'person',
				'--id',
				'eve-long',
				'--name',
				'Eve Long',
				'--role',
				'csa',
				'--pod',
				'east',
			).code,
		).toBe(0);
		expect(
			cli(
				root,
				'new',
				'client',
				'--id',
				'zeta-dental',
				'--name',
				'Zeta Dental',
				'--pod',
				'east',
				'--csa',
				'ben-ode',
				'--backup-csa',
				'eve-long',
				'--platform',
				'qbo',
			).stdout,
		).toContain('Next: write its SOPs with npm run handbook -- new sop --client zeta-dental');
		expect(
			cli(
				root,
				'new',
				'sop',
				'--id',
				'clients/zeta-dental/bill-run',
				'--title',
				'Zeta bill run',
				'--owner',
				'ben-ode',
				'--backup',
				'eve-long',
				'--approver',
				'cara-wu',
				'--client',
				'zeta-dental',
			).code,
		).toBe(0);
		expect(
			cli(
				root,
				'new',
				'training',
				'--id',
				'csa/second-week',
				'--title',
				'Second week',
				'--owner',
				'ana-silva',
				'--approver',
				'cara-wu',
				'--track',
				'csa',
				'--order',
				'2',
				'--duration',
				'45',
			).code,
		).toBe(0);
		const check = cli(root, 'check', '--format', 'json');
		expect(JSON.parse(check.stdout).diagnostics).toEqual([]);
	});

	it('asks for what is missing when run in a terminal, and cancels cleanly on end of input', () => {
		const root = writeHandbook();
		// `script` gives the command a terminal, as a person at a keyboard would.
		const inTerminal = (args: string, answers: string) =>
			spawnSync(
				'script',
				[
					'-qec',
					`${process.execPath} ${join(import.meta.dirname, '..', '..', 'scripts', 'handbook.ts')} ${args} --root ${root} --today ${TODAY}`,
					'/dev/null',
				],
				{
					input: answers,
					encoding: 'utf8',
				},
			).stdout;
		const asked = inTerminal(
			'new person --id eve-long',
			'Eve Long\ncsa, approver\neast\n\neve-gh\n',
		);
		expect(asked).toContain(
			'Full name: Roles (comma-separated): Pod id (empty for none): Work email (empty for none): GitHub handle (empty for none): Wrote src/content/people/eve-long.yaml.',
		);
		expect(readFileSync(join(root, 'src/content/people/eve-long.yaml'), 'utf8')).toBe(
			'name: Eve Long\nroles:\n  - csa\n  - approver\npod: east\ngithub: eve-gh\n',
		);
		expect(inTerminal('new person --id eve-two', 'Eve\n')).toContain(
			'handbook: cancelled; nothing was written.',
		);
		expect(existsSync(join(root, 'src/content/people/eve-two.yaml'))).toBe(false);
	});

	it('never overwrites a file', () => {
		const root = writeHandbook();
		const again = cli(
			root,
			'new',
			'sop',
			'--id',
			'clients/acme/bill-run',
			'--title',
			'x',
			'--owner',
			'ana-silva',
			'--backup',
			'ben-ode',
			'--approver',
			'cara-wu',
		);
		expect(again.code).toBe(2);
		expect(again.stderr).toContain(`${SOP} already exists; new never overwrites.`);
		expect(readFileSync(join(root, SOP), 'utf8')).toBe(BASE[SOP]);
	});

	it('names the missing flags when it cannot ask, and refuses unknown people', () => {
		const root = writeHandbook();
		expect(cli(root, 'new', 'sop', '--id', 'firm/x').stderr).toContain(
			'new sop needs --title, --owner, --backup, --approver.',
		);
		expect(
			cli(
				root,
				'new',
				'sop',
				'--id',
				'firm/x',
				'--title',
				'X',
				'--owner',
				'ana-silvia',
				'--backup',
				'ben-ode',
				'--approver',
				'cara-wu',
			).stderr,
		).toContain('--owner "ana-silvia" names no person. Did you mean "ana-silva"?');
		expect(existsSync(join(root, 'src/content/sops/firm/x.mdx'))).toBe(false);
	});
});

describe('handbook report', () => {
	const troubled = () =>
		writeHandbook({
			[SOP]: edit(BASE[SOP]!, 'owner: ana-silva', 'owner: old-hand')
				.replace('client: acme\n', 'client: acme\nroles: [csa, bpa]\n')
				.replace(
					'1. Check the approvals.\n2. Release the run.',
					'1. **CSA**: Check the approvals.\n2. **BPA**: Release the run.',
				),
			'src/content/training/csa/first-week.mdx': edit(
				BASE['src/content/training/csa/first-week.mdx']!,
				'last_reviewed: 2026-09-01',
				'last_reviewed: 2026-05-01',
			),
		});

	it('writes Markdown for a tracking issue: reviews by owner, then coverage gaps', () => {
		const { code, stdout } = cli(troubled(), 'report');
		expect(code).toBe(0);
		expect(stdout).toMatchInlineSnapshot(`
			"# Handbook status, 2026-11-22

			1 overdue, 0 due soon; 1 single point of failure; 1 coverage gap in the next 8 weeks.

			## Needs action

			- Ana Silva (\`ana-silva\`): 1 review overdue

			## Reviews to do, by owner

			### Ana Silva (\`ana-silva\`)

			| Document | Due | |
			| --- | --- | --- |
			| First week (\`src/content/training/csa/first-week.mdx\`) | 2026-11-01 | **21 days overdue** |

			## Coverage gaps, worst first

			- Acme Dental has one BPA \\(Dev Rao\\) and no backup BPA for the BPA part of 1 SOP: when Dev Rao is out, no one enters its bills. Cross-train another BPA on the client and list them under backup\\_bpas.

			## Single points of failure

			- **Acme weekly bill run** (\`clients/acme/bill-run\`): only dev-rao can run its BPA part.

			## Re-training, by person

			Everyone trained on an SOP is trained on its current version.

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
	});

	it('writes the same as JSON and CSV', () => {
		const root = troubled();
		const json = JSON.parse(cli(root, 'report', '--format', 'json').stdout);
		expect(json.reviews.map((r: { id: string; state: string }) => [r.id, r.state])).toEqual([
			['csa/first-week', 'overdue'],
		]);
		expect(json.single_points).toEqual([
			{
				client: 'acme',
				id: 'clients/acme/bill-run',
				title: 'Acme weekly bill run',
				trained: ['ben-ode', 'ana-silva', 'dev-rao'],
				parts: [{ role: 'bpa', label: 'BPA', people: ['dev-rao'] }],
			},
		]);
		expect(json.gaps.map((g: { kind: string; what: string }) => [g.kind, g.what])).toEqual([
			[
				'single-bpa',
				'Acme Dental has one BPA (Dev Rao) and no backup BPA for the BPA part of 1 SOP: when Dev Rao is out, no one enters its bills.',
			],
		]);
		expect(
			json.sop_maintenance.csas.map((r: { id: string; now: unknown }) => [r.id, r.now]),
		).toEqual([['ana-silva', { sops: 1, within: 1, share: 1 }]]);
		expect(json.sop_maintenance.quarters.map((q: { label: string }) => q.label)).toEqual([
			'2025 Q4',
			'2026 Q1',
			'2026 Q2',
			'2026 Q3',
		]);
		expect(cli(root, 'report', '--format', 'csv').stdout).toMatchInlineSnapshot(`
			"section,id,title,owner,due_or_from,days_left_or_to,state,people,period,sops,within_cycle,reviews,on_time
			review,csa/first-week,First week,ana-silva,2026-11-01,-21,overdue,,,,,,
			single-point-sop,clients/acme/bill-run,Acme weekly bill run,,,,,ben-ode ana-silva dev-rao,,,,,
			gap-single-bpa,acme,"Acme Dental has one BPA (Dev Rao) and no backup BPA for the BPA part of 1 SOP: when Dev Rao is out, no one enters its bills.",,,,,dev-rao,,,,,
			sop-maintenance-csa,ana-silva,Ana Silva,,2026-10-01,2026-11-22,,,now,1,1,0,0
			sop-maintenance-csa,ana-silva,Ana Silva,,2025-10-01,2025-12-31,,,2025 Q4,0,0,0,0
			sop-maintenance-csa,ana-silva,Ana Silva,,2026-01-01,2026-03-31,,,2026 Q1,0,0,0,0
			sop-maintenance-csa,ana-silva,Ana Silva,,2026-04-01,2026-06-30,,,2026 Q2,0,0,0,0
			sop-maintenance-csa,ana-silva,Ana Silva,,2026-07-01,2026-09-30,,,2026 Q3,0,0,0,0
			sop-maintenance-pod,east,Pod East,,2026-10-01,2026-11-22,,,now,1,1,0,0
			sop-maintenance-pod,east,Pod East,,2025-10-01,2025-12-31,,,2025 Q4,0,0,0,0
			sop-maintenance-pod,east,Pod East,,2026-01-01,2026-03-31,,,2026 Q1,0,0,0,0
			sop-maintenance-pod,east,Pod East,,2026-04-01,2026-06-30,,,2026 Q2,0,0,0,0
			sop-maintenance-pod,east,Pod East,,2026-07-01,2026-09-30,,,2026 Q3,0,0,0,0
			sop-maintenance-firm,firm,Test Firm,,2026-10-01,2026-11-22,,,now,1,1,0,0
			sop-maintenance-firm,firm,Test Firm,,2025-10-01,2025-12-31,,,2025 Q4,0,0,0,0
			sop-maintenance-firm,firm,Test Firm,,2026-01-01,2026-03-31,,,2026 Q1,0,0,0,0
			sop-maintenance-firm,firm,Test Firm,,2026-04-01,2026-06-30,,,2026 Q2,0,0,0,0
			sop-maintenance-firm,firm,Test Firm,,2026-07-01,2026-09-30,,,2026 Q3,0,0,0,0
			"
		`);
	});
});

describe('handbook codeowners', () => {
	it("asks each document's owner and approvers, and gives the file itself to the supervisors", () => {
		const root = writeHandbook(withHandles);
		expect(cli(root, 'codeowners').stdout).toBe('Wrote .github/CODEOWNERS.\n');
		expect(readFileSync(join(root, '.github/CODEOWNERS'), 'utf8')).toMatchInlineSnapshot(`
			"# Written by \`npm run handbook -- codeowners\` from the owners and approvers in the
			# handbook. Do not edit by hand: change the documents, then run the command again.

			# Every path not named below: code, config, workflows, people, clients and pages.
			* @cara-gh

			/src/content/principles/replaceable.mdx @cara-gh @ana-gh
			/src/content/principles/verify-first.mdx @cara-gh @ana-gh
			/src/content/principles/write-it-down.mdx @cara-gh @ana-gh
			/src/content/sops/clients/acme/bill-run.mdx @ana-gh @cara-gh
			/src/content/training/csa/first-week.mdx @ana-gh @cara-gh

			# Who reviews changes to this file.
			/.github/CODEOWNERS @cara-gh
			"
		`);
	});

	it('makes check fail once the file no longer matches the handbook', () => {
		const root = writeHandbook(withHandles);
		cli(root, 'codeowners');
		expect(cli(root, 'check').code).toBe(0);
		writeFileSync(
			join(root, SOP),
			edit(BASE[SOP]!, 'approvers: [cara-wu]', 'approvers: [cara-wu, ana-silva]')
				.replace('owner: ana-silva', 'owner: ben-ode')
				.replace('person: ben-ode', 'person: ana-silva'),
		);
		const check = JSON.parse(cli(root, 'check', '--format', 'json').stdout);
		expect(
			check.diagnostics.map(
				(d: { rule: string; file: string; message: string }) => `${d.file} ${d.rule}: ${d.message}`,
			),
		).toMatchInlineSnapshot(`
			[
			  ".github/CODEOWNERS codeowners/stale: is out of date: line 10 should read "/src/content/sops/clients/acme/bill-run.mdx @cara-gh @ana-gh", so a pull request would not ask the right reviewers.",
			]
		`);
	});
});

describe('handbook check --changed', () => {
	function repository(): string {
		const root = writeHandbook({
			...withHandles,
			// A problem in a file the branch does not touch: --changed leaves it out.
			'src/content/sops/firm/unrelated.mdx': edit(BASE[SOP]!, 'client: acme\n', '')
				.replace('owner: ana-silva', 'owner: cara-wu')
				.replace('person: ben-ode', 'person: ana-silva')
				.replace('approvers: [cara-wu]', 'approvers: []'),
		});
		const git = (...args: string[]) =>
			execFileSync('git', ['-C', root, ...args], { stdio: 'ignore' });
		git('init', '-q', '-b', 'main');
		git('add', '-A');
		git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-m', 'start');
		git('checkout', '-q', '-b', 'change');
		return root;
	}

	it('checks what the branch changes and the files that depend on it, and nothing else', () => {
		const root = repository();
		appendFileSync(join(root, 'src/content/people/ben-ode.yaml'), 'active: false\n');
		const { code, stdout } = cli(root, 'check', '--changed', '--base', 'main', '--format', 'json');
		const report = JSON.parse(stdout);
		expect(code).toBe(1);
		expect(
			report.diagnostics.map((d: { file: string; rule: string }) => `${d.file} ${d.rule}`),
		).toEqual([`${SOP} backup/inactive`]);
		expect(cli(root, 'check', '--format', 'json').stdout).toContain(
			'src/content/sops/firm/unrelated.mdx',
		);
	});

	it.each([['café.mdx'], ['with space.mdx'], ['quote"and\\backslash.mdx']])(
		'checks a changed file named %s, as git lists it',
		(name) => {
			const root = repository();
			writeFileSync(
				join(root, 'src/content/docs', name),
				'---\ntitle: Notes\n---\n\nPay to routing 021000021, account 123456789012.\n',
			);
			const { code, stdout } = cli(
				root,
				'check',
				'--changed',
				'--base',
				'main',
				'--format',
				'json',
			);
			const report = JSON.parse(stdout);
			expect(code).toBe(1);
			expect(report.summary.files).toBeGreaterThan(0);
			expect(
				report.diagnostics.map((d: { file: string; rule: string }) => `${d.file} ${d.rule}`),
			).toContain(`src/content/docs/${name} sensitive/routing-number`);
		},
	);

	it('refuses a base that git would read as an option, and writes nothing', () => {
		const root = repository();
		const { code, stderr } = cli(root, 'check', '--changed', '--base=--output=x');
		expect({ code, stderr }).toEqual({
			code: 2,
			stderr:
				'handbook: --base is "--output=x", which is not a branch or commit name; name one such as --base origin/main.\n',
		});
		expect(existsSync(join(root, 'x...HEAD'))).toBe(false);
	});

	it('says so when it is not in a git checkout', () => {
		const { code, stderr } = cli(writeHandbook(), 'check', '--changed', '--base', 'main');
		expect(code).toBe(2);
		expect(stderr).toMatch(/git could not list the changed files/);
	});
});
