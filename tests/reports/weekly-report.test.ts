import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { BASE, edit, SOP, TODAY, writeHandbook, type Tree } from '../support/handbook.ts';

const TRAINING = 'src/content/training/csa/first-week.mdx';
const PRINCIPLE = 'src/content/principles/verify-first.mdx';

/**
 * The example handbook on 2026-11-22 with work for four people:
 * - Ana Silva (`ana-gh`) owns the training module, overdue since 1 November;
 * - Cara Wu (`cara-gh`, and a name that tries to mention and link) owns a principle due on 1 December;
 * - the SOP changed materially on 15 November, so its backup Ben Ode (no handle) and Dev Rao
 *   (`dev-gh`) must re-train by 29 November; the change's note tries a mention, a link and a tag;
 * - three KPIs: one with results, one the handbook measures, one with nothing recorded.
 */
const WORK: Tree = {
	'src/content/people/ana-silva.yaml':
		'name: Ana Silva\nroles: [csa, approver]\npod: east\ngithub: ana-gh\n',
	'src/content/people/cara-wu.yaml':
		'name: "Cara @someone [Wu](https://evil.example)"\nroles: [supervisor, approver]\ngithub: cara-gh\n',
	'src/content/people/dev-rao.yaml': 'name: Dev Rao\nroles: [bpa]\npod: east\ngithub: dev-gh\n',
	[TRAINING]: edit(BASE[TRAINING]!, 'last_reviewed: 2026-09-01', 'last_reviewed: 2026-05-01'),
	[PRINCIPLE]: edit(BASE[PRINCIPLE]!, 'last_reviewed: 2026-06-01', 'last_reviewed: 2025-12-01'),
	[SOP]: edit(
		BASE[SOP]!,
		'last_reviewed: 2026-10-01\n',
		'last_reviewed: 2026-11-15\ntrained:\n  - { person: dev-rao, on: 2026-03-02 }\nreviews:\n  - { date: 2026-11-15, by: cara-wu, change: material, note: "Ask @acme/finance first, see [here](https://evil.example) <img src=x onerror=alert(1)>" }\n',
	),
	'src/content/kpis/client-response.yaml': [
		'name: Client response time',
		'role: csa',
		'order: 1',
		'target: Every client message answered within 24 business hours.',
		'figures:',
		'  - { value: 24, unit: business-hours, of: to answer a client message }',
		'  - { value: 100, unit: percent, of: client messages answered in time }',
		'measure: The pod lead samples ten threads a month.',
		'results:',
		'  - { period: 2026-Q2, value: 30 }',
		'  - { period: 2026-Q3, value: 26, note: "two @new [clients](https://evil.example)" }',
		'  - { period: 2026-Q3, value: 97, unit: percent }',
		'',
	].join('\n'),
	'src/content/kpis/sop-maintenance.yaml':
		'name: Client SOPs kept current\nrole: csa\norder: 2\ntarget: Every client SOP reviewed each quarter.\nfigures:\n  - { value: 100, unit: percent, of: assigned client SOPs within their review cycle }\nmeasure: By the handbook.\ncomputed: sop-maintenance\n',
	'src/content/kpis/escalation.yaml':
		'name: Escalation time\nrole: csa\norder: 3\ntarget: Escalated within 1 business day.\nmeasure: The escalation log.\n',
};

const report = (root: string, ...args: string[]) =>
	runCli(['report', '--root', root, '--today', TODAY, ...args]);

/** Every mention a git host would see: an `@` right before a name (the inert text puts an invisible joiner there). */
const mentions = (markdown: string) =>
	[...markdown.matchAll(/@[A-Za-z0-9][\w/-]*/g)].map((m) => m[0]);

const section = (markdown: string, heading: string) => {
	const start = markdown.indexOf(`## ${heading}`);
	expect(start, heading).toBeGreaterThanOrEqual(0);
	const end = markdown.indexOf('\n## ', start + 1);
	return markdown.slice(start, end === -1 ? undefined : end + 1);
};

describe('the weekly report, for the tracking issue', () => {
	it('mentions each person who must act once, by their handle, and names the one without a handle', () => {
		const { code, stdout } = report(writeHandbook(WORK));
		expect(code).toBe(0);
		expect(mentions(stdout).sort()).toEqual(['@ana-gh', '@cara-gh', '@dev-gh']);
		expect(section(stdout, 'Needs action')).toMatchInlineSnapshot(`
			"## Needs action

			- @ana-gh (Ana Silva): 1 review overdue
			- Ben Ode (\`ben-ode\`): re-train on 1 SOP by 2026-11-29
			- @cara-gh (Cara @⁠someone \\[Wu\\]\\(https:⁠//evil.example\\)): 1 review due soon
			- @dev-gh (Dev Rao): re-train on 1 SOP by 2026-11-29

			"
		`);
	});

	it('names everyone without a mention when the config turns mentions off, or --no-mentions does', () => {
		const off = writeHandbook({
			...WORK,
			'handbook.config.yaml': `${BASE['handbook.config.yaml']!}report: { mentions: false }\n`,
		});
		for (const { stdout } of [report(off), report(writeHandbook(WORK), '--no-mentions')]) {
			expect(mentions(stdout)).toEqual([]);
			expect(section(stdout, 'Needs action')).toContain(
				'- Ana Silva (`ana-silva`): 1 review overdue',
			);
		}
		expect(report(off, '--format', 'mentions').stdout).toBe('');
	});

	it('keeps names, titles and notes from content inert: no mention, link or tag of theirs', () => {
		const { stdout } = report(writeHandbook(WORK));
		expect(stdout).not.toMatch(/(?<!\\)\]\(/);
		expect(stdout).not.toMatch(/(?<!\\)<img/);
		expect(stdout).not.toContain('https://evil');
		expect(stdout).toContain('Cara @\u2060someone \\[Wu\\]\\(https:\u2060//evil.example\\)');
		expect(stdout).toContain(
			'Ask @\u2060acme/finance first, see \\[here\\]\\(https:\u2060//evil.example\\) \\<img src=x onerror=alert\\(1\\)\\>',
		);
	});

	it('never mentions a handle the person schema refused, such as a team', () => {
		const root = writeHandbook({
			...WORK,
			'src/content/people/dev-rao.yaml':
				'name: Dev Rao\nroles: [bpa]\npod: east\ngithub: acme/finance-team\n',
		});
		const { stdout } = report(root);
		expect(mentions(stdout).sort()).toEqual(['@ana-gh', '@cara-gh']);
		expect(section(stdout, 'Needs action')).toContain(
			'- dev-rao (`dev-rao`): re-train on 1 SOP by 2026-11-29',
		);
	});

	it('mentions a handle shared by two files once', () => {
		const root = writeHandbook({
			...WORK,
			'src/content/people/dev-rao.yaml': 'name: Dev Rao\nroles: [bpa]\npod: east\ngithub: ANA-gh\n',
		});
		expect(mentions(report(root).stdout).sort()).toEqual(['@ana-gh', '@cara-gh']);
	});

	it('lists who must re-train on what, by when, and each KPI figure against its target', () => {
		const { stdout } = report(writeHandbook(WORK));
		expect(section(stdout, 'Re-training, by person')).toMatchInlineSnapshot(`
			"## Re-training, by person

			### Ben Ode (\`ben-ode\`)

			| SOP | Changed | What changed | Re-train by |
			| --- | --- | --- | --- |
			| Acme weekly bill run (\`clients/acme/bill-run\`) | 2026-11-15 | Ask @⁠acme/finance first, see \\[here\\]\\(https:⁠//evil.example\\) \\<img src=x onerror=alert\\(1\\)\\> | 2026-11-29 (backup) |

			### Dev Rao (\`dev-rao\`)

			| SOP | Changed | What changed | Re-train by |
			| --- | --- | --- | --- |
			| Acme weekly bill run (\`clients/acme/bill-run\`) | 2026-11-15 | Ask @⁠acme/finance first, see \\[here\\]\\(https:⁠//evil.example\\) \\<img src=x onerror=alert\\(1\\)\\> | 2026-11-29 |

			Record a training with \`npm run handbook -- trained <sop-id> --person <id>\`.

			"
		`);
		expect(section(stdout, 'KPIs, latest figures')).toMatchInlineSnapshot(`
			"## KPIs, latest figures

			| KPI | Period | Figure | Target | Note |
			| --- | --- | --- | --- | --- |
			| Client response time (CSA) | 2026-Q3 | 26 business hours, **not met** | 24 business hours to answer a client message | two @⁠new \\[clients\\]\\(https:⁠//evil.example\\) |
			| Client response time (CSA) | 2026-Q3 | 97%, **not met** | 100% client messages answered in time |  |
			| Client SOPs kept current (CSA) | Now, measured by the handbook | 1 of 1 (100%) | 100% assigned client SOPs within their review cycle |  |

			No figure recorded yet: Escalation time. A supervisor records one under \`results\` in the KPI's file.

			"
		`);
	});

	it('writes the comment that notifies them: each handle once, nothing else from content', () => {
		expect(report(writeHandbook(WORK), '--format', 'mentions').stdout).toMatchInlineSnapshot(`
			"Handbook status, 2026-11-22: @ana-gh @cara-gh @dev-gh, you have reviews or re-training to do. What each of you must do is under "Needs action" in the report.
			"
		`);
		expect(report(writeHandbook(), '--format', 'mentions').stdout).toBe('');
	});

	it('gives the same in JSON, after the fields it had before', () => {
		const json = JSON.parse(report(writeHandbook(WORK), '--format', 'json').stdout);
		expect(Object.keys(json)).toEqual([
			'today',
			'reviews',
			'single_points',
			'thin_clients',
			'everyone_out',
			'coverage_weeks',
			'gaps',
			'retrain',
			'sop_maintenance',
			'needs_action',
			'kpis',
		]);
		expect(json.needs_action).toMatchInlineSnapshot(`
			[
			  {
			    "github": "ana-gh",
			    "mention": true,
			    "name": "Ana Silva",
			    "person": "ana-silva",
			    "retrain_by": null,
			    "retrain_due": 0,
			    "retrain_overdue": 0,
			    "reviews_due_soon": 0,
			    "reviews_overdue": 1,
			  },
			  {
			    "github": null,
			    "mention": false,
			    "name": "Ben Ode",
			    "person": "ben-ode",
			    "retrain_by": "2026-11-29",
			    "retrain_due": 1,
			    "retrain_overdue": 0,
			    "reviews_due_soon": 0,
			    "reviews_overdue": 0,
			  },
			  {
			    "github": "cara-gh",
			    "mention": true,
			    "name": "Cara @someone [Wu](https://evil.example)",
			    "person": "cara-wu",
			    "retrain_by": null,
			    "retrain_due": 0,
			    "retrain_overdue": 0,
			    "reviews_due_soon": 1,
			    "reviews_overdue": 0,
			  },
			  {
			    "github": "dev-gh",
			    "mention": true,
			    "name": "Dev Rao",
			    "person": "dev-rao",
			    "retrain_by": "2026-11-29",
			    "retrain_due": 1,
			    "retrain_overdue": 0,
			    "reviews_due_soon": 0,
			    "reviews_overdue": 0,
			  },
			]
		`);
		expect(
			json.retrain.map((r: { person: string; due: string; backup: boolean }) => [
				r.person,
				r.due,
				r.backup,
			]),
		).toEqual([
			['ben-ode', '2026-11-29', true],
			['dev-rao', '2026-11-29', false],
		]);
		expect(json.kpis).toMatchInlineSnapshot(`
			[
			  {
			    "computed": null,
			    "id": "client-response",
			    "latest": {
			      "period": "2026-Q3",
			      "results": [
			        {
			          "met": false,
			          "note": "two @new [clients](https://evil.example)",
			          "target": {
			            "of": "to answer a client message",
			            "unit": "business-hours",
			            "value": 24,
			          },
			          "unit": "business-hours",
			          "value": 26,
			        },
			        {
			          "met": false,
			          "note": null,
			          "target": {
			            "of": "client messages answered in time",
			            "unit": "percent",
			            "value": 100,
			          },
			          "unit": "percent",
			          "value": 97,
			        },
			      ],
			    },
			    "name": "Client response time",
			    "role": "csa",
			    "role_label": "CSA",
			    "target": "Every client message answered within 24 business hours.",
			  },
			  {
			    "computed": {
			      "as_of": "2026-11-22",
			      "measure": "sop-maintenance",
			      "share": 1,
			      "sops": 1,
			      "target": {
			        "of": "assigned client SOPs within their review cycle",
			        "unit": "percent",
			        "value": 100,
			      },
			      "unit": "percent",
			      "value": 100,
			      "within": 1,
			    },
			    "id": "sop-maintenance",
			    "latest": null,
			    "name": "Client SOPs kept current",
			    "role": "csa",
			    "role_label": "CSA",
			    "target": "Every client SOP reviewed each quarter.",
			  },
			  {
			    "computed": null,
			    "id": "escalation",
			    "latest": null,
			    "name": "Escalation time",
			    "role": "csa",
			    "role_label": "CSA",
			    "target": "Escalated within 1 business day.",
			  },
			]
		`);
	});
});
