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
			default: reviewCycle
				.default(fallback)
				.meta({ description: 'The cycle used when a document names none.', examples: [fallback] }),
			max: reviewCycle.default(maximum).meta({
				description: 'The longest cycle a document of this kind may name.',
				examples: [maximum],
			}),
		})
		.default({ default: fallback, max: maximum });

/** Organisation-wide settings: `handbook.config.yaml` at the handbook root. Every field is optional. */
export const configSchema = z.strictObject({
	organisation: plainText
		.default('Our firm')
		.meta({ description: "The organisation's name, shown on the site.", examples: ['Ledgerline'] }),
	time_zone: z
		.string()
		.refine(isTimeZone, { error: 'not-a-time-zone' })
		.default('UTC')
		.meta({
			description: 'The IANA time zone whose calendar decides "today".',
			examples: ['America/New_York', 'America/Chicago'],
		}),
	warn_days: z
		.int()
		.min(0)
		.max(366)
		.default(14)
		.meta({
			description: 'How many days before a review falls due it is reported as due soon.',
			examples: [14],
		}),
	review_cycles: z
		.strictObject({
			sop: cyclePolicy('quarterly', 'annual').meta({
				description: 'SOPs that belong to no client.',
			}),
			client_sop: cyclePolicy('quarterly', 'quarterly').meta({
				description: 'SOPs that belong to a client (`client:` set): at least quarterly.',
			}),
			training: cyclePolicy('semiannual', 'annual').meta({ description: 'Training modules.' }),
			principle: cyclePolicy('annual', 'annual').meta({ description: 'Guiding principles.' }),
		})
		.default({
			sop: { default: 'quarterly', max: 'annual' },
			client_sop: { default: 'quarterly', max: 'quarterly' },
			training: { default: 'semiannual', max: 'annual' },
			principle: { default: 'annual', max: 'annual' },
		})
		.meta({ description: 'Review cycle default and maximum per kind of document.' }),
	roles: z
		.array(entityId)
		.min(1)
		.default(['csa', 'bpa', 'approver', 'supervisor', 'reconciliation', 'billing-specialist'])
		.meta({
			description: 'The roles people may hold. `approver` is the one that may approve documents.',
			examples: [['csa', 'bpa', 'approver']],
		}),
	role_labels: z
		.record(entityId, plainText)
		.default({})
		.meta({
			description:
				'How readers see each role, by id. A role with no label shows as its id in capitals when it is three letters or fewer, else with a capital first letter. A step in an SOP names its role by this label in bold: `1. **BPA**: Enter the bill.`',
			examples: [{ csa: 'CSA', bpa: 'BPA' }],
		}),
	escalation_roles: z
		.array(entityId)
		.default([])
		.meta({
			description:
				'Roles people escalate to beyond the pod leads and the supervisors (a senior specialist, say), each listed with its people in a section of the contact sheet of its own, in this order.',
			examples: [['senior-pps']],
		}),
	client_roles: z
		.record(entityId, plainText)
		.default({ 'client-approver': 'Approver' })
		.meta({
			description:
				"People on the client's side who act in SOP steps (the client's approvers, a law firm's partners), by id with their label: a step may start with their label in bold, and coverage does not count them, since the firm does not staff them.",
			examples: [{ 'client-approver': 'Approver', partner: 'Partner' }],
		}),
	search_synonyms: z
		.array(z.array(plainText).min(2))
		.default([])
		.meta({
			description:
				'Words search treats as one: a page that uses any word of a group is also found by the others. Case is ignored; a group may hold phrases.',
			examples: [[['PTO', 'OOO', 'out of office', 'vacation', 'time off']]],
		}),
	coverage_weeks: z
		.int()
		.min(1)
		.max(52)
		.default(8)
		.meta({
			description:
				'How many weeks ahead coverage looks for days on which no one can run a part of an SOP.',
			examples: [8],
		}),
	retrain_days: z
		.int()
		.min(0)
		.max(366)
		.default(14)
		.meta({
			description:
				"Days after an SOP's material change during which people trained on an older version are warned to re-train; after that a backup trained on an older version no longer counts.",
			examples: [14],
		}),
	changed_banner_days: z
		.int()
		.min(0)
		.max(366)
		.default(30)
		.meta({
			description:
				'How many days an SOP page shows a banner with the note of its last material change.',
			examples: [30],
		}),
	material_sections: z
		.array(plainText)
		.min(1)
		.default(['Steps'])
		.meta({
			description:
				'The SOP sections whose text is the procedure itself: a branch that changes one must say whether the change is material (`check --changed`).',
			examples: [['Steps']],
		}),
	sop_sections: z
		.array(plainText)
		.default(['Purpose', 'When to use', 'Steps', 'Escalation'])
		.meta({
			description:
				'The headings every SOP has, in order; `new sop` writes them and the lint checks for them.',
			examples: [['Purpose', 'When to use', 'Steps', 'Escalation']],
		}),
	heading_synonyms: z
		.record(plainText, z.array(plainText))
		.default({
			Purpose: [
				'Overview',
				'Introduction',
				'Background',
				'Objective',
				'Objectives',
				'Scope',
				'About',
				'Summary',
				'Why',
			],
			'When to use': [
				'When',
				'When to run',
				'Trigger',
				'Triggers',
				'Applies to',
				'Frequency',
				'Schedule',
				'Prerequisites',
				'Before you start',
			],
			Steps: [
				'Procedure',
				'Process',
				'How to',
				'How-to',
				'Instructions',
				'Method',
				'Steps to follow',
				'Workflow',
				'Step by step',
			],
			Escalation: [
				'Contacts',
				'Contact',
				'Who to call',
				'Who to contact',
				'Escalations',
				'Help',
				'Support',
				'Issues',
				'Exceptions',
				'Problems',
			],
		})
		.meta({
			description:
				'Other headings that mean one of `sop_sections`, by section: `import` files a document\'s "Overview" under Purpose and its "Procedure" under Steps. Case, numbering ("1.") and a trailing colon are ignored.',
			examples: [{ Purpose: ['Overview'], Steps: ['Procedure'] }],
		}),
	tracks: z
		.record(entityId, plainText)
		.default({ csa: 'Client service associates (CSA)', bpa: 'Bill pay associates (BPA)' })
		.meta({
			description:
				"The onboarding tracks' names as readers see them, by the id used in training `track:`.",
			examples: [{ csa: 'Client service associates (CSA)', bpa: 'Bill pay associates (BPA)' }],
		}),
	principles: z
		.strictObject({
			core: z
				.int()
				.min(0)
				.default(13)
				.meta({ description: 'Core principles, numbered by `order` from 1.', examples: [13] }),
			plus_one: z
				.int()
				.min(0)
				.default(1)
				.meta({ description: 'Extra principles marked `plus_one: true`.', examples: [1] }),
		})
		.default({ core: 13, plus_one: 1 })
		.meta({ description: 'How many guiding principles the handbook has.' }),
	approvals_free: z
		.array(z.string().min(1))
		.default([])
		.meta({
			description:
				"Paths a pull request may change without a supervisor's approval, as globs relative to the handbook root. Every other path that is not a controlled document needs a supervisor (`approvals`), and a controlled document always needs one of its approvers. Read from the base branch.",
			examples: [['README.md', 'src/content/docs/reference/glossary.mdx']],
		}),
	report: z
		.strictObject({
			mentions: z
				.boolean()
				.default(true)
				.meta({
					description:
						'Whether the report @mentions, once each, the people who must act (owners of overdue or due-soon reviews, people who must re-train) by their `github` handle, so the git host notifies them. `false` names them without mentioning. Default `true`.',
					examples: [false],
				}),
		})
		.default({ mentions: true })
		.meta({ description: 'What the weekly report (`report`) does beyond listing.' }),
	repository: z
		.strictObject({
			edit_url: webAddress
				.includes('{path}', { error: 'needs-path' })
				.optional()
				.meta({
					description: 'The edit page of a file, with `{path}` for its path in the repository.',
					examples: ['https://github.com/acme/handbook/edit/main/{path}'],
				}),
			history_url: webAddress
				.includes('{path}', { error: 'needs-path' })
				.optional()
				.meta({
					description:
						'The change history of a file, with `{path}` for its path in the repository.',
					examples: ['https://github.com/acme/handbook/commits/main/{path}'],
				}),
		})
		.default({})
		.meta({
			description:
				'Where the handbook\'s files live on the git host, for "edit this page" and "history" links.',
		}),
	site_url: webAddress.optional().meta({
		description: 'The address the site is published at: the feed of changes links to it.',
		examples: ['https://handbook.example.com/'],
	}),
	sample_as_of: calendarDate.optional().meta({
		description:
			'For a sample or demo handbook only: the day its review dates were written against, YYYY-MM-DD. `npm start` judges the handbook as of this day and says so; `check` and `build` never read it, so a real handbook is always judged against the real date.',
	}),
});

export type HandbookConfig = z.infer<typeof configSchema>;
