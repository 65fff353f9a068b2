import { describe, expect, it } from 'vitest';
import { rulesPage, rulesTable } from '../../src/docs/rules-reference.ts';
import { checkHandbook } from '../../src/check.ts';
import { at, type Rule } from '../../src/engine/rule.ts';
import { RULES } from '../../src/rules/index.ts';
import { EXAMPLE_SOP, edited } from '../../src/rules/utils/base-handbook.ts';
import { TODAY, writeHandbook } from '../support/handbook.ts';
import { exampleMessages, pinned } from '../support/rule-examples.ts';

/*
 * "Adding a rule" in docs/architecture.md, walked through with a rule that exists only here. In the
 * project it would be the file src/rules/sop-title-in-capitals.ts, exporting this one
 * constant, and `sopTitleInCapitals,` would be its line in RULES (src/rules/index.ts).
 */
const sopTitleInCapitals: Rule = {
	id: 'sop/title-in-capitals',
	severity: 'warning',
	description: "An SOP's title is written all in capitals.",
	why: 'A title in capitals reads as shouting in the sidebar and in search results, and is harder to read at a glance.',
	fix: 'Write the title in sentence case.',
	examples: {
		fails: [
			{
				title: 'a title in capitals',
				files: edited(EXAMPLE_SOP, ['title: Acme weekly bill run', 'title: ACME WEEKLY BILL RUN']),
				message:
					'title is "ACME WEEKLY BILL RUN", all in capitals, which reads as shouting in the sidebar and in search.',
			},
		],
		passes: [
			{
				title: 'a title in sentence case, an acronym in it',
				files: edited(EXAMPLE_SOP, [
					'title: Acme weekly bill run',
					'title: Acme weekly bill run in QBO',
				]),
			},
		],
	},
	*check({ handbook }) {
		for (const sop of handbook.sops.values()) {
			const { title } = sop.data;
			if (!/[A-Z]/.test(title) || title !== title.toUpperCase()) continue;
			yield at(
				sop.file,
				['title'],
				`title is "${title}", all in capitals, which reads as shouting in the sidebar and in search.`,
				`title: ${title.charAt(0)}${title.slice(1).toLowerCase()}`,
			);
		}
	},
};

/** The registry with the new rule's line added, as src/rules/index.ts would have it. */
const REGISTRY: readonly Rule[] = [...RULES, sopTitleInCapitals];

const [failing] = sopTitleInCapitals.examples.fails;

describe('adding a rule: one rule file, its examples, one line in the registry', () => {
	it('runs its examples as the examples test runs every registered rule: each failing one reports exactly its message, the passing one nothing', () => {
		expect(exampleMessages(sopTitleInCapitals, failing!)).toEqual(pinned(failing!));
		for (const example of sopTitleInCapitals.examples.passes)
			expect(exampleMessages(sopTitleInCapitals, example)).toEqual([]);
	});

	it('runs in the whole check once registered, beside the other rules, and only then', () => {
		const root = writeHandbook(failing!.files);
		expect(checkHandbook({ root, today: TODAY }).report.diagnostics).toEqual([]);
		const { report } = checkHandbook({ root, today: TODAY, rules: REGISTRY });
		expect(report.summary).toMatchObject({ errors: 0, warnings: 1 });
		expect(report.diagnostics).toEqual([
			{
				rule: 'sop/title-in-capitals',
				severity: 'warning',
				file: EXAMPLE_SOP,
				line: 2,
				column: 1,
				message:
					'title is "ACME WEEKLY BILL RUN", all in capitals, which reads as shouting in the sidebar and in search.',
				hint: 'title: Acme weekly bill run',
			},
		]);
	});

	it('appears in the rule table of docs/rules.md and on the rules page, its failing example with its message', () => {
		expect(rulesTable(REGISTRY).split('\n').at(-1)).toBe(
			"| `sop/title-in-capitals` | warning | An SOP's title is written all in capitals. | A title in capitals reads as shouting in the sidebar and in search results, and is harder to read at a glance. | Write the title in sentence case. |",
		);
		const page = rulesPage(REGISTRY);
		const section = page.slice(
			page.indexOf('## `sop/title-in-capitals`'),
			page.indexOf('## The example handbook'),
		);
		expect(section).toMatchInlineSnapshot(`
			"## \`sop/title-in-capitals\`

			**Warning.** An SOP's title is written all in capitals.

			**Why.** A title in capitals reads as shouting in the sidebar and in search results, and is harder to read at a glance.

			**How to fix.** Write the title in sentence case.

			**Fails:** a title in capitals.

			Change \`src/content/sops/clients/acme/bill-run.mdx\`:

			\`\`\`diff
			@@ -1,4 +1,4 @@
			 ---
			-title: Acme weekly bill run
			+title: ACME WEEKLY BILL RUN
			 owner: ana-silva
			 backup:
			\`\`\`

			It reports:

			\`\`\`text
			title is "ACME WEEKLY BILL RUN", all in capitals, which reads as shouting in the sidebar and in search.
			\`\`\`

			**Passes:** a title in sentence case, an acronym in it.

			Change \`src/content/sops/clients/acme/bill-run.mdx\`:

			\`\`\`diff
			@@ -1,4 +1,4 @@
			 ---
			-title: Acme weekly bill run
			+title: Acme weekly bill run in QBO
			 owner: ana-silva
			 backup:
			\`\`\`

			"
		`);
	});
});
