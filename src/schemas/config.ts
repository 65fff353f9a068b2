import { z } from 'astro/zod';
import { calendarDate } from './date.ts';
import { entityId } from './id.ts';
import { reviewCycle } from './review-cycle.ts';
import { plainText, webAddress } from './text.ts';

/** Whether the runtime knows `zone` as an IANA time zone. */
export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

const cyclePolicy = (fallback: z.infer<typeof reviewCycle>, maximum: z.infer<typeof reviewCycle>) =>
	z
		.strictObject({
			/** The cycle used when a document names none. */
			default: reviewCycle.default(fallback),
			/** The longest cycle a document of this kind may name. */
			max: reviewCycle.default(maximum),
		})
		.default({ default: fallback, max: maximum });

/** Organisation-wide settings: `handbook.config.yaml` at the handbook root. Every field is optional. */
export const configSchema = z.strictObject({
	/** The organisation's name, shown on the site. */
	organisation: plainText.default('Our firm'),
	/** The IANA time zone whose calendar decides "today": `America/New_York`. */
	time_zone: z.string().refine(isTimeZone, { error: 'not-a-time-zone' }).default('UTC'),
	/** How many days before a review falls due it is reported as due soon. */
	warn_days: z.int().min(0).max(366).default(14),
	/** Review cycle default and maximum per kind of document. */
	review_cycles: z
		.strictObject({
			/** SOPs that belong to no client. */
			sop: cyclePolicy('quarterly', 'annual'),
			/** SOPs that belong to a client (`client:` set): at least quarterly. */
			client_sop: cyclePolicy('quarterly', 'quarterly'),
			/** Training modules. */
			training: cyclePolicy('semiannual', 'annual'),
			/** Guiding principles. */
			principle: cyclePolicy('annual', 'annual'),
		})
		.default({
			sop: { default: 'quarterly', max: 'annual' },
			client_sop: { default: 'quarterly', max: 'quarterly' },
			training: { default: 'semiannual', max: 'annual' },
			principle: { default: 'annual', max: 'annual' },
		}),
	/** The roles people may hold. `approver` is the one that may approve documents. */
	roles: z.array(entityId).min(1).default(['csa', 'bpa', 'approver', 'supervisor', 'reconciliation', 'billing-specialist']),
	/**
	 * How readers see each role, by id: `{ csa: CSA, bpa: BPA }`. A role with no label shows
	 * as its id in capitals when it is three letters or fewer, else with a capital first letter.
	 * A step in an SOP names its role by this label in bold: `1. **BPA**: Enter the bill.`
	 */
	role_labels: z.record(entityId, plainText).default({}),
	/**
	 * People on the client's side who act in SOP steps (the client's approvers, a law firm's
	 * partners), by id with their label: a step may start with their label in bold, and
	 * coverage does not count them, since the firm does not staff them.
	 */
	client_roles: z.record(entityId, plainText).default({ 'client-approver': 'Approver' }),
	/**
	 * Words search treats as one: a page that uses any word of a group is also found by the
	 * others. `[[PTO, OOO, out of office, vacation, time off]]`. Case is ignored; a group
	 * may hold phrases.
	 */
	search_synonyms: z.array(z.array(plainText).min(2)).default([]),
	/** How many weeks ahead coverage looks for days on which no one can run a part of an SOP. */
	coverage_weeks: z.int().min(1).max(52).default(8),
	/**
	 * Days after an SOP's material change during which people trained on an older version
	 * are warned to re-train; after that a backup trained on an older version no longer counts.
	 */
	retrain_days: z.int().min(0).max(366).default(14),
	/** How many days an SOP page shows a banner with the note of its last material change. */
	changed_banner_days: z.int().min(0).max(366).default(30),
	/** The SOP sections whose text is the procedure itself: a branch that changes one must say whether the change is material (`check --changed`). */
	material_sections: z.array(plainText).min(1).default(['Steps']),
	/** The headings every SOP has, in order; `new sop` writes them and the lint checks for them. */
	sop_sections: z.array(plainText).default(['Purpose', 'When to use', 'Steps', 'Escalation']),
	/**
	 * Other headings that mean one of `sop_sections`, by section: `import` files a document's
	 * "Overview" under Purpose and its "Procedure" under Steps. Case, numbering ("1.") and a
	 * trailing colon are ignored.
	 */
	heading_synonyms: z.record(plainText, z.array(plainText)).default({
		Purpose: ['Overview', 'Introduction', 'Background', 'Objective', 'Objectives', 'Scope', 'About', 'Summary', 'Why'],
		'When to use': ['When', 'When to run', 'Trigger', 'Triggers', 'Applies to', 'Frequency', 'Schedule', 'Prerequisites', 'Before you start'],
		Steps: ['Procedure', 'Process', 'How to', 'How-to', 'Instructions', 'Method', 'Steps to follow', 'Workflow', 'Step by step'],
		Escalation: ['Contacts', 'Contact', 'Who to call', 'Who to contact', 'Escalations', 'Help', 'Support', 'Issues', 'Exceptions', 'Problems'],
	}),
	/** The onboarding tracks' names as readers see them, by the id used in training `track:`. */
	tracks: z.record(entityId, plainText).default({ csa: 'Client service associates (CSA)', bpa: 'Bill pay associates (BPA)' }),
	/** How many guiding principles the handbook has. */
	principles: z
		.strictObject({
			/** Core principles, numbered by `order` from 1. */
			core: z.int().min(0).default(13),
			/** Extra principles marked `plus_one: true`. */
			plus_one: z.int().min(0).default(1),
		})
		.default({ core: 13, plus_one: 1 }),
	/**
	 * Paths a pull request may change without a supervisor's approval, as globs relative to
	 * the handbook root: `[README.md, "src/content/docs/reference/glossary.mdx"]`. Every
	 * other path that is not a controlled document needs a supervisor (`approvals`), and a
	 * controlled document always needs one of its approvers. Read from the base branch.
	 */
	approvals_free: z.array(z.string().min(1)).default([]),
	/** What the weekly report (`report`) does beyond listing. */
	report: z
		.strictObject({
			/**
			 * Whether the report @mentions, once each, the people who must act (owners of overdue or
			 * due-soon reviews, people who must re-train) by their `github` handle, so the git host
			 * notifies them. `false` names them without mentioning. Default `true`.
			 */
			mentions: z.boolean().default(true),
		})
		.default({ mentions: true }),
	/** Where the handbook's files live on the git host, for "edit this page" and "history" links. */
	repository: z
		.strictObject({
			/** The edit page of a file, with `{path}` for its path in the repository: `https://github.com/acme/handbook/edit/main/{path}`. */
			edit_url: webAddress.includes('{path}', { error: 'needs-path' }).optional(),
			/** The change history of a file, with `{path}`: `https://github.com/acme/handbook/commits/main/{path}`. */
			history_url: webAddress.includes('{path}', { error: 'needs-path' }).optional(),
		})
		.default({}),
	/** The address the site is published at, `https://handbook.example.com/`: the feed of changes links to it. */
	site_url: webAddress.optional(),
	/**
	 * For a sample or demo handbook only: the day its review dates were written against.
	 * `npm start` judges the handbook as of this day and says so; `check` and `build`
	 * never read it, so a real handbook is always judged against the real date.
	 */
	sample_as_of: calendarDate.optional(),
});

export type HandbookConfig = z.infer<typeof configSchema>;
