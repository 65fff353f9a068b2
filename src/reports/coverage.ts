import type { PlainDate } from '../schemas/date.ts';
import type { Sop } from '../schemas/sop.ts';
import { addDays } from '../dates/calendar.ts';
import type { Entry, Handbook } from '../model/handbook.ts';
import { isActiveClient, isActivePerson, isInUse } from '../model/status.ts';

/** Who can run one SOP today: the owner and a trained backup, if they are active. */
export interface SopCoverage {
	sop: Entry<Sop>;
	/** Active people trained to run it, owner first. */
	trained: string[];
	/** Fewer than two trained people: one absence stops the work. */
	singlePoint: boolean;
}

export interface ClientCoverage {
	id: string;
	name: string;
	/** Active CSAs who can run the client: the CSA and the backup CSA. */
	csas: string[];
	singlePoint: boolean;
	sops: SopCoverage[];
}

/** Days on which everyone trained on an SOP is away at once. */
export interface CoverageGap {
	sop: Entry<Sop>;
	from: PlainDate;
	to: PlainDate;
	/** The people who are all out. */
	people: string[];
}

function isActive(handbook: Handbook, id: string | undefined): id is string {
	return id !== undefined && isActivePerson(handbook.people.get(id));
}

/** Coverage of one active SOP as of `today`. */
export function sopCoverage(handbook: Handbook, sop: Entry<Sop>, today: PlainDate): SopCoverage {
	const trained: string[] = [];
	if (isActive(handbook, sop.data.owner)) trained.push(sop.data.owner);
	const backup = sop.data.backup;
	if (backup && backup.person !== sop.data.owner && isActive(handbook, backup.person) && backup.trained_on !== undefined && backup.trained_on <= today) {
		trained.push(backup.person);
	}
	return { sop, trained, singlePoint: trained.length < 2 };
}

/** Every active client with its SOPs; single points of failure first, then by name. */
export function clientCoverage(handbook: Handbook, today: PlainDate): ClientCoverage[] {
	const sops = [...handbook.sops.values()].filter((s) => isInUse(s));
	const clients: ClientCoverage[] = [];
	for (const client of handbook.clients.values()) {
		if (!isActiveClient(client)) continue;
		const csas = [client.data.csa, client.data.backup_csa].filter((id, i, all): id is string => isActive(handbook, id) && all.indexOf(id) === i);
		const covered = sops.filter((s) => s.data.client === client.id).map((s) => sopCoverage(handbook, s, today));
		covered.sort((a, b) => Number(b.singlePoint) - Number(a.singlePoint) || a.sop.data.title.localeCompare(b.sop.data.title));
		clients.push({ id: client.id, name: client.data.name, csas, singlePoint: csas.length < 2 || covered.some((c) => c.singlePoint), sops: covered });
	}
	return clients.sort((a, b) => Number(b.singlePoint) - Number(a.singlePoint) || a.name.localeCompare(b.name));
}

/** Firm-wide SOPs (no client), single points first. */
export function firmCoverage(handbook: Handbook, today: PlainDate): SopCoverage[] {
	return [...handbook.sops.values()]
		.filter((s) => isInUse(s) && !s.data.client)
		.map((s) => sopCoverage(handbook, s, today))
		.sort((a, b) => Number(b.singlePoint) - Number(a.singlePoint) || a.sop.data.title.localeCompare(b.sop.data.title));
}

/** The days from `from` to `to` (inclusive) on which `person` is out of office. */
function daysAway(handbook: Handbook, person: string, from: PlainDate, to: PlainDate): Set<PlainDate> {
	const days = new Set<PlainDate>();
	for (const absence of handbook.people.get(person)?.data.out_of_office ?? []) {
		for (let day = absence.from > from ? absence.from : from; day <= absence.to && day <= to; day = addDays(day, 1)) days.add(day);
	}
	return days;
}

/**
 * Periods in the next `days` days on which everyone trained on an active SOP is out at
 * once, from the people's `out_of_office`. Sorted by start date, then SOP title.
 */
export function coverageGaps(handbook: Handbook, today: PlainDate, days: number): CoverageGap[] {
	const end = addDays(today, days - 1);
	const gaps: CoverageGap[] = [];
	for (const sop of handbook.sops.values()) {
		if (!isInUse(sop)) continue;
		const { trained } = sopCoverage(handbook, sop, today);
		if (trained.length === 0) continue;
		const [first, ...rest] = trained.map((p) => daysAway(handbook, p, today, end));
		const together = [...first!].filter((day) => rest.every((away) => away.has(day))).sort();
		// Runs of consecutive days become one gap.
		let start: PlainDate | undefined;
		let previous: PlainDate | undefined;
		for (const day of [...together, undefined]) {
			if (day !== undefined && previous !== undefined && addDays(previous, 1) === day) {
				previous = day;
				continue;
			}
			if (start !== undefined && previous !== undefined) gaps.push({ sop, from: start, to: previous, people: trained });
			start = day;
			previous = day;
		}
	}
	return gaps.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.sop.data.title.localeCompare(b.sop.data.title)));
}
