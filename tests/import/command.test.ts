import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../support/build-site.ts';
import { runCli } from '../support/cli.ts';
import { TODAY, writeHandbook } from '../support/handbook.ts';
import { FIXTURES, importJson, read } from './support.ts';

const run = (root: string, ...args: string[]) =>
	runCli(['import', ...args, '--root', root, '--today', TODAY]);

describe('handbook import, the command', () => {
	it('prints the JSON the contract fixes, and nothing else', () => {
		const root = writeHandbook();
		const { stdout, json } = importJson(
			root,
			join(FIXTURES, 'word', 'weekly-bill-run.docx'),
			join(FIXTURES, 'corrupt', 'corrupt.docx'),
		);
		expect(Object.keys(json!)).toEqual(['imported', 'skipped']);
		expect(json!.imported[0]).toEqual({
			source: join(FIXTURES, 'word', 'weekly-bill-run.docx'),
			file: 'src/content/sops/firm/weekly-bill-run-for-harbor-dental.mdx',
			id: 'firm/weekly-bill-run-for-harbor-dental',
			status: 'draft',
			sections: { found: ['Purpose', 'When to use', 'Steps', 'Escalation'], missing: [] },
			masked: 1,
			dropped: [
				'a link to vendor-setup.docx, which is not among the imported documents; its text is kept',
			],
			todo: [
				'owner: the person accountable for it (--owner); "owner-to-be-named" stands in until then',
				'backup: a cross-trained colleague and the day they were trained (--backup)',
				'approvers: who approves it, holding the approver role (--approver)',
			],
		});
		expect(Object.keys(json!.skipped[0]!)).toEqual(['source', 'reason']);
		expect(stdout.trim().startsWith('{') && stdout.trim().endsWith('}')).toBe(true);
	});

	it('says in words what it wrote, what was masked by its last four digits, and what is left to do', () => {
		const root = writeHandbook();
		const { code, stdout } = run(
			root,
			join(FIXTURES, 'word', 'vendor-setup.docx'),
			'--owner',
			'ana-silva',
		);
		expect(code).toBe(0);
		expect(stdout.replace(FIXTURES, 'fixtures')).toMatchInlineSnapshot(`
			"fixtures/word/vendor-setup.docx
			  Wrote src/content/sops/firm/vendor-set-up.mdx (draft)
			  Sections found: Purpose, Steps, Escalation; missing: When to use
			  Masked 1 value: ending 4444
			  Dropped a link to weekly-bill-run.docx, which is not among the imported documents; its text is kept
			  To do: backup: a cross-trained colleague and the day they were trained (--backup)
			  To do: approvers: who approves it, holding the approver role (--approver)
			  To do: ## When to use: the section is empty; write it

			Imported 1 file (1 as drafts until what each still needs is filled in); 0 not imported.
			A draft stays out of the site until its owner, backup, approvers and every section are filled in; then remove status: draft and run npm run check.
			"
		`);
	});

	it('refuses a .pdf or a picture given by name, each with one line saying how to bring it in, and exits 1', () => {
		const dir = mkdtempSync(join(tmpdir(), 'import-src-'));
		writeFileSync(join(dir, 'minutes.pdf'), '%PDF-1.7');
		const root = writeHandbook();
		const { code, json } = importJson(
			root,
			join(dir, 'minutes.pdf'),
			join(FIXTURES, 'word-sources', 'run-screen.png'),
		);
		expect(code).toBe(1);
		expect(json!.imported).toEqual([]);
		expect(json!.skipped.map((s) => s.reason)).toEqual([
			'.pdf is a PDF, which holds no headings or lists to read; export the original document as .docx or .html, or copy its text into a .md file.',
			'.png is not a format import reads; save it as .docx, .html or .md (or a roster as .csv), or put those in a .zip.',
		]);
	});

	it('exits 2 with one line when it cannot run as asked', () => {
		const root = writeHandbook();
		for (const [args, message] of [
			[[], 'handbook: import needs the files, folders or .zip archives to read.'],
			[
				[FIXTURES, '--owner', 'ana-silvo'],
				'handbook: --owner "ana-silvo" names no person. Did you mean "ana-silva"?',
			],
			[
				[FIXTURES, '--client', 'acmee'],
				'handbook: --client "acmee" names no client. Did you mean "acme"?',
			],
			[[FIXTURES, '--kind', 'sops'], 'handbook: --kind is "sops"; use sop, docs or training.'],
		] as const) {
			const { code, stdout, stderr } = run(root, ...args);
			expect(code).toBe(2);
			expect(stdout).toBe('');
			expect(stderr.split('\n')[0]).toBe(message);
		}
	});

	it('imports general pages with --kind docs, titled and described, with no SOP sections', () => {
		const root = writeHandbook();
		const { code, json } = importJson(
			root,
			join(FIXTURES, 'wiki-18f', 'slack.md'),
			'--kind',
			'docs',
		);
		expect(code).toBe(0);
		expect(json!.imported[0]).toMatchObject({
			file: 'src/content/docs/imported/slack.mdx',
			status: 'written',
			sections: { found: [], missing: [] },
		});
	});

	it('imports training modules with --kind training as drafts, saying what a module still needs', () => {
		const root = writeHandbook();
		const { code, json } = importJson(
			root,
			join(FIXTURES, 'wiki-18f', 'travel.md'),
			'--kind',
			'training',
			'--owner',
			'ana-silva',
			'--approver',
			'cara-wu',
		);
		expect(code).toBe(0);
		expect(json!.imported[0]).toMatchObject({
			file: 'src/content/training/imported/travel.mdx',
			status: 'draft',
			todo: [
				'track, order and duration_minutes: where the module sits in onboarding (placeholders until then)',
			],
		});
	});

	it('keeps two pictures of one name from different folders apart, and one picture used twice once', () => {
		const dir = mkdtempSync(join(tmpdir(), 'import-src-'));
		mkdirSync(join(dir, 'one'));
		mkdirSync(join(dir, 'two'));
		copyFileSync(join(FIXTURES, 'google-docs/images/image1.png'), join(dir, 'one/a.png'));
		copyFileSync(
			join(FIXTURES, 'confluence/attachments/65538/hold-screen.png'),
			join(dir, 'two/a.png'),
		);
		writeFileSync(
			join(dir, 'page.md'),
			'# Two pictures\n\n![a](one/a.png) and ![b](two/a.png) and ![a again](one/a.png)\n',
		);
		const root = writeHandbook();
		expect(importJson(root, dir).code).toBe(0);
		expect(read(root, 'src/content/sops/firm/two-pictures.mdx')).toContain(
			'![a](./two-pictures.files/a.png) and ![b](./two-pictures.files/a-2.png) and ![a again](./two-pictures.files/a.png)',
		);
		expect(readFileSync(join(root, 'src/content/sops/firm/two-pictures.files/a-2.png'))).toEqual(
			readFileSync(join(dir, 'two/a.png')),
		);
		expect(readdirSync(join(root, 'src/content/sops/firm/two-pictures.files')).sort()).toEqual([
			'a-2.png',
			'a.png',
		]);
	});
});

describe('import on a terminal', () => {
	it('shows its progress, document by document, where a person watches it', () => {
		const root = writeHandbook();
		const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
		const command = [
			process.execPath,
			join(PROJECT, 'scripts', 'handbook.ts'),
			'import',
			join(FIXTURES, 'word'),
			'--root',
			root,
			'--today',
			TODAY,
			'--owner',
			'ana-silva',
		]
			.map(quote)
			.join(' ');
		// `script` runs the command on a pseudo-terminal, as a person's shell would.
		const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
		expect(result.stdout).toContain('Importing 3 of 3');
		expect(result.stdout).toMatch(/Imported 3 files.*; 0 not imported\./);
	});
});
