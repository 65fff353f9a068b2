import type { PersonCoverage } from '../coverage/coverage.ts';
import { addTo } from '../model/group.ts';
import type { Kind } from '../model/kinds.ts';
import { idsNamed } from '../model/references.ts';
import {
	controlledDocuments,
	type ControlledEntry,
	type Entry,
	type Handbook,
} from '../model/handbook.ts';
import { isActiveClient, isInUse } from '../model/status.ts';
import type { Client } from '../schemas/client.ts';
import type { Person } from '../schemas/person.ts';
import type { Sop } from '../schemas/sop.ts';
import { byText } from '../text/order.ts';
import { site, siteCoverage } from './context.ts';

/**
 * Who owns, backs up and approves what, which clients each person serves, and what each
 * client and pod holds: grouped once per build. A person's, client's or pod's page then
 * costs what it shows. Found by scanning the whole handbook on each such page, they made
 * the build grow with the number of people times the number of SOPs.
 */
export interface Relations {
	/** SOPs, principles and training in use, in path order, by owner. */
	owns: ReadonlyMap<string, readonly ControlledEntry[]>;
	/** The same, by each of their approvers. */
	approves: ReadonlyMap<string, readonly ControlledEntry[]>;
	/** SOPs in use, by title, by the person who backs them up. */
	backs: ReadonlyMap<string, readonly Entry<Sop>[]>;
	/** Every SOP, drafts and retired ones too (each page decides what it shows), by title, by client. */
	sopsByClient: ReadonlyMap<string, readonly Entry<Sop>[]>;
	/** Active clients in the handbook's order, by each person serving them as CSA, backup CSA, BPA or backup BPA. */
	clientsByPerson: ReadonlyMap<string, readonly Entry<Client>[]>;
	/** People by name, by pod. */
	membersByPod: ReadonlyMap<string, readonly Entry<Person>[]>;
	/** Active clients by name, by pod. */
	clientsByPod: ReadonlyMap<string, readonly Entry<Client>[]>;
	/** What each person can run and carries alone over the coverage window, by person. */
	coverageByPerson: ReadonlyMap<string, PersonCoverage>;
}

/** Groups the handbook's relations; `coverage` is the people's part of its coverage. */
export function relationsOf(handbook: Handbook, coverage: readonly PersonCoverage[]): Relations {
	// Who is named where comes from the reference fields the schemas declare.
	const group = <T>(
		into: Map<string, T[]>,
		kind: Kind,
		item: T & { data: unknown },
		which: Parameters<typeof idsNamed>[2],
	) => {
		for (const id of idsNamed(kind, item.data, which)) addTo(into, id, item);
	};
	const owns = new Map<string, ControlledEntry[]>();
	const approves = new Map<string, ControlledEntry[]>();
	for (const doc of controlledDocuments(handbook)) {
		if (!isInUse(doc)) continue;
		group(owns, doc.kind, doc, { path: 'owner' });
		group(approves, doc.kind, doc, { path: 'approvers' });
	}
	const sops = [...handbook.sops.values()].sort(byText((s) => s.data.title));
	const backs = new Map<string, Entry<Sop>[]>();
	const sopsByClient = new Map<string, Entry<Sop>[]>();
	for (const sop of sops) {
		group(sopsByClient, 'sop', sop, { target: 'client' });
		if (isInUse(sop)) group(backs, 'sop', sop, { path: 'backup.person' });
	}
	const clientsByPerson = new Map<string, Entry<Client>[]>();
	for (const client of handbook.clients.values())
		if (isActiveClient(client)) group(clientsByPerson, 'client', client, { target: 'person' });
	const membersByPod = new Map<string, Entry<Person>[]>();
	for (const person of [...handbook.people.values()].sort(byText((p) => p.data.name)))
		group(membersByPod, 'person', person, { target: 'pod' });
	const clientsByPod = new Map<string, Entry<Client>[]>();
	for (const client of [...handbook.clients.values()].sort(byText((c) => c.data.name)))
		if (isActiveClient(client)) group(clientsByPod, 'client', client, { target: 'pod' });
	const coverageByPerson = new Map<string, PersonCoverage>();
	for (const carries of coverage)
		if (!coverageByPerson.has(carries.person.id)) coverageByPerson.set(carries.person.id, carries);
	return {
		owns,
		approves,
		backs,
		sopsByClient,
		clientsByPerson,
		membersByPod,
		clientsByPod,
		coverageByPerson,
	};
}

let relations: Relations | undefined;

/** The relations of the handbook this build reads: grouped once per build. */
export function siteRelations(): Relations {
	relations ??= relationsOf(site().handbook, siteCoverage().people);
	return relations;
}
