/** Letters and digits that may not touch a word for it to count as that word. */
const WORD_EDGE = String.raw`[\p{L}\p{N}]`;

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An abbreviation of the trade, written in capitals: `POD`, `ACH`, `W-9`, `OCG`. Its case
 * is its meaning: "POD" is a proof of delivery, "Pod North" a team.
 */
export function isAbbreviation(word: string): boolean {
	return /^[A-Z][A-Z0-9-]*[A-Z0-9]$/.test(word.trim()) && /[A-Z].*[A-Z0-9]/.test(word.trim());
}

/**
 * Whether `text` holds `word` as a whole word or phrase (or its plural), ignoring spacing,
 * and case too unless the word is an abbreviation.
 */
function mentions(text: string, word: string): boolean {
	const pattern = word
		.trim()
		.split(/\s+/)
		.map(escapeRegExp)
		.join(String.raw`\s+`);
	return new RegExp(
		`(?<!${WORD_EDGE})${pattern}(?:e?s)?(?!${WORD_EDGE})`,
		isAbbreviation(word) ? 'u' : 'iu',
	).test(text);
}

/**
 * The abbreviations of the synonym groups a text writes in capitals: a page that writes
 * "HOLD POD" is about proofs of delivery as much as a tag would say, so search should
 * find it for "POD" next to the pages whose titles say "Pod".
 */
export function abbreviationsIn(text: string, groups: readonly (readonly string[])[]): string[] {
	return [...new Set(groups.flat().filter((word) => isAbbreviation(word) && mentions(text, word)))];
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
