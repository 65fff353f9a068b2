/** Letters and digits that may not touch a word for it to count as that word. */
const WORD_EDGE = String.raw`[\p{L}\p{N}]`;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `text` holds `word` as a whole word or phrase (or its plural), ignoring case and spacing. */
function mentions(text: string, word: string): boolean {
	const pattern = word
		.trim()
		.split(/\s+/)
		.map(escapeRegExp)
		.join(String.raw`\s+`);
	return new RegExp(`(?<!${WORD_EDGE})${pattern}(?:e?s)?(?!${WORD_EDGE})`, 'iu').test(text);
}

/**
 * The words a page should also be found by: for each synonym group of which the page
 * mentions some word, the group's other words. `PTO` finds a page that only says
 * "time off". Pagefind has no synonyms of its own, so the page carries them, unseen.
 */
export function synonymsFor(text: string, groups: readonly (readonly string[])[]): string[] {
	const extra = new Set<string>();
	for (const group of groups) {
		const present = group.filter((word) => mentions(text, word));
		if (present.length === 0) continue;
		for (const word of group) if (!present.includes(word)) extra.add(word);
	}
	return [...extra];
}

/**
 * The tags that say something the title does not: a tag that repeats a word of the title
 * would only count that word twice, and lift the page above a shorter one about just that.
 */
export function tagsBeyond(title: string, tags: readonly string[]): string[] {
	return tags.filter((tag) => !mentions(title, tag) && !mentions(title, tag.replace(/e?s$/iu, '')));
}
