import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeHandbook } from '../support/handbook.ts';
import {
	checkFindings,
	digitsOf,
	FIXTURES,
	importJson,
	read,
	section,
	sectionsOf,
	type ImportJson,
} from './support.ts';

/** A Google Docs HTML export and a Confluence page export, hand-written in those tools' export structure, imported together for Acme. */
describe('import of Google Docs and Confluence exports', () => {
	let root: string;
	let json: ImportJson;
	beforeAll(() => {
		root = writeHandbook();
		json = importJson(
			root,
			join(FIXTURES, 'google-docs'),
			join(FIXTURES, 'confluence'),
			'--client',
			'acme',
			'--owner',
			'ana-silva',
			'--backup',
			'ben-ode',
			'--approver',
			'cara-wu',
		).json!;
	});
	const google = () => read(root, 'src/content/sops/clients/acme/client-escalations.mdx');
	const confluence = () => read(root, 'src/content/sops/clients/acme/payment-holds.mdx');

	it("writes each under the client's folder, titled from the export, and skips the Confluence attachments and styles", () => {
		expect(json.skipped).toEqual([]);
		expect(
			json.imported.map((e) => [e.source.replace(/^.*fixtures\/import\//, ''), e.file]),
		).toEqual([
			[
				'google-docs/ClientEscalations.html',
				'src/content/sops/clients/acme/client-escalations.mdx',
			],
			['confluence/Payment-holds_65538.html', 'src/content/sops/clients/acme/payment-holds.mdx'],
		]);
		expect(google()).toMatch(/^title: Client escalations\n/m);
		expect(confluence()).toMatch(
			/^title: Payment holds\nsummary: Why and how a payment is put on hold, and who lifts the hold\.\n/m,
		);
		expect(google()).toMatch(/^client: acme$/m);
	});

	it('shows the Google Docs title once, and the Confluence page without its breadcrumbs, metadata or footer', () => {
		expect(google().match(/Client escalations/g)).toHaveLength(1);
		expect(confluence()).not.toMatch(
			/Bill Pay Operations|Created by|Document generated|Attachments/,
		);
	});

	it('files the headings under the configured sections', () => {
		expect(sectionsOf(google())).toEqual(['Purpose', 'When to use', 'Steps', 'Escalation']);
		expect(sectionsOf(confluence())).toEqual(['Purpose', 'When to use', 'Steps', 'Escalation']);
		expect(json.imported.every((e) => e.sections.missing.length === 0)).toBe(true);
	});

	it("joins Google Docs' one-item lists into one numbered list, keeping its inline bold", () => {
		expect(section(google(), 'Steps')).toMatch(
			/^1\. Write down the bill.*\n2\. Message the CSA in the pod channel with the \*\*bill number\*\* and the amount\.\n3\. The CSA calls the client/m,
		);
		expect(section(confluence(), 'Steps')).toMatch(
			/^1\. Mark the bill \*\*On hold\*\*.*\n2\. Note the reason.*\n3\. Tell the client/m,
		);
	});

	it('keeps tables as tables, the first row of a Google Docs table as its heading', () => {
		expect(google()).toContain(
			'| Level | Who        | Within   |\n| ----- | ---------- | -------- |\n| 1     | CSA        | 2 hours  |\n| 2     | Supervisor | Same day |',
		);
		expect(confluence()).toContain(
			'| Reason      | Who lifts it          |\n| ----------- | --------------------- |\n| Dispute     | Client approver       |',
		);
	});

	it('copies the pictures from the export and links them relatively', () => {
		expect(google()).toContain('![Escalation flow](./client-escalations.files/image1.png)');
		expect(confluence()).toContain('![The hold screen](./payment-holds.files/hold-screen.png)');
		expect(
			readFileSync(join(root, 'src/content/sops/clients/acme/payment-holds.files/hold-screen.png')),
		).toEqual(readFileSync(join(FIXTURES, 'confluence/attachments/65538/hold-screen.png')));
	});

	it("links the two documents to each other's handbook address, through Google's redirector", () => {
		expect(google()).toContain('[Payment holds](/sops/clients/acme/payment-holds/)');
		expect(confluence()).toContain('[Client escalations](/sops/clients/acme/client-escalations/)');
	});

	it('masks the card numbers, and escapes the braces and angle brackets MDX would read as code', () => {
		expect(digitsOf(google())).not.toContain('4111111111111111');
		expect(digitsOf(confluence())).not.toContain('5105105105105100');
		expect(google()).toContain(
			'a card such as ending 1111 into the channel; the \\{client} portal',
		);
		expect(google()).toContain('the supervisor on duty \\<ops-desk>.');
		expect(confluence()).toContain('`{override}`');
	});

	it('drops the script, and says so', () => {
		expect(json.imported[0]!.dropped).toEqual(['<script>']);
		expect(google()).not.toContain('alert');
	});

	it('leaves a handbook the check passes', () => {
		expect(checkFindings(root)).toEqual([]);
	});

	it('reads the same Google Docs export from its zip, pictures included', () => {
		const dir = mkdtempSync(join(tmpdir(), 'import-src-'));
		const zip = join(dir, 'ClientEscalations.zip');
		writeFileSync(
			zip,
			zipSync({
				'ClientEscalations.html': readFileSync(
					join(FIXTURES, 'google-docs/ClientEscalations.html'),
				),
				'images/image1.png': readFileSync(join(FIXTURES, 'google-docs/images/image1.png')),
			}),
		);
		const other = writeHandbook();
		const { code, json: zipped } = importJson(
			other,
			zip,
			'--client',
			'acme',
			'--owner',
			'ana-silva',
			'--backup',
			'ben-ode',
			'--approver',
			'cara-wu',
		);
		expect(code).toBe(0);
		expect(zipped!.imported[0]!.source).toBe(`${zip}:ClientEscalations.html`);
		expect(
			readFileSync(
				join(other, 'src/content/sops/clients/acme/client-escalations.files/image1.png'),
			),
		).toEqual(readFileSync(join(FIXTURES, 'google-docs/images/image1.png')));
		// The link to a document not in this import keeps its words.
		expect(
			read(other, 'src/content/sops/clients/acme/client-escalations.mdx').replace(
				/\n(?=---\n)/,
				'',
			),
		).toBe(
			google()
				.replace('[Payment holds](/sops/clients/acme/payment-holds/)', 'Payment holds')
				.replace(/\n(?=---\n)/, ''),
		);
	});
});
