import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeHandbook } from '../support/handbook.ts';
import { checkFindings, digitsOf, FIXTURES, importJson, read, type ImportJson } from './support.ts';

/** Pages shaped like the 18F handbook's Jekyll Markdown: front matter, Liquid tags, HTML comments, raw HTML and Kramdown attributes. */
describe('import of a public Markdown handbook', () => {
	let root: string;
	let json: ImportJson;
	let code: number | null;
	beforeAll(() => {
		root = writeHandbook();
		const result = importJson(root, join(FIXTURES, 'wiki-18f'));
		code = result.code;
		json = result.json!;
	});

	it('imports every page as a draft, titled from its front matter, saying what is missing', () => {
		expect(code).toBe(0);
		expect(json.imported.map((e) => [e.id, e.status])).toEqual([
			['firm/leave-calendar', 'draft'],
			['firm/leave', 'draft'],
			['firm/slack', 'draft'],
			['firm/travel', 'draft'],
		]);
		expect(read(root, 'src/content/sops/firm/leave.mdx')).toMatch(/^---\ntitle: Leave\n/);
		expect(json.imported[1]!.todo.slice(0, 3)).toEqual([
			'owner: the person accountable for it (--owner); "owner-to-be-named" stands in until then',
			'backup: a cross-trained colleague and the day they were trained (--backup)',
			'approvers: who approves it, holding the approver role (--approver)',
		]);
	});

	it('passes mdx/syntax and mdx/unsafe on every page, and the sensitive-data rules', () => {
		const findings = checkFindings(root);
		expect(findings.filter((d) => /^(mdx|sensitive)\//.test(d.rule))).toEqual([]);
		// Drafts whose owner is not known yet check clean: the build leaves them out until someone owns them.
		expect(findings.filter((d) => d.severity === 'error')).toEqual([]);
	});

	it('asks for a real owner once a draft is made active without one', () => {
		const path = join(root, 'src/content/sops/firm/leave.mdx');
		writeFileSync(path, readFileSync(path, 'utf8').replace('status: draft\n', ''));
		const errors = checkFindings(root).filter(
			(d) => d.file === 'src/content/sops/firm/leave.mdx' && d.severity === 'error',
		);
		expect(errors.map((d) => d.rule)).toContain('ref/unknown-person');
		expect(errors.find((d) => d.rule === 'ref/unknown-person')!.message).toContain(
			'"owner-to-be-named"',
		);
	});

	it('removes Liquid and Kramdown, keeps {% raw %} text as text, and lists each drop', () => {
		const leave = json.imported.find((e) => e.id === 'firm/leave')!;
		expect(leave.dropped).toEqual([
			'a Liquid tag {% include toc.html %}',
			'a Liquid tag {% capture note %}',
			'a Liquid tag {% endcapture %}',
			'a Liquid tag {% include alert.html content=note %}',
			'a Liquid tag {{ site.data.leave.sick_note }}',
			'an HTML comment',
		]);
		expect(read(root, 'src/content/sops/firm/slack.mdx')).toContain(
			'Use a \\{\\{ template }} only in the bot.',
		);
		expect(read(root, 'src/content/sops/firm/travel.mdx')).not.toMatch(/\{:|usa-list/);
	});

	it('drops script, iframe and event handlers; turns {{ site.baseurl }} links into handbook addresses', () => {
		const travel = read(root, 'src/content/sops/firm/travel.mdx');
		expect(travel).not.toMatch(/script|iframe|onclick|youtube/);
		expect(travel).toContain('[Read the travel policy](https://example.gov/travel)');
		expect(travel).toContain('[Leave](/sops/firm/leave/)');
		expect(read(root, 'src/content/sops/firm/leave.mdx')).toContain(
			'[leave calendar](/sops/firm/leave-calendar/)',
		);
		expect(digitsOf(travel)).not.toContain('4111111111111111');
	});

	it('makes typed "Step 1:" paragraphs a numbered list', () => {
		expect(read(root, 'src/content/sops/firm/travel.mdx')).toMatch(
			/^## Steps\n\n1\. Create an authorization\.\n2\. Book through the travel system\.\n3\. File the voucher/m,
		);
	});
});

describe('import of wiki pages as a Jekyll site writes them', () => {
	it('keeps an HTML table whole when a Liquid tag stands alone on a line inside it, and closes skipped heading ranks', () => {
		const root = writeHandbook();
		const page = join(mkdtempSync(join(tmpdir(), 'wiki-')), 'office.md');
		writeFileSync(
			page,
			[
				'---',
				'title: Office',
				'---',
				'',
				'<table>',
				'  <tbody>',
				'    <tr>',
				'      <td><strong>Slack channels</strong></td>',
				'      <td>',
				'        {% slack_channel "office" %}',
				'        {% slack_channel "boston" %}',
				'      </td>',
				'    </tr>',
				'  </tbody>',
				'</table>',
				'',
				'## Getting in',
				'',
				'#### Badges',
				'',
				'Ask the front desk.',
				'',
			].join('\n'),
		);
		const { code, json } = importJson(
			root,
			page,
			'--owner',
			'ana-silva',
			'--backup',
			'ben-ode',
			'--approver',
			'cara-wu',
		);
		expect(code).toBe(0);
		expect(json!.imported[0]!.dropped).toContain('a Liquid tag {% slack_channel "office" %}');
		expect(checkFindings(root).filter((d) => d.severity === 'error')).toEqual([]);
		expect(read(root, json!.imported[0]!.file)).toContain('### Badges');
	});
});
