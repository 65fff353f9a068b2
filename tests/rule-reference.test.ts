import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	RULES_DOC_PATH,
	RULES_PAGE_PATH,
	rulesPage,
	unifiedDiff,
	withRulesTable,
} from '../src/docs/rules-reference.ts';
import { RULES } from '../src/rules/index.ts';
import { check } from './support/handbook.ts';
import { pinned } from './support/rule-examples.ts';

describe('the generated rule reference', () => {
	it('docs/rules.md has the current rule table (run npm run docs:rules after changing a rule)', () => {
		const readme = readFileSync(RULES_DOC_PATH, 'utf8');
		expect(readme).toBe(withRulesTable(readme));
	});

	it('the site has the current rules page (run npm run docs:rules after changing a rule)', () => {
		expect(readFileSync(RULES_PAGE_PATH, 'utf8')).toBe(rulesPage());
	});

	it('shows under each failing example the message its rule reports, word for word', () => {
		const page = rulesPage();
		for (const rule of RULES) {
			const section = page.slice(page.indexOf(`## \`${rule.id}\``)).split(/\n## /)[0]!;
			const examples = section.split(/^\*\*(?:Fails|Passes):\*\* /m).slice(1);
			expect(examples.length, rule.id).toBe(
				rule.examples.fails.length + rule.examples.passes.length,
			);
			for (const [i, example] of rule.examples.fails.entries()) {
				const shown = [
					...examples[i]!.split(/^It reports\b.*:$/m)[1]!.matchAll(/^```text\n(.*)\n```$/gm),
				].map((m) => m[1]);
				expect(shown, `${rule.id}: ${example.title}`).toEqual(pinned(example));
			}
			for (const passing of examples.slice(rule.examples.fails.length))
				expect(passing, rule.id).not.toContain('It reports');
		}
	});

	it('passes the check itself: no sensitive value, no broken link, nothing a marker had to allow', () => {
		const report = check({ 'src/content/docs/reference/rules.mdx': rulesPage() });
		expect(report.diagnostics).toEqual([]);
		expect(report.allowed).toBeUndefined();
	});

	it('shows a change to a file as a diff with a little context', () => {
		expect(unifiedDiff('a\nb\nc\nd\ne\nf\n', 'a\nb\nC\nd\ne\nf\n', 1)).toMatchInlineSnapshot(`
			"@@ -2,3 +2,3 @@
			 b
			-c
			+C
			 d"
		`);
	});
});
