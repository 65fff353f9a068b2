import { addDays, workingDays } from '../dates/calendar.ts';
import { countsAsTrained } from '../dates/revision.ts';
import { absenceHolds, absencesWithin, isAwayOn } from '../model/away.ts';
import type { Entry, Handbook } from '../model/handbook.ts';
import { roleLabel } from '../model/roles.ts';
import { isActiveClient, isActivePerson, isInUse } from '../model/status.ts';
import type { Client } from '../schemas/client.ts';
import type { PlainDate } from '../schemas/date.ts';
import type { Person } from '../schemas/person.ts';
import type { Pod } from '../schemas/pod.ts';
import type { Sop } from '../schemas/sop.ts';

/**
 * Who can really run the work, by role and by day: one model that the check, the report,
 * the site's coverage page, person pages and handbook.json all read.
 *
 * An SOP is run in parts, one per role in its `roles` (default: the owner's main role, the
 * first in their `roles`). A person can run a role's part on a day when they are trained
 * for it, active, and not out that day. Trained for a part means holding the role and one of:
 * owning the SOP; being its backup or in its `trained` list from the training day; holding
 * a role trained as a whole (`trained_roles`) from that day (a training before the SOP's
 * last material change stops counting when the re-training window has passed); for a client SOP, being the
 * client's CSA or backup CSA (CSA part) or one of its BPAs or backup BPAs (BPA part). The
 * role `pod-lead` is held by a pod's lead, and on the days a lead is out by the acting lead
 * named on the absence.
 *
 * Coverage looks at working days (Monday to Friday) from today for the configured number
 * of weeks: nobody is in on a weekend, so a weekend is never a gap.
 */

/** The role a pod's lead holds while leading it. */
export const POD_LEAD_ROLE = 'pod-lead';

/** Why someone counts for a part. */
export type Via =
	'owner' | 'backup' | 'trained' | 'trained-role' | 'client-csa' | 'client-bpa' | 'pod-lead';

export interface Runner {
	person: string;
	via: Via;
	/** The day from which they count (their training day), if it matters. */
	since?: PlainDate;
}

/** Consecutive working days (weekends between them do not break the run) and who is out on them. */
export interface DayRun {
	from: PlainDate;
	to: PlainDate;
	/** Working days in the run. */
	days: number;
	/** People who could otherwise cover, all out. */
	out: string[];
}

/** One role's part of an SOP. */
export interface PartCoverage {
	role: string;
	label: string;
	/** Active people trained for this part as of today, in a stable order. */
	runners: Runner[];
	/** Runs of working days in the window on which none of them can run it. */
	gaps: DayRun[];
}

export interface SopCoverage {
	sop: Entry<Sop>;
	parts: PartCoverage[];
	/** Every active person who can run some part, owner first. */
	trained: string[];
	/** Some part has fewer than two people: one absence stops it. */
	singlePoint: boolean;
}

export interface ClientCoverage {
	client: Entry<Client>;
	/** The active CSA and backup CSA. */
	csas: string[];
	/** The active BPAs and backup BPAs. */
	bpas: string[];
	/** Working days on which the CSA and the backup CSA are both out. */
	csasOut: DayRun[];
	sops: SopCoverage[];
	/** One CSA, or some SOP part with one person. */
	singlePoint: boolean;
}

export interface PodCoverage {
	pod: Entry<Pod>;
	/** Absences of the lead in the window with no acting lead named. */
	leadOut: DayRun[];
	/** Absences of the lead in the window with an acting lead: who acts. */
	acting: (DayRun & { acting: string })[];
}

export interface PersonCoverage {
	person: Entry<Person>;
	/** The parts they can run, by SOP. */
	runs: { sop: Entry<Sop>; role: string; label: string; via: Via }[];
	/** The parts only they can run. */
	only: { sop: Entry<Sop>; role: string; label: string }[];
	/** Their time off that reaches into the window. */
	away: { from: PlainDate; to: PlainDate; acting_lead?: string }[];
	/** Parts that have nobody on some day while they are out. */
	breaks: { sop: Entry<Sop>; label: string; gap: DayRun }[];
}

/** One thing to fix, for the gaps list: worst (most working days uncovered) first. */
export type CoverageGap =
	| {
			kind: 'sop-part';
			sop: Entry<Sop>;
			role: string;
			label: string;
			run: DayRun;
			untrained: boolean;
	  }
	| { kind: 'client-csas'; client: Entry<Client>; run: DayRun }
	| { kind: 'pod-lead'; pod: Entry<Pod>; lead: string; run: DayRun }
	| { kind: 'single-bpa'; client: Entry<Client>; bpa: string | undefined; sops: Entry<Sop>[] };

export interface Coverage {
	today: PlainDate;
	/** The last day of the window. */
	end: PlainDate;
	/** The working days of the window, in order. */
	days: PlainDate[];
	sops: SopCoverage[];
	clients: ClientCoverage[];
	pods: PodCoverage[];
	people: PersonCoverage[];
	gaps: CoverageGap[];
}

/** The roles that run an SOP: its `roles`, else the owner's main role. */
export function rolesOf(handbook: Handbook, sop: Entry<Sop>): string[] {
	if (sop.data.roles) return [...new Set(sop.data.roles)];
	const main = handbook.people.get(sop.data.owner)?.data.roles[0];
	return main === undefined ? [] : [main];
}

/** Runs of the marked days, consecutive in `days`, with who was out on them. */
function runsOf(
	days: readonly PlainDate[],
	marked: (day: PlainDate) => string[] | undefined,
): DayRun[] {
	const runs: DayRun[] = [];
	let current: DayRun | undefined;
	for (const day of days) {
		const out = marked(day);
		if (out === undefined) {
			current = undefined;
			continue;
		}
		if (current) {
			current.to = day;
			current.days += 1;
			for (const p of out) if (!current.out.includes(p)) current.out.push(p);
		} else {
			current = { from: day, to: day, days: 1, out: [...out] };
			runs.push(current);
		}
	}
	return runs;
}

interface Context {
	handbook: Handbook;
	today: PlainDate;
	days: PlainDate[];
	active: (id: string | undefined) => id is string;
	holds: (id: string, role: string) => boolean;
	leads: Map<string, Entry<Pod>[]>;
}

/** Everyone trained for `role`'s part of `sop` as of `today` (training days in the future do not count yet). */
function runnersFor(c: Context, sop: Entry<Sop>, role: string): Runner[] {
	const { handbook, today } = c;
	const found = new Map<string, Runner>();
	const add = (person: string | undefined, via: Via, since?: PlainDate) => {
		if (!c.active(person) || found.has(person)) return;
		// A training counts from its day, and stops counting once the SOP changed materially
		// after it and the re-training window has passed.
		if (
			since !== undefined &&
			(since > today || !countsAsTrained(sop.data, since, today, handbook.config.retrain_days))
		)
			return;
		found.set(person, since === undefined ? { person, via } : { person, via, since });
	};
	const holding = (person: string | undefined) => person !== undefined && c.holds(person, role);
	if (holding(sop.data.owner)) add(sop.data.owner, 'owner');
	const backup = sop.data.backup;
	if (backup && backup.trained_on !== undefined && holding(backup.person))
		add(backup.person, 'backup', backup.trained_on);
	for (const t of sop.data.trained) if (holding(t.person)) add(t.person, 'trained', t.on);
	const client = sop.data.client === undefined ? undefined : handbook.clients.get(sop.data.client);
	if (client) {
		// The client's people run its parts only in the role the client file names them for (ref/wrong-role reports the others).
		if (role === 'csa')
			for (const p of [client.data.csa, client.data.backup_csa])
				if (holding(p)) add(p, 'client-csa');
		if (role === 'bpa')
			for (const p of [...client.data.bpas, ...client.data.backup_bpas])
				if (holding(p)) add(p, 'client-bpa');
		if (role === POD_LEAD_ROLE) add(handbook.pods.get(client.data.pod)?.data.lead, 'pod-lead');
	} else if (role === POD_LEAD_ROLE) {
		for (const [lead] of c.leads) add(lead, 'pod-lead');
	}
	for (const t of sop.data.trained_roles) {
		if (t.role !== role || t.on > today) continue;
		for (const person of handbook.people.values())
			if (person.data.roles.includes(role)) add(person.id, 'trained-role', t.on);
	}
	return [...found.values()];
}

/** The acting leads named for `day` by the leads among `runners` who are out that day. */
function actingLeads(c: Context, runners: readonly Runner[], day: PlainDate): string[] {
	const acting: string[] = [];
	for (const r of runners) {
		if (!c.leads.has(r.person)) continue;
		for (const a of c.handbook.people.get(r.person)?.data.out_of_office ?? []) {
			if (
				absenceHolds(a, day) &&
				c.active(a.acting_lead) &&
				!isAwayOn(c.handbook.people.get(a.acting_lead), day)
			)
				acting.push(a.acting_lead);
		}
	}
	return acting;
}

function partCoverage(c: Context, sop: Entry<Sop>, role: string): PartCoverage {
	const runners = runnersFor(c, sop, role);
	const people = runners.map((r) => r.person);
	const gaps = runsOf(c.days, (day) => {
		const someoneIn = runners.some((r) => !isAwayOn(c.handbook.people.get(r.person), day));
		if (someoneIn || (role === POD_LEAD_ROLE && actingLeads(c, runners, day).length > 0))
			return undefined;
		return people;
	});
	return { role, label: roleLabel(c.handbook.config, role), runners, gaps };
}

function sopCoverage(c: Context, sop: Entry<Sop>): SopCoverage {
	const parts = rolesOf(c.handbook, sop).map((role) => partCoverage(c, sop, role));
	const trained = [...new Set(parts.flatMap((p) => p.runners.map((r) => r.person)))];
	const owner = trained.indexOf(sop.data.owner);
	if (owner > 0) trained.unshift(...trained.splice(owner, 1));
	return {
		sop,
		parts,
		trained,
		singlePoint: parts.length === 0 || parts.some((p) => p.runners.length < 2),
	};
}

const byTitle = (a: SopCoverage, b: SopCoverage) =>
	Number(b.singlePoint) - Number(a.singlePoint) || a.sop.data.title.localeCompare(b.sop.data.title);

/** The last day of the coverage window: `weeks` weeks from today, today included. */
function windowEnd(today: PlainDate, weeks: number): PlainDate {
	return addDays(today, weeks * 7 - 1);
}

/** The working days coverage looks at: from today, `weeks` weeks ahead. */
export function coverageDays(today: PlainDate, weeks: number): PlainDate[] {
	return workingDays(today, windowEnd(today, weeks));
}

/** Coverage of the handbook from `today` for the configured number of weeks (or `weeks`). */
export function coverageOf(
	handbook: Handbook,
	today: PlainDate,
	weeks = handbook.config.coverage_weeks,
): Coverage {
	const end = windowEnd(today, weeks);
	const days = coverageDays(today, weeks);
	const c = contextOf(handbook, today, days);
	const sops = [...handbook.sops.values()].filter((s) => isInUse(s)).map((s) => sopCoverage(c, s));
	const clients = clientsCoverage(c, sops);
	const pods = [...handbook.pods.values()].map((pod) => podCoverage(c, pod));
	const gaps = gapsOf(c, sops, clients, pods);
	const people = peopleCoverage(c, sops, gaps, end);
	return { today, end, days, sops: sops.sort(byTitle), clients, pods, people, gaps };
}

function contextOf(handbook: Handbook, today: PlainDate, days: PlainDate[]): Context {
	const leads = Map.groupBy(
		[...handbook.pods.values()].filter((pod) => pod.data.lead !== undefined),
		(pod) => pod.data.lead!,
	);
	return {
		handbook,
		today,
		days,
		leads,
		active: (id): id is string => id !== undefined && isActivePerson(handbook.people.get(id)),
		holds: (id, role) =>
			(role === POD_LEAD_ROLE && leads.has(id)) ||
			(handbook.people.get(id)?.data.roles.includes(role) ?? false),
	};
}

/** The active clients, those with a single point of failure first, then by name. */
function clientsCoverage(c: Context, sops: readonly SopCoverage[]): ClientCoverage[] {
	const byClient = Map.groupBy(
		sops.filter((s) => s.sop.data.client !== undefined),
		(s) => s.sop.data.client!,
	);
	const clients = [...c.handbook.clients.values()]
		.filter((client) => isActiveClient(client))
		.map((client) => clientCoverage(c, client, (byClient.get(client.id) ?? []).sort(byTitle)));
	return clients.sort(
		(a, b) =>
			Number(b.singlePoint) - Number(a.singlePoint) ||
			a.client.data.name.localeCompare(b.client.data.name),
	);
}

/** `sops`: the client's SOPs. */
function clientCoverage(c: Context, client: Entry<Client>, sops: SopCoverage[]): ClientCoverage {
	// Named for a role they do not hold, a person covers nothing here (ref/wrong-role reports them).
	const csas = [
		...new Set(
			[client.data.csa, client.data.backup_csa].filter(
				(p): p is string => c.active(p) && c.holds(p, 'csa'),
			),
		),
	];
	const bpas = [
		...new Set(
			[...client.data.bpas, ...client.data.backup_bpas].filter(
				(p) => c.active(p) && c.holds(p, 'bpa'),
			),
		),
	];
	const csasOut =
		csas.length === 0
			? []
			: runsOf(c.days, (day) =>
					csas.every((p) => isAwayOn(c.handbook.people.get(p), day)) ? csas : undefined,
				);
	return {
		client,
		csas,
		bpas,
		csasOut,
		sops,
		singlePoint: csas.length < 2 || sops.some((s) => s.singlePoint),
	};
}

/** The absences of an active lead in the window, each with no acting lead or with the one who acts. */
function podCoverage(c: Context, pod: Entry<Pod>): PodCoverage {
	const lead = c.handbook.people.get(pod.data.lead ?? '');
	const leadOut: DayRun[] = [];
	const acting: PodCoverage['acting'] = [];
	if (lead && c.active(lead.id)) {
		for (const absence of lead.data.out_of_office) {
			const inWindow = c.days.filter((d) => absenceHolds(absence, d));
			if (inWindow.length === 0) continue;
			const run: DayRun = {
				from: inWindow[0]!,
				to: inWindow.at(-1)!,
				days: inWindow.length,
				out: [lead.id],
			};
			if (c.active(absence.acting_lead)) acting.push({ ...run, acting: absence.acting_lead });
			else leadOut.push(run);
		}
	}
	return { pod, leadOut, acting };
}

/**
 * Every gap, worst first: the most working days uncovered, then the earliest. A single BPA
 * is a standing risk rather than a run of days, and weighs half the window from today.
 */
function gapsOf(
	c: Context,
	sops: readonly SopCoverage[],
	clients: readonly ClientCoverage[],
	pods: readonly PodCoverage[],
): CoverageGap[] {
	const gaps: CoverageGap[] = [];
	for (const s of sops) {
		for (const part of s.parts) {
			for (const run of part.gaps)
				gaps.push({
					kind: 'sop-part',
					sop: s.sop,
					role: part.role,
					label: part.label,
					run,
					untrained: part.runners.length === 0,
				});
		}
	}
	for (const cl of clients) {
		for (const run of cl.csasOut) gaps.push({ kind: 'client-csas', client: cl.client, run });
		const bpaSops = cl.sops.filter((s) => s.parts.some((p) => p.role === 'bpa')).map((s) => s.sop);
		if (bpaSops.length > 0 && cl.bpas.length < 2)
			gaps.push({ kind: 'single-bpa', client: cl.client, bpa: cl.bpas[0], sops: bpaSops });
	}
	for (const p of pods)
		for (const run of p.leadOut)
			gaps.push({ kind: 'pod-lead', pod: p.pod, lead: p.pod.data.lead!, run });
	const weight = (g: CoverageGap) => (g.kind === 'single-bpa' ? c.days.length / 2 : g.run.days);
	const start = (g: CoverageGap) => (g.kind === 'single-bpa' ? c.today : g.run.from);
	return gaps.sort(
		(a, b) => weight(b) - weight(a) || (start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : 0),
	);
}

/** Everyone's part in the coverage: what they run, what only they run, their time off to `end`, and the gaps it opens. */
function peopleCoverage(
	c: Context,
	sops: readonly SopCoverage[],
	gaps: readonly CoverageGap[],
	end: PlainDate,
): PersonCoverage[] {
	// What each person can run, gathered in one pass over the parts rather than once per person.
	const parts = sops.flatMap((s) => s.parts.map((part) => ({ sop: s.sop, part })));
	const runsBy = Map.groupBy(
		parts.flatMap(({ sop, part }) =>
			part.runners.map((r) => ({
				person: r.person,
				sop,
				role: part.role,
				label: part.label,
				via: r.via,
			})),
		),
		(run) => run.person,
	);
	const onlyBy = Map.groupBy(
		parts.flatMap(({ sop, part }) =>
			part.runners.length === 1
				? [{ person: part.runners[0]!.person, sop, role: part.role, label: part.label }]
				: [],
		),
		(only) => only.person,
	);
	const breaksBy = Map.groupBy(
		gaps.flatMap((g) =>
			g.kind !== 'sop-part' || g.untrained
				? []
				: g.run.out.map((person) => ({ person, sop: g.sop, label: g.label, gap: g.run })),
		),
		(broken) => broken.person,
	);
	return [...c.handbook.people.values()].map((person) => ({
		person,
		runs: runsBy.get(person.id) ?? [],
		only: onlyBy.get(person.id) ?? [],
		away: absencesWithin(person, c.today, end).map((a) =>
			a.acting_lead === undefined
				? { from: a.from, to: a.to }
				: { from: a.from, to: a.to, acting_lead: a.acting_lead },
		),
		breaks: breaksBy.get(person.id) ?? [],
	}));
}

/** `from` to `to` as people say it: one day, or a range. */
export function spanOf(run: { from: PlainDate; to: PlainDate }): string {
	return run.from === run.to ? run.from : `${run.from} to ${run.to}`;
}
