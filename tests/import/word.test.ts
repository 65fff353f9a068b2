import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/** Word documents written by pandoc from `fixtures/import/word-sources/`, read as a person would read the SOPs they became. */
describe('import of Word documents', () => {
	let root: string;
	let json: ImportJson;
	let code: number | null;
	beforeAll(() => {
		root = writeHandbook();
		const result = importJson(
			root,
			join(FIXTURES, 'word'),
			'--owner',
			'ana-silva',
			'--backup',
			'ben-ode',
			'--approver',
			'cara-wu',
		);
		code = result.code;
		json = result.json!;
	});
	const sop = (id: string) => read(root, `src/content/sops/firm/${id}.mdx`);

	it('writes one SOP per document, named from its title, active when nothing is left to fill in, and exits 0', () => {
		expect(code).toBe(0);
		expect(json.skipped).toEqual([]);
		expect(json.imported.map((e) => [e.id, e.status])).toEqual([
			// Each has a section still to write: a draft until it is.
			['firm/month-end-close', 'draft'],
			['firm/vendor-set-up', 'draft'],
			['firm/weekly-bill-run-for-harbor-dental', 'active'],
		]);
	});

	it('files headings under the configured sections through their synonyms, in order', () => {
		const text = sop('weekly-bill-run-for-harbor-dental');
		expect(sectionsOf(text)).toEqual(['Purpose', 'When to use', 'Steps', 'Escalation']);
		expect(section(text, 'Purpose')).toContain('covers the weekly bill run');
		expect(section(text, 'Escalation')).toContain('Call the pod lead first');
		expect(text).toMatch(/^title: Weekly bill run for Harbor Dental$/m);
		expect(text).toMatch(
			/^summary: This procedure covers the weekly bill run for Harbor Dental, from the inbox to the released payments\.$/m,
		);
	});

	it('adds a missing section with a placeholder and says so', () => {
		const entry = json.imported.find((e) => e.id === 'firm/month-end-close')!;
		expect(entry.sections).toEqual({
			found: ['Purpose', 'Steps', 'Escalation'],
			missing: ['When to use'],
		});
		expect(entry.todo).toEqual(['## When to use: the section is empty; write it']);
		expect(section(sop('month-end-close'), 'When to use').trim()).toBe('TODO: write this section.');
	});

	it('makes typed numbering ("Step 1:", "1)") a numbered list, steps in order', () => {
		expect(section(sop('weekly-bill-run-for-harbor-dental'), 'Steps')).toMatch(
			/^1\. Open the client’s bill inbox.*\n2\. Enter each bill.*\n3\. Ask the client’s approver.*\n4\. Release the payments once approved\.$/m,
		);
		expect(section(sop('vendor-set-up'), 'Steps')).toMatch(
			/^1\. Check the W-9 is signed and dated\.\n2\. Enter the vendor.*\n3\. Call the vendor.*$/m,
		);
	});

	it('keeps tables as tables', () => {
		expect(section(sop('weekly-bill-run-for-harbor-dental'), 'Steps')).toContain(
			'| Approver       | Limit     | Channel |\n| -------------- | --------- | ------- |\n| Office manager | 2,500 USD | Email   |\n| Owner          | No limit  | Phone   |',
		);
	});

	it('copies each picture into the handbook and links it relatively', () => {
		const text = sop('vendor-set-up');
		const link = /!\[The vendor form\]\((\.\/[^)]+)\)/.exec(text)?.[1];
		expect(link).toBe('./vendor-set-up.files/image1.png');
		const copied = join(root, 'src/content/sops/firm', link!);
		expect(readFileSync(copied)).toEqual(
			readFileSync(join(FIXTURES, 'word-sources', 'vendor-form.png')),
		);
	});

	it('makes links between the imported documents handbook addresses that work', () => {
		expect(sop('weekly-bill-run-for-harbor-dental')).toContain(
			'[Vendor set-up](/sops/firm/vendor-set-up/)',
		);
		expect(sop('vendor-set-up')).toContain(
			'[weekly bill run](/sops/firm/weekly-bill-run-for-harbor-dental/)',
		);
		expect(sop('month-end-close')).toContain('[Vendor set-up](/sops/firm/vendor-set-up/)');
	});

	it('masks the card numbers and lists each by its last four digits only', () => {
		for (const [id, number, tail] of [
			['weekly-bill-run-for-harbor-dental', '4111111111111111', '1111'],
			['vendor-set-up', '5555555555554444', '4444'],
			['month-end-close', '4012888888881881', '1881'],
		] as const) {
			expect(digitsOf(sop(id))).not.toContain(number);
			expect(sop(id)).toContain(`ending ${tail}`);
			expect(json.imported.find((e) => e.id === `firm/${id}`)!.masked).toBe(1);
		}
		expect(JSON.stringify(json)).not.toMatch(/4111|5555555|40128888/);
	});

	it('leaves a handbook the check passes', () => {
		expect(checkFindings(root)).toEqual([]);
	});

	it('never overwrites: a second import writes new ids beside the first', () => {
		const again = importJson(
			root,
			join(FIXTURES, 'word', 'vendor-setup.docx'),
			'--owner',
			'ana-silva',
			'--backup',
			'ben-ode',
			'--approver',
			'cara-wu',
		);
		expect(again.json!.imported.map((e) => e.id)).toEqual(['firm/vendor-set-up-2']);
		expect(existsSync(join(root, 'src/content/sops/firm/vendor-set-up-2.files/image1.png'))).toBe(
			true,
		);
		expect(dirname(again.json!.imported[0]!.file)).toBe('src/content/sops/firm');
	});
});
