import type { PlainDate } from '../schemas/date.ts';
import type { Handbook } from '../model/handbook.ts';
import { coverageOf } from '../coverage/coverage.ts';
import { coverageData, type CoverageData } from '../coverage/describe.ts';
import { count } from '../text/plural.ts';
import { reviewsByOwner } from './review-schedule.ts';
import { inertMarkdown } from '../text/markdown.ts';
import { retrainingList, type Retraining } from './retraining.ts';

/** What a scheduled job reports: reviews to do, by owner, and where coverage is thin. */
export interface StatusReport {
	today: PlainDate;
	reviews: { owner: string; owner_name: string; id: string; kind: string; title: string; file: string; due: PlainDate; days_left: number; state: string }[];
	/** SOPs with a part that fewer than two people can run: `trained` is everyone who can run some part, `parts` the thin ones. */
	single_points: { client: string | null; id: string; title: string; trained: string[]; parts: { role: string; label: string; people: string[] }[] }[];
	thin_clients: { client: string; name: string; csas: string[] }[];
	everyone_out: { id: string; title: string; role: string; from: PlainDate; to: PlainDate; people: string[] }[];
	/** How many weeks ahead coverage looked. */
	coverage_weeks: number;
	/** Every coverage gap in the window, worst first, in words. */
	gaps: CoverageData['gaps'];
	/** People trained on an older version of an SOP, by person: they must re-learn what changed. */
	retrain: Retraining[];
}

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
	const coverage = coverageOf(handbook, today);
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
				parts: s.parts.filter((p) => p.runners.length < 2).map((p) => ({ role: p.role, label: p.label, people: p.runners.map((r) => r.person) })),
			})),
		thin_clients: coverage.clients.filter((c) => c.csas.length < 2).map((c) => ({ client: c.client.id, name: c.client.data.name, csas: c.csas })),
		everyone_out: coverage.gaps.flatMap((g) =>
			g.kind === 'sop-part' && !g.untrained ? [{ id: g.sop.id, title: g.sop.data.title, role: g.role, from: g.run.from, to: g.run.to, people: g.run.out }] : [],
		),
		coverage_weeks: handbook.config.coverage_weeks,
		gaps: coverageData(handbook, coverage).gaps,
		retrain: retrainingList(handbook, today),
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
	out.push('## Coverage gaps, worst first', '');
	if (report.gaps.length === 0) out.push('None.');
	for (const g of report.gaps) out.push(`- ${cell(g.what)} ${cell(g.fix)}`);
	out.push('', '## Single points of failure', '');
	if (report.single_points.length + report.thin_clients.length === 0) out.push('None.');
	for (const c of report.thin_clients) out.push(`- Client **${cell(c.name)}**: only ${c.csas.map(cell).join(', ') || 'nobody'} can cover it.`);
	for (const s of report.single_points) {
		const parts = s.parts.map((p) => `only ${p.people.map(cell).join(', ') || 'nobody'} can run its ${cell(p.label)} part`).join('; ');
		out.push(`- **${cell(s.title)}** (\`${s.id}\`): ${parts || 'no role runs it'}.`);
	}
	out.push('', '## Re-training, by person', '');
	if (report.retrain.length === 0) out.push('Everyone trained on an SOP is trained on its current version.');
	let person = '';
	for (const r of report.retrain) {
		if (r.person !== person) {
			if (person) out.push('');
			person = r.person;
			out.push(`### ${cell(r.person_name)} (\`${r.person}\`)`, '', '| SOP | Changed | What changed | Re-train by |', '| --- | --- | --- | --- |');
		}
		const by = r.state === 'overdue' ? `**${r.due}, passed**${r.backup ? ' (backup: not cover until re-trained)' : ''}` : `${r.due}${r.backup ? ' (backup)' : ''}`;
		out.push(`| ${cell(r.title)} (\`${r.id}\`) | ${r.changed_on} | ${cell(r.note) || 'no note'} | ${by} |`);
	}
	if (report.retrain.length > 0) out.push('', 'Record a training with `npm run handbook -- trained <sop-id> --person <id>`.');
	out.push('', 'Record a review with `npm run handbook -- review <id> --by <you>`.', '');
	return out.join('\n');
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
	const rows: (string | number | null)[][] = [['section', 'id', 'title', 'owner', 'due_or_from', 'days_left_or_to', 'state', 'people']];
	for (const r of report.reviews) rows.push(['review', r.id, r.title, r.owner, r.due, r.days_left, r.state, '']);
	for (const c of report.thin_clients) rows.push(['single-point-client', c.client, c.name, '', '', '', '', c.csas.join(' ')]);
	for (const s of report.single_points) rows.push(['single-point-sop', s.id, s.title, '', '', '', '', s.trained.join(' ')]);
	for (const g of report.everyone_out) rows.push(['everyone-out', g.id, g.title, '', g.from, g.to, '', g.people.join(' ')]);
	for (const g of report.gaps) rows.push([`gap-${g.kind}`, g.target.id, g.what, '', g.from, g.to, '', g.people.join(' ')]);
	for (const r of report.retrain) rows.push(['retrain', r.id, r.title, '', r.changed_on, r.due, r.state, r.person]);
	return `${rows.map((row) => row.map(csvField).join(',')).join('\n')}\n`;
}
