import { CONFIG_FILE } from '../paths.ts';
import { controlledDocuments, type Handbook } from '../model/handbook.ts';

/**
 * The files whose findings can change when `changed` files change: the files themselves
 * and every file that names one of them. `undefined` means "everything": a removed file,
 * or a config change, can affect any file.
 */
export function affectedFiles(handbook: Handbook, changed: ReadonlySet<string>, removed: ReadonlySet<string>): Set<string> | undefined {
	const content = [...changed, ...removed].filter((p) => p.startsWith('src/content/') || p === CONFIG_FILE);
	if (removed.size > 0 && [...removed].some((p) => p.startsWith('src/content/'))) return undefined;
	if (content.includes(CONFIG_FILE)) return undefined;
	const byPath = new Map(handbook.files.map((f) => [f.path, f]));
	const touched = content.map((p) => byPath.get(p)).filter((f) => f !== undefined);
	const ids = (kind: string) => new Set(touched.filter((f) => f.kind === kind).map((f) => f.id));
	const people = ids('person');
	const pods = ids('pod');
	const clients = ids('client');
	const sops = ids('sop');
	const principles = ids('principle');
	const training = ids('training');
	const kpis = ids('kpi');
	const scope = new Set(touched.map((f) => f.path));
	const add = (path: string) => scope.add(path);

	for (const doc of controlledDocuments(handbook)) {
		const names = [doc.data.owner, ...doc.data.approvers, ...doc.data.reviews.map((r) => r.by)];
		if (doc.kind === 'sop' && doc.data.backup) names.push(doc.data.backup.person);
		if (names.some((n) => people.has(n))) add(doc.file.path);
		if (doc.kind === 'sop') {
			const { client, superseded_by: replacement } = doc.data;
			if ((client && clients.has(client)) || (replacement && sops.has(replacement)) || doc.data.principles.some((p) => principles.has(p)) || doc.data.kpis.some((k) => kpis.has(k)))
				add(doc.file.path);
			// A client's "has an active SOP" depends on its SOPs.
			const owner = client ? handbook.clients.get(client) : undefined;
			if (sops.has(doc.id) && owner) add(owner.file.path);
		}
		if (doc.kind === 'training') {
			const { sops: taught, principles: practised, prerequisites } = doc.data;
			if (taught.some((s) => sops.has(s)) || practised.some((p) => principles.has(p)) || prerequisites.some((p) => training.has(p))) add(doc.file.path);
		}
	}
	for (const client of handbook.clients.values()) {
		const c = client.data;
		if (pods.has(c.pod) || [c.csa, c.backup_csa, ...c.bpas].some((p) => p !== undefined && people.has(p))) add(client.file.path);
	}
	for (const person of handbook.people.values()) if (person.data.pod && pods.has(person.data.pod)) add(person.file.path);
	for (const pod of handbook.pods.values()) if (pod.data.lead && people.has(pod.data.lead)) add(pod.file.path);
	if (principles.size > 0) add('src/content/principles');
	return scope;
}
