import { describe, expect, it } from 'vitest';
import { BASE, check, edit, findings, SOP } from '../support/handbook.ts';

describe('mdx/syntax', () => {
	it('passes Markdown with a JSX-looking comparison written safely', () => {
		expect(
			findings(
				check({ [SOP]: `${BASE[SOP]}\nAmounts \\{over\\} 5,000 need the controller.\n` }),
				'mdx/syntax',
			),
		).toEqual([]);
	});

	it('errors on an unclosed expression, on the file line where it starts', () => {
		expect(findings(check({ [SOP]: `${BASE[SOP]}\nPay bills {over 5,000 only.\n` }), 'mdx/syntax'))
			.toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:30:11 error: the body is not valid MDX: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`.
			hint: In MDX, { and < start code. Write them as \\{ and &lt; in text, and close every tag you open.",
			]
		`);
	});

	it('errors on an unclosed tag', () => {
		expect(findings(check({ [SOP]: `${BASE[SOP]}\n<div>\n` }), 'mdx/syntax')).toHaveLength(1);
	});
});

describe('links/broken', () => {
	it('passes links to SOPs, principles, training and index pages, with anchors', () => {
		const body =
			'\n[a](/sops/) [b](/principles/verify-first/#why) [c](../../../../training/csa/first-week/) [d](https://example.com/x) [e](#purpose)\n';
		expect(findings(check({ [SOP]: `${BASE[SOP]}${body}` }), 'links/broken')).toEqual([]);
	});

	it('errors on a link to a page that does not exist, with the closest page', () => {
		expect(
			findings(
				check({
					[SOP]: edit(BASE[SOP]!, '/principles/verify-first/', '/principles/verify-frist/'),
				}),
				'links/broken',
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/sops/clients/acme/bill-run.mdx:15:37 error: the link to "/principles/verify-frist/" points to no page in the handbook. Did you mean "/principles/verify-first/"?
			hint: Link to /principles/verify-first/",
			]
		`);
	});
});
