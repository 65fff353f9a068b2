/**
 * What state an entry is in, in one place, so every page, report and rule asks the same
 * question the same way.
 */

interface Controlled {
	/** `draft`, `active` or `retired` for documents; clients use `active` and `offboarded`. */
	data: { status: string };
}

/** A document in use: approved, neither a draft nor withdrawn. */
export function isInUse(doc: Controlled): boolean {
	return doc.data.status === 'active';
}

export function isDraft(doc: Controlled): boolean {
	return doc.data.status === 'draft';
}

export function isRetired(doc: Controlled): boolean {
	return doc.data.status === 'retired';
}

/** Published by the site: everything but drafts, which `astro dev` shows to their authors. */
export function isPublished(doc: Controlled, dev = false): boolean {
	return dev || !isDraft(doc);
}

/** Someone who still works here and may run SOPs; an unknown person is not. */
export function isActivePerson(person: { data: { active: boolean } } | undefined): boolean {
	return person?.data.active === true;
}

/** A client the firm still serves. */
export function isActiveClient(client: { data: { status: string } }): boolean {
	return client.data.status === 'active';
}
