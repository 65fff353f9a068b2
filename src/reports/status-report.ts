import type { PlainDate } from '../schemas/date.ts';
import { addDays } from '../dates/calendar.ts';
import type { Handbook } from '../model/handbook.ts';
import { coverageOf } from '../coverage/coverage.ts';
import { coverageData, type CoverageData } from '../coverage/describe.ts';
import { count } from '../text/plural.ts';
import { reviewsByOwner } from './review-schedule.ts';
import { inertCode, inertMarkdown } from '../text/markdown.ts';
import { retrainingList, type Retraining } from './retraining.ts';
import {
	percent,
	sopMaintenance,
	type MaintenanceRow,
	type SopMaintenanceReport,
} from './sop-maintenance.ts';
import { needsAction, type NeedsAction } from './needs-action.ts';
import { kpiFigures, valueText, type KpiFigures } from './kpi-figures.ts';
import { GITHUB_HANDLE } from '../schemas/person.ts';
import type { KpiFigure } from '../schemas/kpi.ts';

/** What a scheduled job reports: reviews to do, by owner, and where coverage is thin. */
export interface StatusReport {
	today: PlainDate;
	reviews: {
		owner: string;
		owner_name: string;
		id: string;
		kind: string;
		title: string;
		file: string;
		due: PlainDate;
		days_left: number;
		state: string;
	}[];
	/** SOPs with a part that fewer than two people can run: `trained` is everyone who can run some part, `parts` the thin ones. */
	single_points: {
		client: string | null;
		id: string;
		title: string;
		trained: string[];
		parts: { role: string; label: string; people: string[] }[];
	}[];
	thin_clients: { client: string; name: string; csas: string[] }[];
	everyone_out: {
		id: string;
		title: string;
		role: string;
		from: PlainDate;
		to: PlainDate;
		people: string[];
	}[];
	/** How many weeks ahead coverage looked. */
	coverage_weeks: number;
	/** Every coverage gap in the window, worst first, in words. */
	gaps: CoverageData['gaps'];
	/** People trained on an older version of an SOP, by person: they must re-learn what changed. */
	retrain: Retraining[];
	/** The SOP-maintenance KPI: client SOPs within their review cycle, per CSA and pod, now and for the last four quarters. */
	sop_maintenance: SopMaintenanceReport;
	/** Everyone who must act (owners of the reviews above, people who must re-train), by name, with whether the report mentions them. */
	needs_action: NeedsAction[];
	/** Every KPI with its newest recorded figures and, for the one the handbook measures, today's figure. */
	kpis: KpiFigures[];
}

export interface StatusReportOptions {
	/** `false` names the people who must act without @mentioning them, whatever the config says. */
	mentions?: boolean;
}

export function buildStatusReport(
	handbook: Handbook,
	today: PlainDate,
	warnDays: number,
	options: StatusReportOptions = {},
): StatusReport {
	const name = (id: string) => handbook.people.get(id)?.data.name ?? id;
	const reviews = [...reviewsByOwner(handbook, today, warnDays)]
		.sort(([a], [b]) => name(a).localeCompare(name(b)))
		.flatMap(([owner, items]) =>
			items.map(({ doc, status }) => ({
				owner,
				owner_name: name(owner),
				id: doc.id,
				kind: doc.kind,
				title: doc.data.title,
				file: doc.file.path,
				due: status.due,
				days_left: status.daysLeft,
				state: status.state,
			})),
		);
	const coverage = coverageOf(handbook, today);
	const retrain = retrainingList(handbook, today);
	const maintenance = sopMaintenance(handbook, today);
	const mentions = handbook.config.report.mentions && options.mentions !== false;
	return {
		today,
		reviews,
		single_points: coverage.sops
			.filter((s) => s.singlePoint)
			.map((s) => ({
				client: s.sop.data.client ?? null,
				id: s.sop.id,
				title: s.sop.data.title,
				trained: s.trained,
				parts: s.parts
					.filter((p) => p.runners.length < 2)
					.map((p) => ({ role: p.role, label: p.label, people: p.runners.map((r) => r.person) })),
			})),
		thin_clients: coverage.clients
			.filter((c) => c.csas.length < 2)
			.map((c) => ({ client: c.client.id, name: c.client.data.name, csas: c.csas })),
		everyone_out: coverage.gaps.flatMap((g) =>
			g.kind === 'sop-part' && !g.untrained
				? [
						{
							id: g.sop.id,
							title: g.sop.data.title,
							role: g.role,
							from: g.run.from,
							to: g.run.to,
							people: g.run.out,
						},
					]
				: [],
		),
		coverage_weeks: handbook.config.coverage_weeks,
		gaps: coverageData(handbook, coverage).gaps,
		retrain,
		sop_maintenance: maintenance,
		needs_action: needsAction(handbook, reviews, retrain, mentions),
		kpis: kpiFigures(handbook, maintenance),
	};
}

/** Content text in the report: shown as written, never a link, image, mention or table break. */
const cell = inertMarkdown;

export function statusReportMarkdown(report: StatusReport): string {
	const overdue = report.reviews.filter((r) => r.state === 'overdue').length;
	const out = [
		`# Handbook status, ${report.today}`,
		'',
		`${overdue} overdue, ${report.reviews.length - overdue} due soon; ${count(report.single_points.length + report.thin_clients.length, 'single point')} of failure; ${count(report.gaps.length, 'coverage gap')} in the next ${report.coverage_weeks} weeks.`,
		'',
		...needsActionMarkdown(report.needs_action),
		'## Reviews to do, by owner',
		'',
	];
	if (report.reviews.length === 0) out.push('Nothing is overdue or due soon.', '');
	let owner = '';
	for (const r of report.reviews) {
		if (r.owner !== owner) {
			if (owner) out.push('');
			owner = r.owner;
			out.push(
				`### ${cell(r.owner_name)} (${inertCode(r.owner)})`,
				'',
				'| Document | Due | |',
				'| --- | --- | --- |',
			);
		}
		const when =
			r.days_left < 0
				? `**${-r.days_left} days overdue**`
				: r.days_left === 0
					? 'due today'
					: `in ${r.days_left} days`;
		out.push(`| ${cell(r.title)} (${inertCode(r.file)}) | ${r.due} | ${when} |`);
	}
	if (report.reviews.length > 0) out.push('');
	out.push('## Coverage gaps, worst first', '');
	if (report.gaps.length === 0) out.push('None.');
	for (const g of report.gaps) out.push(`- ${cell(g.what)} ${cell(g.fix)}`);
	out.push('', '## Single points of failure', '');
	if (report.single_points.length + report.thin_clients.length === 0) out.push('None.');
	for (const c of report.thin_clients)
		out.push(
			`- Client **${cell(c.name)}**: only ${c.csas.map(cell).join(', ') || 'nobody'} can cover it.`,
		);
	for (const s of report.single_points) {
		const parts = s.parts
			.map(
				(p) =>
					`only ${p.people.map(cell).join(', ') || 'nobody'} can run its ${cell(p.label)} part`,
			)
			.join('; ');
		out.push(`- **${cell(s.title)}** (${inertCode(s.id)}): ${parts || 'no role runs it'}.`);
	}
	out.push('', '## Re-training, by person', '');
	if (report.retrain.length === 0)
		out.push('Everyone trained on an SOP is trained on its current version.');
	let person = '';
	for (const r of report.retrain) {
		if (r.person !== person) {
			if (person) out.push('');
			person = r.person;
			out.push(
				`### ${cell(r.person_name)} (${inertCode(r.person)})`,
				'',
				'| SOP | Changed | What changed | Re-train by |',
				'| --- | --- | --- | --- |',
			);
		}
		const by =
			r.state === 'overdue'
				? `**${r.due}, passed**${r.backup ? ' (backup: not cover until re-trained)' : ''}`
				: `${r.due}${r.backup ? ' (backup)' : ''}`;
		out.push(
			`| ${cell(r.title)} (${inertCode(r.id)}) | ${r.changed_on} | ${cell(r.note) || 'no note'} | ${by} |`,
		);
	}
	if (report.retrain.length > 0)
		out.push('', 'Record a training with `npm run handbook -- trained <sop-id> --person <id>`.');
	out.push(
		'',
		...kpiMarkdown(report.kpis),
		...maintenanceMarkdown(report.sop_maintenance),
		'Record a review with `npm run handbook -- review <id> --by <you>`.',
		'',
	);
	return out.join('\n');
}

/**
 * `@handle`, for a handle the person schema accepted (checked again here, so nothing else can
 * become a mention: no team, no address); `undefined` when there is none to use.
 */
function mention(a: NeedsAction): string | undefined {
	return a.mention && a.github !== null && GITHUB_HANDLE.test(a.github)
		? `@${a.github}`
		: undefined;
}

/** Who must act, in the words of a list item: `@ana-gh (Ana Silva)`, or the name and id without a mention. */
function who(a: NeedsAction): string {
	const handle = mention(a);
	return handle ? `${handle} (${cell(a.name)})` : `${cell(a.name)} (${inertCode(a.person)})`;
}

/** What someone must do: `1 review overdue; re-train on 2 SOPs by 2026-11-29`. */
function todo(a: NeedsAction): string {
	const parts: string[] = [];
	if (a.reviews_overdue > 0) parts.push(`${count(a.reviews_overdue, 'review')} overdue`);
	if (a.reviews_due_soon > 0) parts.push(`${count(a.reviews_due_soon, 'review')} due soon`);
	if (a.retrain_overdue > 0)
		parts.push(`re-training on ${count(a.retrain_overdue, 'SOP')} overdue`);
	if (a.retrain_due > 0)
		parts.push(`re-train on ${count(a.retrain_due, 'SOP')} by ${a.retrain_by}`);
	return parts.join('; ');
}

/**
 * The people who must act, each once: the only place the report mentions anyone, so a
 * git host notifies each person once, however many documents they own.
 */
function needsActionMarkdown(people: readonly NeedsAction[]): string[] {
	if (people.length === 0)
		return [
			'## Needs action',
			'',
			'No one: no review is overdue or due soon, and no one must re-train.',
			'',
		];
	return ['## Needs action', '', ...people.map((a) => `- ${who(a)}: ${todo(a)}`), ''];
}

/**
 * A comment that notifies the people who must act: the git host notifies no one of a
 * mention added by editing an issue, so the weekly workflow posts this under the report.
 * Empty when no one is mentioned.
 */
export function needsActionComment(report: StatusReport): string {
	const handles = report.needs_action.flatMap((a) => mention(a) ?? []);
	if (handles.length === 0) return '';
	return `Handbook status, ${report.today}: ${handles.join(' ')}, you have reviews or re-training to do. What each of you must do is under "Needs action" in the report.\n`;
}

/** The KPIs with a figure, each against its target, and the ones still without. */
function kpiMarkdown(kpis: readonly KpiFigures[]): string[] {
	if (kpis.length === 0) return [];
	const out = ['## KPIs, latest figures', ''];
	const rows: string[] = [];
	const target = (t: KpiFigure | null) => (t ? `${valueText(t.value, t.unit)} ${cell(t.of)}` : '—');
	const row = (...cells: string[]) => rows.push(`| ${cells.join(' | ')} |`);
	for (const k of kpis) {
		const name = `${cell(k.name)} (${cell(k.role_label)})`;
		if (k.computed)
			row(
				name,
				'Now, measured by the handbook',
				fraction(k.computed.within, k.computed.sops, k.computed.share),
				target(k.computed.target),
				'',
			);
		for (const r of k.latest?.results ?? []) {
			const figure = `${valueText(r.value, r.unit)}${r.met === null ? '' : r.met ? ', met' : ', **not met**'}`;
			row(name, k.latest!.period, figure, target(r.target), r.note === null ? '' : cell(r.note));
		}
	}
	if (rows.length > 0)
		out.push(
			'| KPI | Period | Figure | Target | Note |',
			'| --- | --- | --- | --- | --- |',
			...rows,
			'',
		);
	const without = kpis.filter((k) => !k.computed && !k.latest);
	if (without.length > 0)
		out.push(
			`No figure recorded yet: ${without.map((k) => cell(k.name)).join(', ')}. A supervisor records one under \`results\` in the KPI's file.`,
			'',
		);
	return out;
}

/** `3 of 4 (75%)`. */
const fraction = (part: number, whole: number, share: number | null) =>
	whole === 0 ? '—' : `${part} of ${whole} (${percent(share)})`;

function maintenanceMarkdown(kpi: SopMaintenanceReport): string[] {
	const head = `| | Now | ${kpi.quarters.map((q) => q.label).join(' | ')} | On time, last four quarters |`;
	const rule = `| --- | --- | ${kpi.quarters.map(() => '---').join(' | ')} | --- |`;
	const line = (r: MaintenanceRow) =>
		`| ${cell(r.name)}${r.id === 'firm' ? ', all pods' : ''} | ${fraction(r.now.within, r.now.sops, r.now.share)} | ${r.quarters.map((q) => fraction(q.within, q.sops, q.share)).join(' | ')} | ${fraction(r.on_time.on_time, r.on_time.reviews, r.on_time.rate)} |`;
	return [
		'## Client SOPs kept current',
		'',
		'Assigned client SOPs within their review cycle, now and on the last day of each quarter, and the share of reviews recorded on or before their due date.',
		'',
		'### By CSA',
		'',
		head,
		rule,
		...kpi.csas.map(line),
		'',
		'### By pod',
		'',
		head,
		rule,
		...kpi.pods.map(line),
		line(kpi.firm),
		'',
	];
}

/**
 * One CSV field. Text from content that starts like a formula (`=`, `+`, `-`, `@`, a tab or
 * a carriage return) gets a leading apostrophe, so a spreadsheet shows it instead of running
 * it: a title `=HYPERLINK(...)` must not become a link in the supervisor's workbook.
 */
const csvField = (value: string | number | null) => {
	if (value === null) return '';
	const text =
		typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function statusReportCsv(report: StatusReport): string {
	// The KPI's columns come last, so a reader of the first eight columns reads them as before.
	const rows: (string | number | null)[][] = [
		[
			'section',
			'id',
			'title',
			'owner',
			'due_or_from',
			'days_left_or_to',
			'state',
			'people',
			'period',
			'sops',
			'within_cycle',
			'reviews',
			'on_time',
		],
	];
	const pad = ['', '', '', '', ''];
	for (const r of report.reviews)
		rows.push(['review', r.id, r.title, r.owner, r.due, r.days_left, r.state, '', ...pad]);
	for (const c of report.thin_clients)
		rows.push(['single-point-client', c.client, c.name, '', '', '', '', c.csas.join(' '), ...pad]);
	for (const s of report.single_points)
		rows.push(['single-point-sop', s.id, s.title, '', '', '', '', s.trained.join(' '), ...pad]);
	for (const g of report.everyone_out)
		rows.push(['everyone-out', g.id, g.title, '', g.from, g.to, '', g.people.join(' '), ...pad]);
	for (const g of report.gaps)
		rows.push([
			`gap-${g.kind}`,
			g.target.id,
			g.what,
			'',
			g.from,
			g.to,
			'',
			g.people.join(' '),
			...pad,
		]);
	for (const r of report.retrain)
		rows.push(['retrain', r.id, r.title, '', r.changed_on, r.due, r.state, r.person, ...pad]);
	rows.push(...maintenanceRows(report.sop_maintenance));
	return `${rows.map((row) => row.map(csvField).join(',')).join('\n')}\n`;
}

/**
 * The SOP-maintenance KPI as CSV rows, per CSA, pod and firm: the current quarter to date
 * (`period` now) and each past quarter, with the period's days in `due_or_from` and `days_left_or_to`.
 */
function maintenanceRows(kpi: SopMaintenanceReport): (string | number)[][] {
	const now = {
		label: 'now',
		from: kpi.quarters.length > 0 ? addDays(kpi.quarters.at(-1)!.to, 1) : kpi.today,
		to: kpi.today,
	};
	const rows: (string | number)[][] = [];
	const add = (section: string, r: MaintenanceRow) => {
		rows.push([
			section,
			r.id,
			r.name,
			'',
			now.from,
			now.to,
			'',
			'',
			now.label,
			r.now.sops,
			r.now.within,
			r.now_on_time.reviews,
			r.now_on_time.on_time,
		]);
		kpi.quarters.forEach((q, i) => {
			const f = r.quarters[i]!;
			rows.push([
				section,
				r.id,
				r.name,
				'',
				q.from,
				q.to,
				'',
				'',
				q.label,
				f.sops,
				f.within,
				f.on_time.reviews,
				f.on_time.on_time,
			]);
		});
	};
	for (const r of kpi.csas) add('sop-maintenance-csa', r);
	for (const r of kpi.pods) add('sop-maintenance-pod', r);
	if (kpi.firm.now.sops > 0 || kpi.firm.quarters.some((q) => q.sops > 0))
		add('sop-maintenance-firm', kpi.firm);
	return rows;
}
