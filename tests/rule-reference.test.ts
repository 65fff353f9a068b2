import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { README_PATH, RULES_PAGE_PATH, rulesPage, unifiedDiff, withRulesTable } from '../scripts/docs-rules.ts';
import { check } from './support/handbook.ts';

describe('the generated rule reference', () => {
	it('README.md has the current rule table (run npm run docs:rules after changing a rule)', () => {
		const readme = readFileSync(README_PATH, 'utf8');
		expect(readme).toBe(withRulesTable(readme));
	});

	it('the site has the current rules page (run npm run docs:rules after changing a rule)', () => {
		expect(readFileSync(RULES_PAGE_PATH, 'utf8')).toBe(rulesPage());
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
