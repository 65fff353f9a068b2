/** Which revision of each SOP this browser last opened, and on which day: `{ "<sop-id>": { revision, day } }`. */
export const LAST_READ_KEY = 'handbook:last-read';

export interface LastRead {
	/** The SOP's revision when it was opened: the date of its last material change, or "" when it had none. */
	revision: string;
	/** The reader's own calendar day when they opened it, `YYYY-MM-DD`. */
	day: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** What this browser remembers; anything malformed is forgotten rather than trusted. */
export function readLastRead(): Record<string, LastRead> {
	const result: Record<string, LastRead> = {};
	try {
		const value: unknown = JSON.parse(localStorage.getItem(LAST_READ_KEY) ?? '{}');
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return result;
		for (const [sop, entry] of Object.entries(value as Record<string, unknown>)) {
			const { revision, day } = (entry ?? {}) as Record<string, unknown>;
			if (
				typeof revision === 'string' &&
				(revision === '' || DAY.test(revision)) &&
				typeof day === 'string' &&
				DAY.test(day)
			)
				result[sop] = { revision, day };
		}
	} catch {
		// Unreadable: start afresh.
	}
	return result;
}

/** The reader's calendar day, in their own time zone. */
export function todayHere(): string {
	const now = new Date();
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** `3 Nov 2026`, as the rest of the site writes days. */
export function showDay(day: string): string {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	return new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC',
	}).format(new Date(Date.UTC(y, m - 1, d)));
}
