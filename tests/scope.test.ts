import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../src/check.ts';
import { affectedFiles } from '../src/engine/scope.ts';
import { editSop, TODAY, writeHandbook, type Tree } from './support/handbook.ts';

const KPI = 'src/content/kpis/client-response.yaml';
const SOP = 'src/content/sops/clients/acme/bill-run.mdx';

describe('check --changed', () => {
	it('re-checks the SOPs that name a KPI when the KPI file changes', () => {
		const root = writeHandbook({
			[KPI]:
				'name: Client response\nrole: csa\ntarget: Answer within 24 business hours.\nmeasure: Sampled monthly.\n',
			...editSop(
				'principles: [verify-first]',
				'principles: [verify-first]\nkpis: [client-response]',
			),
		});
		const { handbook } = checkHandbook({ root, today: TODAY });
		expect([...affectedFiles(handbook, new Set([KPI]), new Set())!].sort()).toEqual([KPI, SOP]);
	});
});

describe('check --changed follows every reference field the schemas declare', () => {
	const DEV = 'src/content/people/dev-rao.yaml';
	const CLIENT = 'src/content/clients/acme.yaml';
	const scopeOf = (changes: Tree, touched: string) => {
		const root = writeHandbook(changes);
		const { handbook } = checkHandbook({ root, today: TODAY });
		return [...affectedFiles(handbook, new Set([touched]), new Set())!].sort();
	};

	it('re-checks a client when a person named only in its backup_bpas changes', () => {
		const changes = {
			[CLIENT]:
				'name: Acme Dental\npod: east\ncsa: ana-silva\nbackup_csa: ben-ode\nbpas: []\nbackup_bpas: [dev-rao]\nplatform: qbo\n',
		};
		expect(scopeOf(changes, DEV)).toContain(CLIENT);
	});

	it('re-checks an SOP when a person named only in its trained list changes', () => {
		expect(
			scopeOf(
				editSop(
					'client: acme\n',
					'client: acme\ntrained:\n  - { person: old-hand, on: 2026-02-01 }\n',
				),
				'src/content/people/old-hand.yaml',
			),
		).toContain(SOP);
	});

	it('re-checks a person when the acting lead named in their time off changes', () => {
		const ana = 'src/content/people/ana-silva.yaml';
		const changes = {
			[ana]:
				'name: Ana Silva\nroles: [csa, approver]\npod: east\nout_of_office:\n  - { from: 2026-12-01, to: 2026-12-05, acting_lead: ben-ode }\n',
		};
		expect(scopeOf(changes, 'src/content/people/ben-ode.yaml')).toContain(ana);
	});

	it('re-checks the client an SOP names when the SOP changes, drafts included', () => {
		expect(
			scopeOf(
				editSop('last_reviewed: 2026-10-01\n', 'last_reviewed: 2026-10-01\nstatus: draft\n'),
				SOP,
			),
		).toContain(CLIENT);
	});

	it('finds an inactive backup BPA through the pre-commit scope, as the full check does', () => {
		const root = writeHandbook({
			[CLIENT]:
				'name: Acme Dental\npod: east\ncsa: ana-silva\nbackup_csa: ben-ode\nbpas: [eve-li]\nbackup_bpas: [dev-rao]\nplatform: qbo\n',
			'src/content/people/eve-li.yaml': 'name: Eve Li\nroles: [bpa]\npod: east\n',
			[DEV]: 'name: Dev Rao\nroles: [bpa]\npod: east\nactive: false\n',
			...editSop('client: acme\n', 'client: acme\nroles: [csa, bpa]\n'),
		});
		const full = checkHandbook({ root, today: TODAY });
		const scoped = checkHandbook({
			root,
			today: TODAY,
			only: { changed: new Set([DEV]), removed: new Set() },
		});
		const about = (r: typeof full) =>
			r.report.diagnostics.filter((d) => d.file === CLIENT).map((d) => `${d.rule} ${d.message}`);
		expect(about(full).length).toBeGreaterThan(0);
		expect(about(scoped)).toEqual(about(full));
	});
});
