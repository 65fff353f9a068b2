import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handbookMarkdownProcessor } from '../../src/content-policy/pipeline.ts';
import { checkHandbook } from '../../src/check.ts';
import { BASE, SOP, TODAY, writeHandbook } from '../support/handbook.ts';

/**
 * Random pages built from a grammar of allowed and disallowed pieces: the check's verdict
 * and the build pipeline's verdict (Astro's own MDX compile with the site's processor)
 * must always agree, and any disallowed piece must be refused by both.
 */

const ALLOWED = [
	'Pay approved bills on Tuesdays.',
	'## Notes',
	'- one\n- two',
	'[the guide](https://example.com/guide)',
	'[a page](/sops/clients/acme/bill-run/)',
	'Mail [the pod](mailto:pod@example.com).',
	'{/* a comment the reader never sees */}',
	'<span class="note">text</span>',
	'<a href="https://example.com/">x</a>',
	'`<script>alert(1)</script>` in code is text',
	'```html\n<script>alert(1)</script>\n```',
	'| a | b |\n| - | - |\n| 1 | 2 |',
	'<details>\n<summary>More</summary>\n\nHidden text.\n\n</details>',
	':::note\nA note.\n:::',
	'<abbr title="Bill pay associate">BPA</abbr> runs it.',
	'Write \\{ and &lt; for braces and brackets.',
];

const DISALLOWED = [
	'{1 + 1}',
	'Home: {process.env.HOME}',
	'export const x = 1',
	"import fs from 'node:fs'",
	'<script>alert(1)</script>',
	'<img src="x" onerror="alert(1)" />',
	'<iframe src="https://example.com/"></iframe>',
	'[x](javascript:alert(1))',
	'[x](  jAvAsCrIpT:alert(1))',
	'<a href="vbscript:msgbox(1)">v</a>',
	'![i](data:image/svg+xml,<svg onload=alert(1)>)',
	'<span title={globalThis.x}>t</span>',
	'<span {...globalThis}>t</span>',
	'<span style="position:fixed">t</span>',
	':::note{onclick="alert(1)"}\nx\n:::',
	'<svg><circle /></svg>',
	'![up](../../../../../../../../etc/hostname)',
	'{/* ok */ globalThis.x}',
];

const FRONTMATTER = BASE[SOP]!.slice(0, BASE[SOP]!.indexOf('---', 4) + 4);

const block = fc.oneof(
	{ arbitrary: fc.constantFrom(...ALLOWED).map((text) => ({ text, allowed: true })), weight: 4 },
	{
		arbitrary: fc.constantFrom(...DISALLOWED).map((text) => ({ text, allowed: false })),
		weight: 1,
	},
);

async function buildVerdict(root: string, file: string, code: string): Promise<boolean> {
	const processor = handbookMarkdownProcessor({ root });
	const renderer = await processor.createMdxRenderer!(
		{ syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: true } as never,
		{
			optimize: true,
			srcDir: new URL(`file://${root}/src/`),
		},
	);
	// Exactly what Astro's MDX plugin does with a file before it compiles it.
	const { frontmatter, content } = parseFrontmatter(code, { frontmatter: 'empty-with-spaces' });
	try {
		await (
			renderer as { process: (c: string, f: string, fm: unknown) => Promise<unknown> }
		).process(content, file, frontmatter);
		return true;
	} catch {
		return false;
	}
}

describe('the check and the build agree on every page', () => {
	it('refuses exactly what the build refuses, and every disallowed piece', async () => {
		const root = writeHandbook();
		const file = join(root, SOP);
		await fc.assert(
			fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 6 }), async (blocks) => {
				const code = `${FRONTMATTER}\n${blocks.map((b) => b.text).join('\n\n')}\n`;
				writeFileSync(file, code);
				const report = checkHandbook({ root, today: TODAY }).report;
				const checkPasses = !report.diagnostics.some(
					(d) => d.rule === 'mdx/unsafe' || d.rule === 'mdx/syntax',
				);
				const buildPasses = await buildVerdict(root, file, code);
				expect(checkPasses, code).toBe(buildPasses);
				if (blocks.some((b) => !b.allowed)) expect(checkPasses, code).toBe(false);
				else expect(checkPasses, `${code}\n${JSON.stringify(report.diagnostics)}`).toBe(true);
			}),
			{ numRuns: 150, seed: 20261123 },
		);
	}, 120_000);
});

describe("the build's pipeline", () => {
	it('refuses a content file the check did not read, even a harmless one', async () => {
		const root = writeHandbook();
		const file = join(root, SOP);
		const code = BASE[SOP]!;
		const processor = handbookMarkdownProcessor({
			root,
			checkedFiles: () => new Set([join(root, 'src/content/docs/index.mdx')]),
		});
		const renderer = await processor.createMdxRenderer!(
			{ syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: true } as never,
			{
				optimize: true,
				srcDir: new URL(`file://${root}/src/`),
			},
		);
		const { frontmatter, content } = parseFrontmatter(code, { frontmatter: 'empty-with-spaces' });
		await expect(
			(renderer as { process: (c: string, f: string, fm: unknown) => Promise<unknown> }).process(
				content,
				file,
				frontmatter,
			),
		).rejects.toThrow(
			`${SOP} is built but the handbook check never read it, so it may not be published.`,
		);
		expect(await buildVerdict(root, file, code)).toBe(true);
	});
});
