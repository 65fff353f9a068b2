import { z } from 'astro/zod';
import { calendarDate } from './date.ts';
import { plainText } from './text.ts';
import { ref } from './reference.ts';

/** A period away from work, both days included. */
export const absence = z.strictObject({
	from: calendarDate.meta({ description: 'First day away, YYYY-MM-DD.' }),
	to: calendarDate.meta({ description: 'Last day away, YYYY-MM-DD.' }),
	acting_lead: ref('person')
		.optional()
		.meta({
			description: 'For a pod lead: who leads the pod meanwhile (a person id).',
			examples: ['sam-okafor'],
		}),
});

/**
 * A git host user name: letters, digits and hyphens, starting with a letter or digit, at
 * most 39 characters. No `/`, so `@` and a handle can only ever mention one person, never a
 * team (`@org/team`), and nothing that could end a mention early and start something else.
 */
export const GITHUB_HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/** One colleague: `src/content/people/<person-id>.yaml`. */
export const personSchema = z.strictObject({
	name: plainText.meta({
		title: 'Full name',
		description: 'Full name, as colleagues know it.',
		examples: ['Maria Lopez'],
	}),
	roles: z
		.array(ref('role'))
		.min(1)
		.meta({
			title: 'Roles',
			description: 'What this person does; each one of the roles in the handbook config.',
			examples: [['csa'], ['csa', 'approver']],
		}),
	pod: ref('pod')
		.optional()
		.meta({
			title: 'Pod',
			description: 'The pod this person belongs to (a file name in `pods/`, no extension).',
			examples: ['pod-east'],
		}),
	email: z
		.email({ error: 'not-an-email' })
		.optional()
		.meta({
			title: 'Work email',
			description: 'Work email address.',
			examples: ['name@example.com'],
		}),
	phone: plainText.optional().meta({
		description: 'Work phone, as colleagues dial it. Shown on the contact sheet.',
		examples: ['+1 312 555 0142'],
	}),
	reach: plainText.optional().meta({
		description: 'How and when to reach this person, in a few words. Shown on the contact sheet.',
		examples: ['Teams chat 8 am to 5 pm Central; phone if a run is at risk'],
	}),
	github: z
		.string()
		.regex(GITHUB_HANDLE, { error: 'not-a-handle' })
		.optional()
		.meta({
			title: 'GitHub handle',
			description:
				'Git host handle without `@`, used to ask this person to review pull requests, and to @mention them in the weekly report when they must act.',
			examples: ['maria-lopez'],
		}),
	active: z
		.boolean()
		.default(true)
		.meta({
			description: '`false` once the person has left or may no longer run SOPs. Default `true`.',
			examples: [true],
		}),
	out_of_office: z
		.array(absence)
		.default([])
		.meta({
			description: 'Planned time off, so coverage can be arranged.',
			examples: [[{ from: '2026-12-22', to: '2027-01-02' }]],
		}),
});

export type Person = z.infer<typeof personSchema>;
