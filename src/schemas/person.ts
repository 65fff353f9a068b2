import { z } from 'astro/zod';
import { calendarDate } from './date.ts';
import { plainText } from './text.ts';
import { ref } from './reference.ts';

/** A period away from work, both days included. */
export const absence = z.strictObject({
	/** First day away, `YYYY-MM-DD`. */
	from: calendarDate,
	/** Last day away, `YYYY-MM-DD`. */
	to: calendarDate,
	/** For a pod lead: who leads the pod meanwhile (a person id). */
	acting_lead: ref('person').optional(),
});

/**
 * A git host user name: letters, digits and hyphens, starting with a letter or digit, at
 * most 39 characters. No `/`, so `@` and a handle can only ever mention one person, never a
 * team (`@org/team`), and nothing that could end a mention early and start something else.
 */
export const GITHUB_HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/** One colleague: `src/content/people/<person-id>.yaml`. */
export const personSchema = z.strictObject({
	/** Full name, as colleagues know it: `Maria Lopez`. */
	name: plainText,
	/** What this person does; each one of the roles in the handbook config: `[csa, approver]`. */
	roles: z.array(ref('role')).min(1),
	/** The pod this person belongs to (a file name in `pods/`, no extension). */
	pod: ref('pod').optional(),
	/** Work email address. */
	email: z.email({ error: 'not-an-email' }).optional(),
	/** Work phone, as colleagues dial it: `+1 312 555 0142`. Shown on the contact sheet. */
	phone: plainText.optional(),
	/** How and when to reach this person, in a few words: `Teams chat 8 am to 5 pm Central; phone if a run is at risk`. Shown on the contact sheet. */
	reach: plainText.optional(),
	/** Git host handle without `@`, used to ask this person to review pull requests, and to @mention them in the weekly report when they must act. */
	github: z.string().regex(GITHUB_HANDLE, { error: 'not-a-handle' }).optional(),
	/** `false` once the person has left or may no longer run SOPs. Default `true`. */
	active: z.boolean().default(true),
	/** Planned time off, so coverage can be arranged: `- { from: 2026-12-22, to: 2027-01-02 }`. */
	out_of_office: z.array(absence).default([]),
});

export type Person = z.infer<typeof personSchema>;
