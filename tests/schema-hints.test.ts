import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describeIssues } from '../src/model/schema-messages.ts';
import { plainDate } from '../src/schemas/date.ts';
import { clientSchema } from '../src/schemas/client.ts';
import { configSchema } from '../src/schemas/config.ts';
import { sopSchema } from '../src/schemas/sop.ts';

const TODAY = plainDate('2026-11-20');

/** The messages and hints for `data` read by `schema`, one string each. */
function problems(schema: z.ZodType, data: unknown): string[] {
	const parsed = schema.safeParse(data, { reportInput: true });
	return parsed.success
		? []
		: describeIssues(schema, parsed.error.issues, TODAY).map((p) => `${p.message}\n${p.hint}`);
}

const SOP = {
	title: 'Bill run',
	owner: 'ana-silva',
	approvers: ['cara-wu'],
	last_reviewed: '2026-10-01',
	backup: { person: 'ben-ode' },
};

describe("a hint's example comes from the field's own schema", () => {
	it('shows the example written on a field added to a schema, and nothing else', () => {
		const schema = sopSchema.safeExtend({
			countersigned_by: z
				.string()
				.meta({ description: 'Who countersigned.', examples: ['Dana Whitfield'] }),
		});
		expect(problems(schema, SOP)).toMatchInlineSnapshot(`
			[
			  "countersigned_by is missing.
			Add it, e.g.:
			countersigned_by: Dana Whitfield",
			]
		`);
	});

	it("names a client's name by a company's, not a person's", () => {
		expect(problems(clientSchema, { pod: 'east', csa: 'ana-silva', platform: 'qbo' }))
			.toMatchInlineSnapshot(`
			[
			  "name is missing.
			Add it, e.g.:
			name: Acme Dental Group",
			]
		`);
	});

	it('gives each web address its own example', () => {
		expect(
			problems(configSchema, {
				site_url: 'handbook.example.com',
				repository: { history_url: 'https://git.example.com/acme/handbook/commits' },
			}),
		).toMatchInlineSnapshot(`
			[
			  "repository.history_url is "https://git.example.com/acme/handbook/commits", which has no {path} for the file's path.
			history_url: https://github.com/acme/handbook/commits/main/{path}",
			  "site_url is "handbook.example.com", which is not a web address. Only https:// and http:// addresses are used, never javascript: or data:.
			site_url: https://handbook.example.com/",
			]
		`);
	});

	it('knows a date field by its schema, whatever its name, and shows today', () => {
		expect(problems(sopSchema, { ...SOP, trained: [{ person: 'dev-rao', on: 20260504 }] }))
			.toMatchInlineSnapshot(`
			[
			  "trained[0].on is 20260504, which is not a calendar date.
			Write the day as YYYY-MM-DD, e.g.:
			on: 2026-11-20",
			]
		`);
	});
});
