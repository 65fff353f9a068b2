import axe from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * The serious and critical axe-core violations on the page as it stands, one line each
 * (rule and where), against WCAG 2.1 A and AA and axe's best practices, or only `rules`.
 * Puts axe into the page the first time.
 */
export async function seriousViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window)))
		await page.addScriptTag({ content: axe.source });
	return page.evaluate(
		async (only) => {
			const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
				runOnly: only ?? ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
			});
			return result.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		},
		rules as string[] | undefined,
	);
}
