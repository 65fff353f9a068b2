import type { PlainDate } from '../schemas/date.ts';
import { CYCLE_MONTHS } from '../schemas/review-cycle.ts';
import type { HandbookConfig } from '../schemas/config.ts';
import type { Entry, Handbook } from '../model/handbook.ts';
import type { Client } from '../schemas/client.ts';
import type { Sop } from '../schemas/sop.ts';
import { isActiveClient, isInUse } from '../model/status.ts';
import { addMonths, periodAt, periodLabel, periodOf, periodsFromTo } from '../dates/calendar.ts';
import { cyclePolicyOf } from '../dates/review-status.ts';

/**
 * The SOP-maintenance KPI, measured from the handbook itself: for each CSA and each pod,
 * the share of their assigned client SOPs that are within their review cycle, now and at
 * the end of each of the last four calendar quarters, and how many of the reviews recorded
 * were on time.
 *
 * - A CSA's assigned client SOPs are the SOPs in use whose client is active and names them
 *   as `csa`; a pod's are those of the clients in the pod.
 * - An SOP is within its cycle on a day when that day is not after one cycle from its last
 *   review on or before the day (the overdue rule's arithmetic). An SOP counts in a quarter
 *   from its first recorded review; before that it was not yet written.
 * - A review is on time when it falls on or before the day the previous review made due;
 *   the first review of an SOP has nothing to be late for and is not counted.
 * - The review dates are the `reviews` log and `last_reviewed`. The cycle is the SOP's
 *   current one: the log does not record past cycles.
 */

export interface QuarterSpan {
	/** `2026 Q3`. */
	label: string;
	from: PlainDate;
	to: PlainDate;
}

/** Within-cycle share on one day: `share` is `null` when there is nothing to count. */
export interface WithinCycle {
	sops: number;
	within: number;
	share: number | null;
}

/** Reviews recorded in a period and how many were on time. */
export interface OnTime {
	reviews: number;
	on_time: number;
	rate: number | null;
}

export interface QuarterFigures extends WithinCycle {
	quarter: string;
	/** The reviews dated in the quarter. */
	on_time: OnTime;
}

export interface MaintenanceRow {
	/** Person or pod id; `firm` for the whole firm. */
	id: string;
	name: string;
	now: WithinCycle;
	/** The reviews dated in the current quarter so far. */
	now_on_time: OnTime;
	/** Oldest first, one per quarter of the report. */
	quarters: QuarterFigures[];
	/** The reviews dated in the four quarters together. */
	on_time: OnTime;
	/** Assigned client SOPs out of their cycle today, for the person to act on. */
	overdue: string[];
}

export interface SopMaintenanceReport {
	today: PlainDate;
	quarters: QuarterSpan[];
	csas: MaintenanceRow[];
	pods: MaintenanceRow[];
	firm: MaintenanceRow;
}

/** The `count` whole quarters before the one holding `today`, oldest first. */
export function lastQuarters(today: PlainDate, count = 4): QuarterSpan[] {
	const current = periodOf('quarter', today).index;
	return periodsFromTo(periodAt('quarter', current - count), periodAt('quarter', current - 1)).map(
		(q) => ({ label: periodLabel(q), from: q.from, to: q.to }),
	);
}

interface Tracked {
	sop: Entry<Sop>;
	/** The active client it is for. */
	client: Entry<Client>;
	/** Every review day, oldest first, without repeats. */
	dates: PlainDate[];
	months: number;
}

function track(config: HandbookConfig, sop: Entry<Sop>, client: Entry<Client>): Tracked {
	const dates = [
		...new Set([...sop.data.reviews.map((r) => r.date), sop.data.last_reviewed]),
	].sort();
	const cycle =
		sop.data.review_cycle ?? cyclePolicyOf(config, { kind: 'sop', data: sop.data }).default;
	return { sop, client, dates, months: CYCLE_MONTHS[cycle] };
}

/** Whether the SOP is within its cycle on `day`; `undefined` when it had no review yet then. */
function withinOn(t: Tracked, day: PlainDate): boolean | undefined {
	const last = t.dates.filter((d) => d <= day).at(-1);
	if (last === undefined) return undefined;
	return day <= addMonths(last, t.months);
}

function withinCycle(sops: readonly Tracked[], day: PlainDate): WithinCycle {
	let counted = 0;
	let within = 0;
	for (const t of sops) {
		const ok = withinOn(t, day);
		if (ok === undefined) continue;
		counted += 1;
		if (ok) within += 1;
	}
	return { sops: counted, within, share: counted === 0 ? null : within / counted };
}

function onTime(sops: readonly Tracked[], from: PlainDate, to: PlainDate): OnTime {
	let reviews = 0;
	let inTime = 0;
	for (const t of sops) {
		for (let i = 1; i < t.dates.length; i++) {
			const date = t.dates[i]!;
			if (date < from || date > to) continue;
			reviews += 1;
			if (date <= addMonths(t.dates[i - 1]!, t.months)) inTime += 1;
		}
	}
	return { reviews, on_time: inTime, rate: reviews === 0 ? null : inTime / reviews };
}

function row(
	id: string,
	name: string,
	sops: readonly Tracked[],
	today: PlainDate,
	quarters: readonly QuarterSpan[],
): MaintenanceRow {
	return {
		id,
		name,
		now: withinCycle(sops, today),
		now_on_time: onTime(sops, periodOf('quarter', today).from, today),
		quarters: quarters.map((q) => ({
			quarter: q.label,
			...withinCycle(sops, q.to),
			on_time: onTime(sops, q.from, q.to),
		})),
		on_time: onTime(sops, quarters[0]!.from, quarters.at(-1)!.to),
		overdue: sops.filter((t) => withinOn(t, today) === false).map((t) => t.sop.id),
	};
}

/** The SOP-maintenance KPI as of `today`, per CSA, per pod and for the firm. */
export function sopMaintenance(handbook: Handbook, today: PlainDate): SopMaintenanceReport {
	const quarters = lastQuarters(today);
	const all: Tracked[] = [];
	for (const sop of handbook.sops.values()) {
		if (!isInUse(sop) || !sop.data.client) continue;
		const client = handbook.clients.get(sop.data.client);
		if (client && isActiveClient(client)) all.push(track(handbook.config, sop, client));
	}
	const byCsa = Map.groupBy(all, (t) => t.client.data.csa);
	const byPod = Map.groupBy(all, (t) => t.client.data.pod);
	const name = (map: ReadonlyMap<string, { data: { name: string } }>, id: string) =>
		map.get(id)?.data.name ?? id;
	const rows = (
		groups: Map<string, Tracked[]>,
		names: ReadonlyMap<string, { data: { name: string } }>,
	) =>
		[...groups]
			.map(([id, sops]) => row(id, name(names, id), sops, today, quarters))
			.sort((a, b) => a.name.localeCompare(b.name, 'en'));
	return {
		today,
		quarters,
		csas: rows(byCsa, handbook.people),
		pods: rows(byPod, handbook.pods),
		firm: row('firm', handbook.config.organisation, all, today, quarters),
	};
}

/** A share as a whole percentage, `—` when there was nothing to count. */
export function percent(share: number | null): string {
	return share === null ? '—' : `${Math.round(share * 100)}%`;
}
