import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateHandbook } from '../src/bench/generate-handbook.ts';
import { coverageOf } from '../src/coverage/coverage.ts';
import { controlledDocuments, type Handbook } from '../src/model/handbook.ts';
import { loadConfig, loadHandbook } from '../src/model/load.ts';
import { isActiveClient, isInUse } from '../src/model/status.ts';
import { plainDate } from '../src/schemas/date.ts';
import { byText } from '../src/text/order.ts';
import {
	changeFilters,
	changesByFilter,
	materialChangeList,
	passes,
	type MaterialChange,
} from '../src/site/changes.ts';
import { relationsOf } from '../src/site/relations.ts';
import { SAMPLE_ROOT } from './support/sample.ts';

const TODAY = plainDate('2026-11-22');

function load(root: string): Handbook {
	const { config } = loadConfig(root, TODAY);
	return loadHandbook(root, config, { exampleDay: TODAY });
}

const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((e) => e.id);

/**
 * The site's pages for people, clients and pods read these relations from groups made once
 * per build. Each group must list what a scan of the whole handbook finds, in the same order.
 */
function expectSameAsScanning(handbook: Handbook): void {
	const coverage = coverageOf(handbook, TODAY);
	const relations = relationsOf(handbook, coverage.people);
	const inUse = controlledDocuments(handbook).filter((d) => isInUse(d));
	const sopsByTitle = [...handbook.sops.values()].sort(byText((s) => s.data.title));
	const named = new Set([
		...handbook.people.keys(),
		...inUse.flatMap((d) => [d.data.owner, ...d.data.approvers]),
		'nobody-of-that-name',
	]);
	for (const person of named) {
		expect(ids(relations.owns.get(person)), `owns ${person}`).toEqual(
			ids(inUse.filter((d) => d.data.owner === person)),
		);
		expect(ids(relations.approves.get(person)), `approves ${person}`).toEqual(
			ids(inUse.filter((d) => d.data.approvers.includes(person))),
		);
		expect(ids(relations.backs.get(person)), `backs ${person}`).toEqual(
			ids(sopsByTitle.filter((s) => isInUse(s) && s.data.backup?.person === person)),
		);
		const serves = [...handbook.clients.values()].filter(
			(c) =>
				isActiveClient(c) &&
				(c.data.csa === person ||
					c.data.backup_csa === person ||
					c.data.bpas.includes(person) ||
					c.data.backup_bpas.includes(person)),
		);
		expect(ids(relations.clientsByPerson.get(person)), `clients of ${person}`).toEqual(ids(serves));
		expect(relations.coverageByPerson.get(person)).toBe(
			coverage.people.find((p) => p.person.id === person),
		);
	}
	for (const client of [...handbook.clients.keys(), 'no-such-client']) {
		expect(ids(relations.sopsByClient.get(client)), `SOPs of ${client}`).toEqual(
			ids(sopsByTitle.filter((s) => s.data.client === client)),
		);
	}
	for (const pod of [...handbook.pods.keys(), 'no-such-pod']) {
		const members = [...handbook.people.values()]
			.filter((p) => p.data.pod === pod)
			.sort(byText((p) => p.data.name));
		const clients = [...handbook.clients.values()]
			.filter((c) => c.data.pod === pod && isActiveClient(c))
			.sort(byText((c) => c.data.name));
		expect(ids(relations.membersByPod.get(pod)), `members of ${pod}`).toEqual(ids(members));
		expect(ids(relations.clientsByPod.get(pod)), `clients of ${pod}`).toEqual(ids(clients));
	}
}

describe('relations grouped once per build', () => {
	const dir = mkdtempSync(join(tmpdir(), 'relations-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('list what scanning the sample handbook finds (drafts, retired SOPs, offboarded clients, people who left)', () => {
		const handbook = load(SAMPLE_ROOT);
		expect(handbook.people.size).toBeGreaterThan(5);
		expectSameAsScanning(handbook);
	});

	it('list what scanning a generated handbook of 300 SOPs finds', () => {
		const root = join(dir, 'generated');
		generateHandbook({ sops: 300, out: root, today: TODAY });
		const handbook = load(root);
		expect(handbook.sops.size).toBe(300);
		expectSameAsScanning(handbook);
	});

	it('give each page of What changed the changes its filter passes, as filtering the whole list would', () => {
		const handbook = load(SAMPLE_ROOT);
		const changes = materialChangeList(handbook, TODAY, true);
		expect(changes.length).toBeGreaterThan(1);
		const change = (
			id: string,
			client: string | undefined,
			pods: string[],
			roles: string[],
		): MaterialChange => ({
			sopId: id,
			title: id,
			date: TODAY,
			note: '',
			by: 'someone',
			byName: 'Someone',
			client: client === undefined ? undefined : { id: client, name: client },
			pods: pods.map((pod) => ({ id: pod, name: pod })),
			roles,
		});
		// Made-up changes too: one with no client or pod, one naming a role twice, a firm-wide one run in two pods.
		const made = [
			change('a', 'acme', ['east'], ['csa', 'bpa']),
			change('b', undefined, [], ['csa', 'csa']),
			change('c', 'zeta', ['east'], []),
			change('d', undefined, ['east', 'west'], ['bpa']),
		];
		for (const list of [changes, made, [...changes, ...made]]) {
			const filters = [
				...changeFilters(list, (role) => role),
				{ kind: 'client' as const, id: 'nobody', label: 'Nobody' },
			];
			const grouped = changesByFilter(list, filters);
			for (const filter of filters) {
				expect(grouped.get(filter), JSON.stringify(filter)).toEqual(
					list.filter((c) => passes(c, filter)),
				);
			}
		}
	});
});
