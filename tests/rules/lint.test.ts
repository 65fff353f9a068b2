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
		const swapped = edit(
			edit(BASE[SOP]!, '## When to use', '## Escalation!'),
			'## Escalation\n',
			'## When to use\n',
		).replace('## Escalation!', '## Escalation');
		expect(findings(check({ [SOP]: swapped }), 'lint/sop-sections')[0]).toContain(
			'is out of order',
		);
	});

	it('uses the sections named in the config', () => {
		const config =
			'time_zone: UTC\nprinciples: { core: 2, plus_one: 1 }\nsop_sections: [Purpose, Steps, Controls]\n';
		expect(findings(check({ 'handbook.config.yaml': config }), 'lint/sop-sections')[0]).toContain(
			'has no "## Controls" section',
		);
	});
});

describe('lint/heading-increment', () => {
	it('errors when a heading skips a level', () => {
		expect(
			findings(
				check({ [SOP]: edit(BASE[SOP]!, '## Steps', '#### Steps') }),
				'lint/heading-increment',
			),
		).toHaveLength(1);
	});
});

describe('lint comments in a page', () => {
	// remark-lint's switches would let a page silence the rules its own pull request is judged by.
	it('do not turn the rules off, in Markdown or in MDX', () => {
		const skipped = edit(BASE[SOP]!, '## Steps', '#### Steps');
		const md = SOP.replace(/\.mdx$/, '.md');
		expect(
			findings(
				check({
					[SOP]: null,
					[md]: skipped.replace('#### Steps', '<!-- lint disable -->\n\n#### Steps'),
				}),
				'lint/heading-increment',
			),
		).toHaveLength(1);
		expect(
			findings(
				check({
					[SOP]: skipped.replace(
						'#### Steps',
						'{/* lint disable heading-increment */}\n\n#### Steps',
					),
				}),
				'lint/heading-increment',
			),
		).toHaveLength(1);
	});
});

describe('lint/step-role', () => {
	const twoRoles = (steps: string) =>
		edit(BASE[SOP]!, 'client: acme\n', 'client: acme\nroles: [csa, bpa]\n').replace(
			'1. Check the approvals.\n2. Release the run.',
			steps,
		);

	it('passes an SOP of one role whose steps name no role, and one of two roles whose steps all do', () => {
		expect(findings(check(), 'lint/step-role')).toEqual([]);
		expect(
			findings(
				check({
					[SOP]: twoRoles('1. **CSA**: Check the approvals.\n2. **bpa**: Release the run.'),
				}),
				'lint/step-role',
			),
		).toEqual([]);
	});

	it("lets a step name the client's side, which the config lists under client_roles", () => {
		expect(
			findings(
				check({
					[SOP]: twoRoles(
						'1. **CSA**: Check.\n2. **Approver**: The office manager approves.\n3. **BPA**: Release.',
					),
				}),
				'lint/step-role',
			),
		).toEqual([]);
	});

	it('names the step, its line and the roles it may use', () => {
		expect(
			findings(
				check({
					[SOP]: twoRoles(
						'1. **CSA**: Check the approvals.\n2. Release the run.\n3. **Supervisor**: Sign off.\n4. **Before noon**, file it.',
					),
				}),
				'lint/step-role',
			),
		).toMatchInlineSnapshot(`
				[
				  "src/content/sops/clients/acme/bill-run.mdx:25:1 error: step 2 does not say who does it; this SOP is run by CSA and BPA, so every step starts with its role in bold.
				hint: Start the step with one of **CSA**, **BPA**, **Approver**, e.g.
				2. **CSA**: ...",
				  "src/content/sops/clients/acme/bill-run.mdx:26:1 error: step 3 is for the Supervisor role, which this SOP's roles (CSA, BPA) leave out.
				hint: Add the role to the frontmatter:
				roles: [csa, bpa, supervisor]",
				  "src/content/sops/clients/acme/bill-run.mdx:27:1 error: step 4 starts with "Before noon", which is not one of this SOP's roles (CSA, BPA).
				hint: Start the step with one of **CSA**, **BPA**, **Approver**, e.g.
				4. **CSA**: ...",
				]
			`);
	});

	it('reports a step for a role the SOP does not list, even when it lists one role', () => {
		expect(
			findings(
				check({ [SOP]: edit(BASE[SOP]!, '2. Release the run.', '2. **BPA**: Release the run.') }),
				'lint/step-role',
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:24:1 error: step 2 is for the BPA role, which this SOP's roles (CSA) leave out.
			hint: Add the role to the frontmatter:
			roles: [csa, bpa]",
			]
		`);
	});
});

describe('the heading-increment lint reads only what may be a heading', () => {
	// Pieces of pages as wikis and Word exports write them: headings at every level, in
	// quotes, lists and components, and headings written as HTML or JSX, inline too.
	const PIECES = [
		'# Title',
		'## Section',
		'### Sub',
		'#### Deep',
		'###### Deepest',
		'Some text with **bold** and a [link](/sops/x/).',
		'> ### Quoted heading',
		'- item\n\n  #### In a list',
		'<h3>HTML heading</h3>',
		'Inline <h5>html</h5> heading.',
		'<Aside>\n\n### In a component\n\n</Aside>',
		'<h4>JSX heading</h4>',
		'| a | b |\n| - | - |\n| 1 | 2 |',
	];

	it('reports exactly what the plugin reports over the whole tree', async () => {
		const fc = await import('fast-check');
		const { unified } = await import('unified');
		const { VFile } = await import('vfile');
		const { default: headingIncrement } = await import('remark-lint-heading-increment');
		const { parseBody } = await import('../../src/content-policy/pipeline.ts');
		const { headingOutline } = await import('../../src/rules/utils/lint/run-lint.ts');
		const plugin = unified().use(headingIncrement).freeze();
		const messages = (tree: unknown, body: string) => {
			const file = new VFile({ value: body });
			plugin.runSync(tree as never, file);
			return file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`);
		};
		let reported = 0;
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }),
				fc.constantFrom('md' as const, 'mdx' as const),
				(pieces, format) => {
					const body = pieces.join('\n\n');
					const tree = parseBody(body, format);
					const whole = messages(tree, body);
					reported += whole.length;
					expect(messages(headingOutline(tree as never), body)).toEqual(whole);
				},
			),
			{ numRuns: 400, seed: 7 },
		);
		// The pieces do make the plugin report, so the comparison is not of two empty lists.
		expect(reported).toBeGreaterThan(100);
	});
});
