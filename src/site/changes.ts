import { roleLabel } from '../model/roles.ts';
import type { PlainDate } from '../schemas/date.ts';
import type { Entry, Handbook } from '../model/handbook.ts';
import type { Sop } from '../schemas/sop.ts';
import { materialChanges } from '../dates/revision.ts';
import { addTo } from '../model/group.ts';
import { isActivePerson, isDraft, isInUse } from '../model/status.ts';

/** One material change of an SOP, with what readers filter it by. */
export interface MaterialChange {
	sopId: string;
	title: string;
	date: PlainDate;
	/** What changed, as plain text: render it escaped, never as markup. */
	note: string;
	/** Who recorded it (a person id) and their name. */
	by: string;
	byName: string;
	client?: { id: string; name: string } | undefined;
	/** The pods whose people run the SOP: a client's pod, or for a firm-wide SOP every pod with someone who runs it. By name. */
	pods: { id: string; name: string }[];
	/** The roles that run the SOP: its `roles`, else its owner's. */
	roles: string[];
}

/** The roles that run an SOP: `roles` when set, else the owner's roles. */
export function rolesOf(handbook: Handbook, sop: Entry<Sop>): string[] {
	return sop.data.roles ?? handbook.people.get(sop.data.owner)?.data.roles ?? [];
}

/**
 * The pods whose people run an SOP: its client's pod; for a firm-wide SOP, the pod of
 * everyone who holds one of its roles, of its owner, its backup and the others trained on
 * it. `podsByRole` is the roster's pods by role, grouped once for every SOP.
 */
function podsOf(
	handbook: Handbook,
	sop: Entry<Sop>,
	podsByRole: ReadonlyMap<string, readonly string[]>,
): string[] {
	const client = sop.data.client ? handbook.clients.get(sop.data.client) : undefined;
	if (client) return [client.data.pod];
	const people = [
		sop.data.owner,
		...(sop.data.backup ? [sop.data.backup.person] : []),
		...sop.data.trained.map((t) => t.person),
	];
	const pods = new Set(
		people.map((id) => handbook.people.get(id)?.data.pod).filter((pod) => pod !== undefined),
	);
	for (const role of rolesOf(handbook, sop))
		for (const pod of podsByRole.get(role) ?? []) pods.add(pod);
	return [...pods];
}

/** SOPs readers can open: in use, and drafts while writing. */
export function readableSops(handbook: Handbook, includeDrafts: boolean): Entry<Sop>[] {
	return [...handbook.sops.values()].filter(
		(sop) => isInUse(sop) || (includeDrafts && isDraft(sop)),
	);
}

/** Every material change of the SOPs in use, newest first (then by title), none after `today`. */
export function materialChangeList(
	handbook: Handbook,
	today: PlainDate,
	includeDrafts: boolean,
): MaterialChange[] {
	const list: MaterialChange[] = [];
	const podsByRole = new Map<string, string[]>();
	for (const person of handbook.people.values()) {
		if (!isActivePerson(person) || !person.data.pod) continue;
		for (const role of person.data.roles)
			if (!podsByRole.get(role)?.includes(person.data.pod))
				addTo(podsByRole, role, person.data.pod);
	}
	for (const sop of readableSops(handbook, includeDrafts)) {
		const clientEntry = sop.data.client ? handbook.clients.get(sop.data.client) : undefined;
		const pods = podsOf(handbook, sop, podsByRole)
			.flatMap((id) => {
				const pod = handbook.pods.get(id);
				return pod ? [{ id, name: pod.data.name }] : [];
			})
			.sort((a, b) => a.name.localeCompare(b.name));
		for (const change of materialChanges(sop.data)) {
			if (change.date > today) continue;
			list.push({
				sopId: sop.id,
				title: sop.data.title,
				date: change.date,
				note: change.note,
				by: change.by,
				byName: handbook.people.get(change.by)?.data.name ?? change.by,
				client: clientEntry ? { id: clientEntry.id, name: clientEntry.data.name } : undefined,
				pods,
				roles: rolesOf(handbook, sop),
			});
		}
	}
	return list.sort((a, b) =>
		a.date === b.date ? a.title.localeCompare(b.title) : a.date < b.date ? 1 : -1,
	);
}

/** A filter of the "What changed" page: everything, or one client, pod or role. */
export type ChangeFilter =
	{ kind: 'all' } | { kind: 'client' | 'pod' | 'role'; id: string; label: string };

/** The page of a filter: `/changes/`, `/changes/client/acme-dental/`. */
export function changesRoute(filter: ChangeFilter): string {
	return filter.kind === 'all' ? '/changes/' : `/changes/${filter.kind}/${filter.id}/`;
}

/** Whether a change passes a filter. */
export function passes(change: MaterialChange, filter: ChangeFilter): boolean {
	if (filter.kind === 'all') return true;
	if (filter.kind === 'client') return change.client?.id === filter.id;
	if (filter.kind === 'pod') return change.pods.some((pod) => pod.id === filter.id);
	return change.roles.includes(filter.id);
}

/** Every filter that selects at least one change, by kind, in name order. */
export function changeFilters(
	changes: readonly MaterialChange[],
	roleLabel: (role: string) => string,
): ChangeFilter[] {
	const clients = new Map<string, string>();
	const pods = new Map<string, string>();
	const roles = new Set<string>();
	for (const change of changes) {
		if (change.client) clients.set(change.client.id, change.client.name);
		for (const pod of change.pods) pods.set(pod.id, pod.name);
		for (const role of change.roles) roles.add(role);
	}
	const sorted = (
		kind: 'client' | 'pod' | 'role',
		entries: Iterable<[string, string]>,
	): ChangeFilter[] =>
		[...entries]
			.map(([id, label]) => ({ kind, id, label }))
			.sort((a, b) => a.label.localeCompare(b.label));
	return [
		{ kind: 'all' },
		...sorted('client', clients),
		...sorted('pod', pods),
		...sorted(
			'role',
			[...roles].map((r) => [r, roleLabel(r)]),
		),
	];
}

/**
 * The changes each filter passes, in one pass over the list: the same as filtering the
 * whole list with `passes` for every filter, without the cost of filters times changes.
 */
export function changesByFilter(
	changes: readonly MaterialChange[],
	filters: readonly ChangeFilter[],
): Map<ChangeFilter, MaterialChange[]> {
	const byKey = new Map<string, MaterialChange[]>();
	for (const change of changes) {
		if (change.client) addTo(byKey, `client/${change.client.id}`, change);
		for (const pod of change.pods) addTo(byKey, `pod/${pod.id}`, change);
		for (const role of new Set(change.roles)) addTo(byKey, `role/${role}`, change);
	}
	return new Map(
		filters.map((filter) => [
			filter,
			filter.kind === 'all' ? [...changes] : (byKey.get(`${filter.kind}/${filter.id}`) ?? []),
		]),
	);
}

/** How a role reads on the site: its configured label, else the id in capitals (three letters or fewer) or with a capital first letter. */
export function roleLabelFrom(labels: Readonly<Record<string, string>>): (role: string) => string {
	return (role) => roleLabel({ roles: [], role_labels: labels }, role);
}
