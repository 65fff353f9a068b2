import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../src/check.ts';
import { loadConfig } from '../src/model/load.ts';
import { kpiSeries } from '../src/reports/kpi-results.ts';
import { SAMPLE_ROOT } from './support/sample.ts';
import { plainDate } from '../src/schemas/date.ts';

const ROOT = SAMPLE_ROOT;
const { config } = loadConfig(ROOT);

describe('the sample handbook', () => {
	it('states the day its review dates were written against', () => {
		expect(config.sample_as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it('has no errors as of that day, so npm start builds it on any later date', () => {
		const { report } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});

	it('is judged against the date given, like any handbook: a year on, its reviews are overdue', () => {
		const { report } = checkHandbook({ root: ROOT, today: plainDate('2027-12-01') });
		expect(report.diagnostics.some((d) => d.rule === 'review/overdue')).toBe(true);
	});

	it('has the content a new hire learns from', () => {
		const { handbook } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		const people = [...handbook.people.values()];
		const clients = [...handbook.clients.values()];
		const activeSops = [...handbook.sops.values()].filter((s) => s.data.status === 'active');
		const inTrack = (track: string) =>
			[...handbook.training.values()].filter((t) => t.data.track.includes(track));
		expect(
			[...handbook.principles.values()].filter((p) => p.data.order !== undefined),
		).toHaveLength(13);
		expect([...handbook.principles.values()].filter((p) => p.data.plus_one)).toHaveLength(1);
		expect(handbook.pods.size).toBeGreaterThanOrEqual(3);
		expect(people.length).toBeGreaterThanOrEqual(12);
		for (const role of ['csa', 'bpa', 'approver', 'supervisor'])
			expect(
				people.some((p) => p.data.roles.includes(role)),
				role,
			).toBe(true);
		expect(people.some((p) => !p.data.active)).toBe(true);
		expect(clients.length).toBeGreaterThanOrEqual(8);
		expect(new Set(clients.map((c) => c.data.platform))).toEqual(new Set(['qbo', 'sage-intacct']));
		expect(clients.some((c) => c.data.industry === 'law firm')).toBe(true);
		expect(activeSops.length).toBeGreaterThanOrEqual(20);
		expect(inTrack('csa').length).toBeGreaterThanOrEqual(5);
		expect(inTrack('bpa').length).toBeGreaterThanOrEqual(5);
		expect(inTrack('billing-specialist').length).toBeGreaterThanOrEqual(5);
		expect(
			people.filter((p) => p.data.active && p.data.roles.includes('billing-specialist')).length,
		).toBeGreaterThanOrEqual(2);
		expect(handbook.docs.has('reference/glossary')).toBe(true);
	});

	it('gives every active SOP the sections a reader expects', () => {
		const { handbook } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		for (const sop of handbook.sops.values()) {
			if (sop.data.status !== 'active') continue;
			for (const heading of ['## Purpose', '## When to use', '## Steps', '## Escalation']) {
				expect(sop.file.body?.split('\n'), `${sop.file.path} lacks ${heading}`).toContain(heading);
			}
		}
	});

	it("labels every step of an active SOP with its role, by a label from the config (the firm's roles or the client's side)", () => {
		const { handbook } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		const labels = new Set([
			...Object.values(config.role_labels),
			...Object.values(config.client_roles),
		]);
		for (const sop of handbook.sops.values()) {
			if (sop.data.status !== 'active') continue;
			const steps = (sop.file.body ?? '').split('\n## Steps\n')[1]?.split('\n## ')[0] ?? '';
			const items = steps.split('\n').filter((line) => /^\d+\. /.test(line));
			expect(items.length, `${sop.file.path} has no numbered steps`).toBeGreaterThan(0);
			for (const item of items) {
				const label = /^\d+\. \*\*([^*]+)\*\*:/.exec(item)?.[1];
				expect(
					label !== undefined && labels.has(label),
					`${sop.file.path}: "${item.slice(0, 60)}" does not start with a configured role label`,
				).toBe(true);
			}
		}
	});

	it('has the SOPs a bill-pay and law-firm billing team asks for', () => {
		const { handbook } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		for (const id of [
			'firm/client-onboarding',
			'firm/sage-intacct-month-end-close',
			'firm/qbo-bank-rules',
			'firm/pod-check-ins',
			'firm/weekly-time-logs',
			'firm/holds',
			'firm/law-firm-collections-and-ar-follow-up',
			'firm/proforma-status-report',
			'firm/ebilling-portal-set-up',
			'firm/law-firm-tier-discounts',
			'firm/law-firm-month-end-accruals',
			'firm/matter-budgets',
			'firm/law-firm-billing-forecast',
			'firm/realization-and-ad-hoc-billing-reports',
			'firm/law-firm-client-and-matter-set-up',
		])
			expect(handbook.sops.get(id)?.data.status, id).toBe('active');
		for (const id of [
			'run-instruction',
			'hand-off-note',
			'escalation-message',
			'approval-request-email',
		])
			expect(handbook.docs.has(`reference/templates/${id}`), id).toBe(true);
	});

	it('has what a payment operations analyst runs and learns from, and the senior specialists they escalate to', () => {
		const { handbook } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		const analystSops = [
			'firm/payment-exceptions-and-returns',
			'firm/card-declines',
			'firm/wire-rejects',
			'firm/wire-recalls',
			'firm/returned-and-stale-dated-checks',
			'firm/payment-trace',
			'firm/exception-root-cause',
			'firm/senior-pps-escalation',
		];
		for (const id of analystSops) {
			const sop = handbook.sops.get(id);
			expect(sop?.data.status, id).toBe('active');
			expect(sop?.data.roles, id).toContain('payment-analyst');
		}
		expect(handbook.sops.get('firm/escalation-path')?.data.roles).toEqual(
			expect.arrayContaining(['payment-analyst', 'senior-pps']),
		);
		expect(config.tracks['payment-analyst']).toBe('Payment operations analysts');
		const track = [...handbook.training.values()].filter((t) =>
			t.data.track.includes('payment-analyst'),
		);
		expect(track.filter((t) => t.id.startsWith('payment-analyst/')).length).toBeGreaterThanOrEqual(
			4,
		);
		for (const id of analystSops)
			expect(
				track.some((t) => t.data.sops.includes(id)),
				`${id} is taught in no analyst module`,
			).toBe(true);
		// Two of each, so that one can be away.
		const holding = (role: string) =>
			[...handbook.people.values()].filter((p) => p.data.active && p.data.roles.includes(role));
		expect(holding('payment-analyst').length).toBeGreaterThanOrEqual(2);
		expect(holding('senior-pps').length).toBeGreaterThanOrEqual(2);
		const kpis = [...handbook.kpis.values()].filter(
			(k) => k.data.role === 'payment-analyst' || k.data.role === 'senior-pps',
		);
		expect(kpis.length).toBeGreaterThanOrEqual(3);
		for (const kpi of kpis)
			expect(
				kpi.data.results.map((r) => r.period),
				kpi.id,
			).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
	});

	it('puts every principle into practice in at least two SOPs and teaches it in a training module', () => {
		const { handbook } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		const inUse = <T extends { data: { status: string } }>(items: Iterable<T>) =>
			[...items].filter((i) => i.data.status === 'active');
		for (const principle of handbook.principles.values()) {
			const sops = inUse(handbook.sops.values()).filter((s) =>
				s.data.principles.includes(principle.id),
			);
			const modules = inUse(handbook.training.values()).filter((t) =>
				t.data.principles.includes(principle.id),
			);
			expect(
				sops.length,
				`${principle.id} is practised by ${sops.length} SOPs`,
			).toBeGreaterThanOrEqual(2);
			expect(modules.length, `${principle.id} is taught nowhere`).toBeGreaterThanOrEqual(1);
		}
		expect([...handbook.principles.values()].find((p) => p.data.order === 1)?.data.title).toBe(
			`Think ${config.organisation.split(' ')[0]}`,
		);
	});

	it('links every active SOP to the KPIs it serves, and names them in its Targets section', () => {
		const { handbook } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		expect(handbook.kpis.size).toBeGreaterThanOrEqual(10);
		for (const sop of handbook.sops.values()) {
			if (sop.data.status !== 'active') continue;
			expect(sop.data.kpis.length, `${sop.file.path} serves no KPI`).toBeGreaterThan(0);
			const targets = (sop.file.body ?? '').split('\n## Targets\n')[1]?.split('\n## ')[0];
			if (targets === undefined) continue;
			for (const kpi of sop.data.kpis)
				expect(targets, `${sop.file.path}'s Targets do not name ${kpi}`).toContain(
					`(/kpis/${kpi}/)`,
				);
		}
		for (const kpi of handbook.kpis.values())
			expect(kpi.data.figures.length, `${kpi.id} has no target in numbers`).toBeGreaterThan(0);
	});

	it('gives each KPI measured by hand a year of quarterly results, some of them short of the target, and none to the computed one', () => {
		const { handbook } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		const byHand = [
			'cleanup-score',
			'client-response',
			'approval-follow-up',
			'reconciliation-review',
			'escalation',
			'weekly-time-logs',
			'pod-participation',
			'training-contribution',
			'client-feedback',
		];
		const quarters = ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'];
		let missed = 0;
		for (const id of byHand) {
			const series = kpiSeries(handbook.kpis.get(id)!.data, config.sample_as_of!);
			expect(series.length, `${id} has no results`).toBeGreaterThan(0);
			expect(
				series[0]!.periods.map((p) => (p.value === null ? `${p.period} missing` : p.period)),
				id,
			).toEqual(quarters);
			missed += series.flatMap((s) => s.periods).filter((p) => p.met === false).length;
		}
		expect(missed).toBeGreaterThan(3);
		expect(handbook.kpis.get('sop-maintenance')!.data.results).toEqual([]);
	});

	it("records every active client's run day, cut-off and approval limits for the quick reference", () => {
		const { handbook } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		for (const client of handbook.clients.values()) {
			if (client.data.status !== 'active') continue;
			expect(client.data.run_day, client.id).toBeDefined();
			expect(client.data.cut_off, client.id).toBeDefined();
			expect(client.data.approval_limits.length, client.id).toBeGreaterThan(0);
		}
	});

	it("records four quarters of measured figures for each of the billing specialists' KPIs, in the KPI's own units", () => {
		const { handbook } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		const billing = [...handbook.kpis.values()].filter((k) => k.data.role === 'billing-specialist');
		expect(billing.map((k) => k.id).sort()).toEqual([
			'aged-unbilled-time',
			'bills-out-by-bd7',
			'first-pass-ebill-acceptance',
			'proforma-turnaround',
		]);
		for (const kpi of billing) {
			expect(
				kpi.data.results.map((r) => r.period),
				kpi.id,
			).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
			for (const result of kpi.data.results)
				expect(
					kpi.data.figures.map((f) => f.unit),
					`${kpi.id} ${result.period}`,
				).toContain(result.unit);
		}
	});

	it('gives every training module a quiz of 3 to 5 questions', () => {
		const { handbook } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		for (const module of handbook.training.values()) {
			const count = module.data.quiz.length;
			expect(count >= 3 && count <= 5, `${module.id} has ${count} questions`).toBe(true);
		}
	});
});

describe('the sample handbook history', () => {
	it('carries material changes with notes, one backup inside the re-training window and none past it', () => {
		const { handbook, report } = checkHandbook({ root: ROOT, today: config.sample_as_of! });
		const material = [...handbook.sops.values()].flatMap((sop) =>
			sop.data.reviews.filter((r) => r.change === 'material'),
		);
		expect(material.length).toBeGreaterThanOrEqual(5);
		expect(material.every((r) => (r.note ?? '').trim().length > 20)).toBe(true);
		const retrain = report.diagnostics.filter((d) => d.rule === 'training/retrain');
		expect(retrain.map((d) => d.message.split(' ')[0])).toEqual(['priya-raman']);
		expect(report.diagnostics.filter((d) => d.rule === 'backup/old-version')).toEqual([]);
	});
});
