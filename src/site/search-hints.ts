import type { Handbook } from '../model/handbook.ts';
import { controlledDocuments } from '../model/handbook.ts';
import { isInUse } from '../model/status.ts';

/** What the search box needs to help a query that finds nothing: the handbook's own words, and the synonym groups. */
export interface SearchHints {
	/** Every word of four letters or more in the pages search covers, lowercased, sorted. */
	words: string[];
	/** The config's synonym groups, for "POD also means proof of delivery". */
	groups: string[][];
}

const WORD = /\p{L}{4,}/gu;

/** The words of the handbook's pages in use (titles, tags, bodies) and of its people, clients and KPIs. */
export function searchHints(handbook: Handbook): SearchHints {
	const words = new Set<string>();
	const add = (text: string | undefined) => {
		for (const [word] of (text ?? '').matchAll(WORD)) words.add(word.toLowerCase());
	};
	for (const doc of controlledDocuments(handbook)) {
		if (!isInUse(doc)) continue;
		add(doc.data.title);
		add(doc.file.body);
		if (doc.kind === 'sop') for (const tag of doc.data.tags) add(tag);
	}
	for (const doc of handbook.docs.values()) {
		add(doc.data.title);
		add(doc.file.body);
	}
	for (const entry of [
		...handbook.people.values(),
		...handbook.clients.values(),
		...handbook.kpis.values(),
		...handbook.pods.values(),
	])
		add(entry.data.name);
	for (const group of handbook.config.search_synonyms) for (const word of group) add(word);
	return {
		words: [...words].sort(),
		groups: handbook.config.search_synonyms.map((group) => [...group]),
	};
}
