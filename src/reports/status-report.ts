import type { PlainDate } from '../schemas/date.ts';
import { addDays } from '../dates/calendar.ts';
import type { Handbook } from '../model/handbook.ts';
import { clientCoverage, coverageGaps, firmCoverage } from './coverage.ts';
import { count } from '../text/plural.ts';
import { reviewsByOwner } from './review-schedule.ts';
import { inertMarkdown } from '../text/markdown.ts';
import { percent, sopMaintenance, type MaintenanceRow, type SopMaintenanceReport } from './sop-maintenance.ts';

/** What a scheduled job reports: reviews to do, by owner, and where coverage is thin. */
export interface StatusReport {
	today: PlainDate;
	reviews: { owner: string; owner_name: string; id: string; kind: string; title: string; file: string; due: PlainDate; days_left: number; state: string }[];
	single_points: { client: string | null; id: string; title: string; trained: string[] }[];
	thin_clients: { client: string; name: string; csas: string[] }[];
	everyone_out: { id: string; title: string; from: PlainDate; to: PlainDate; people: string[] }[];
	/** The SOP-maintenance KPI: client SOPs within their review cycle, per CSA and pod, now and for the last four quarters. */
	sop_maintenance: SopMaintenanceReport;
}

export const GAP_WEEKS = 8;

export function buildStatusReport(handbook: Handbook, today: PlainDate, warnDays: number): StatusReport {
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
	const clients = clientCoverage(handbook, today);
	const singles = [...clients.flatMap((c) => c.sops), ...firmCoverage(handbook, today)].filter((s) => s.singlePoint);
	return {
		today,
		reviews,
		single_points: singles.map((s) => ({ client: s.sop.data.client ?? null, id: s.sop.id, title: s.sop.data.title, trained: s.trained })),
		thin_clients: clients.filter((c) => c.csas.length < 2).map((c) => ({ client: c.id, name: c.name, csas: c.csas })),
		everyone_out: coverageGaps(handbook, today, GAP_WEEKS * 7).map((g) => ({ id: g.sop.id, title: g.sop.data.title, from: g.from, to: g.to, people: g.people })),
		sop_maintenance: sopMaintenance(handbook, today),
	};
}

/** Content text in the report: shown as written, never a link, image, mention or table break. */
const cell = inertMarkdown;

export function statusReportMarkdown(report: StatusReport): string {
	const overdue = report.reviews.filter((r) => r.state === 'overdue').length;
	const out = [
		`# Handbook status, ${report.today}`,
		'',
		`${overdue} overdue, ${report.reviews.length - overdue} due soon; ${count(report.single_points.length + report.thin_clients.length, 'single point')} of failure; ${count(report.everyone_out.length, 'period')} when everyone trained on an SOP is out in the next ${GAP_WEEKS} weeks.`,
		'',
		'## Reviews to do, by owner',
		'',
	];
	if (report.reviews.length === 0) out.push('Nothing is overdue or due soon.', '');
	let owner = '';
	for (const r of report.reviews) {
		if (r.owner !== owner) {
			if (owner) out.push('');
			owner = r.owner;
			out.push(`### ${cell(r.owner_name)} (\`${r.owner}\`)`, '', '| Document | Due | |', '| --- | --- | --- |');
		}
		const when = r.days_left < 0 ? `**${-r.days_left} days overdue**` : r.days_left === 0 ? 'due today' : `in ${r.days_left} days`;
		out.push(`| ${cell(r.title)} (\`${r.file}\`) | ${r.due} | ${when} |`);
	}
	if (report.reviews.length > 0) out.push('');
	out.push('## Coverage gaps', '');
	if (report.single_points.length + report.thin_clients.length + report.everyone_out.length === 0) out.push('None.', '');
	for (const c of report.thin_clients) out.push(`- Client **${cell(c.name)}**: only ${c.csas.map(cell).join(', ') || 'nobody'} can cover it.`);
	for (const s of report.single_points) out.push(`- **${cell(s.title)}** (\`${s.id}\`): only ${s.trained.map(cell).join(', ') || 'nobody'} can run it.`);
	for (const g of report.everyone_out)
		out.push(`- ${g.from === g.to ? g.from : `${g.from} to ${g.to}`}: everyone trained on **${cell(g.title)}** is out (${g.people.map(cell).join(', ')}).`);
	out.push('', ...maintenanceMarkdown(report.sop_maintenance), 'Record a review with `npm run handbook -- review <id> --by <you>`.', '');
	return out.join('\n');
}

/** `3 of 4 (75%)`. */
const fraction = (part: number, whole: number, share: number | null) => (whole === 0 ? '—' : `${part} of ${whole} (${percent(share)})`);

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
	const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function statusReportCsv(report: StatusReport): string {
	// The KPI's columns come last, so a reader of the first eight columns reads them as before.
	const rows: (string | number | null)[][] = [
		['section', 'id', 'title', 'owner', 'due_or_from', 'days_left_or_to', 'state', 'people', 'period', 'sops', 'within_cycle', 'reviews', 'on_time'],
	];
	const pad = ['', '', '', '', ''];
	for (const r of report.reviews) rows.push(['review', r.id, r.title, r.owner, r.due, r.days_left, r.state, '', ...pad]);
	for (const c of report.thin_clients) rows.push(['single-point-client', c.client, c.name, '', '', '', '', c.csas.join(' '), ...pad]);
	for (const s of report.single_points) rows.push(['single-point-sop', s.id, s.title, '', '', '', '', s.trained.join(' '), ...pad]);
	for (const g of report.everyone_out) rows.push(['everyone-out', g.id, g.title, '', g.from, g.to, '', g.people.join(' '), ...pad]);
	rows.push(...maintenanceRows(report.sop_maintenance));
	return `${rows.map((row) => row.map(csvField).join(',')).join('\n')}\n`;
}

/**
 * The SOP-maintenance KPI as CSV rows, per CSA, pod and firm: the current quarter to date
 * (`period` now) and each past quarter, with the period's days in `due_or_from` and `days_left_or_to`.
 */
function maintenanceRows(kpi: SopMaintenanceReport): (string | number)[][] {
	const now = { label: 'now', from: kpi.quarters.length > 0 ? addDays(kpi.quarters.at(-1)!.to, 1) : kpi.today, to: kpi.today };
	const rows: (string | number)[][] = [];
	const add = (section: string, r: MaintenanceRow) => {
		rows.push([section, r.id, r.name, '', now.from, now.to, '', '', now.label, r.now.sops, r.now.within, r.now_on_time.reviews, r.now_on_time.on_time]);
		kpi.quarters.forEach((q, i) => {
			const f = r.quarters[i]!;
			rows.push([section, r.id, r.name, '', q.from, q.to, '', '', q.label, f.sops, f.within, f.on_time.reviews, f.on_time.on_time]);
		});
	};
	for (const r of kpi.csas) add('sop-maintenance-csa', r);
	for (const r of kpi.pods) add('sop-maintenance-pod', r);
	if (kpi.firm.now.sops > 0 || kpi.firm.quarters.some((q) => q.sops > 0)) add('sop-maintenance-firm', kpi.firm);
	return rows;
}
