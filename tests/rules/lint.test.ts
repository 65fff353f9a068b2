import { describe, expect, it } from 'vitest';
import { BASE, check, edit, findings, SOP } from '../support/handbook.ts';

describe('lint/sop-sections', () => {
	it('passes an SOP with Purpose, When to use, Steps and Escalation in order', () => {
		expect(findings(check(), 'lint/sop-sections')).toEqual([]);
	});

	it('errors when a section is missing or out of order', () => {
		const missing = edit(BASE[SOP]!, '## Escalation\n\nTo the pod lead.\n', '');
		expect(findings(check({ [SOP]: missing }), 'lint/sop-sections')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:13:1 error: has no "## Escalation" section; every SOP has "## Purpose", "## When to use", "## Steps", "## Escalation".
			hint: Add the missing section as a level-2 heading, e.g.
			## Escalation",
			]
		`);
		const swapped = edit(edit(BASE[SOP]!, '## When to use', '## Escalation!'), '## Escalation\n', '## When to use\n').replace('## Escalation!', '## Escalation');
		expect(findings(check({ [SOP]: swapped }), 'lint/sop-sections')[0]).toContain('is out of order');
	});

	it('uses the sections named in the config', () => {
		const config = 'time_zone: UTC\nprinciples: { core: 2, plus_one: 1 }\nsop_sections: [Purpose, Steps, Controls]\n';
		expect(findings(check({ 'handbook.config.yaml': config }), 'lint/sop-sections')[0]).toContain('has no "## Controls" section');
	});
});

describe('lint/heading-increment', () => {
	it('errors when a heading skips a level', () => {
		expect(findings(check({ [SOP]: edit(BASE[SOP]!, '## Steps', '#### Steps') }), 'lint/heading-increment')).toHaveLength(1);
	});
});

describe('lint/mdx-code', () => {
	it('allows the project\'s own components', () => {
		const own = `${BASE[SOP]!}\nimport Callout from '../../../../components/Callout.astro';\n`;
		expect(findings(check({ [SOP]: own }), 'lint/mdx-code')).toEqual([]);
	});

	it('refuses other imports, exports and scripts', () => {
		const code = `${BASE[SOP]!}\nimport fs from 'node:fs';\n\nexport const secret = 1;\n\n<script>{'alert(1)'}</script>\n`;
		expect(findings(check({ [SOP]: code }), 'lint/mdx-code')).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:30:1 error: imports "node:fs"; SOPs may import only the handbook's own components from src/components/.
			hint: Remove it. To show something special, ask for a component in src/components/ and import it from there.",
			  "src/content/sops/clients/acme/bill-run.mdx:32:1 error: exports code; SOPs may not export anything.
			hint: Remove it. To show something special, ask for a component in src/components/ and import it from there.",
			  "src/content/sops/clients/acme/bill-run.mdx:34:1 error: embeds a <script>; SOPs may not run code in the reader's browser.
			hint: Remove it. To show something special, ask for a component in src/components/ and import it from there.",
			]
		`);
	});
});
