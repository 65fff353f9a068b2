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
