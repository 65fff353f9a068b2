import {
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	truncateSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeHandbook } from '../support/handbook.ts';
import { FIXTURES, importJson } from './support.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'import-src-'));
const page = (title: string) => new TextEncoder().encode(`# ${title}\n\n## Steps\n\n1. Do it.\n`);

/** Files someone could hand the import to break out of the handbook or wear it down: each is one line in the report, and the rest still comes in. */
describe('import of hostile files', () => {
	it('refuses zip entries that climb out or are absolute, a link entry and a 100:1 bomb, and imports the rest', () => {
		const dir = folder();
		const zip = join(dir, 'export.zip');
		writeFileSync(
			zip,
			zipSync({
				'good.md': page('Good page'),
				'../escaped.md': page('Escaped'),
				'/tmp/absolute.md': page('Absolute'),
				'bomb.md': [new Uint8Array(5 * 1024 * 1024).fill(0x61), { level: 9 }],
				'nested.zip': new Uint8Array([1, 2, 3]),
				'notes.pdf': new Uint8Array([37, 80, 68, 70]),
			}),
		);
		const root = writeHandbook();
		const { code, json } = importJson(root, zip, join(FIXTURES, 'hostile', 'link.zip'));
		expect(code).toBe(1);
		expect(json!.imported.map((e) => e.file)).toEqual([
			'src/content/sops/firm/good-page.mdx',
			'src/content/sops/firm/fine-page.mdx',
		]);
		const reasons = json!.skipped.map((s) => `${s.source.replace(/^.*\//, '')}: ${s.reason}`);
		expect(reasons).toMatchInlineSnapshot(`
			[
			  "escaped.md: has a path that leads outside the archive (an absolute path or ".."); it was not unpacked.",
			  "absolute.md: has a path that leads outside the archive (an absolute path or ".."); it was not unpacked.",
			  "export.zip:bomb.md: would unpack 1024 times larger than it is packed (more than 100:1), as a zip bomb does; it was not unpacked.",
			  "export.zip:nested.zip: is a zip inside a zip; unpack it and import the inner zip on its own.",
			  "export.zip:notes.pdf: .pdf is a PDF, which holds no headings or lists to read; export the original document as .docx or .html, or copy its text into a .md file.",
			  "link.zip:passwd.md: is a symbolic link inside the zip; import unpacks only real files.",
			]
		`);
		expect(existsSync(join(dirname(root), 'escaped.md'))).toBe(false);
		expect(existsSync(join(root, 'escaped.md'))).toBe(false);
		expect(readdirSync(join(root, 'src/content/sops/firm')).sort()).toEqual([
			'fine-page.mdx',
			'good-page.mdx',
		]);
	});

	it('stops unpacking an entry that lies about its size, once it passes what it declared', () => {
		const packed = zipSync({
			'liar.md': [new Uint8Array(5 * 1024 * 1024).fill(0x61), { level: 9 }],
			'good.md': page('Good page'),
		});
		const view = new DataView(packed.buffer);
		// The central directory's entry for liar.md: declare 200 KB, within the 100:1 ratio of what it packs to.
		const central = packed.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
		view.setUint32(central + 24, 200 * 1024, true);
		const dir = folder();
		writeFileSync(join(dir, 'liar.zip'), packed);
		const root = writeHandbook();
		const { code, json } = importJson(root, join(dir, 'liar.zip'));
		expect(code).toBe(1);
		expect(json!.imported.map((e) => e.id)).toEqual(['firm/good-page']);
		expect(json!.skipped.map((s) => s.reason)).toEqual([
			'unpacks to more than the size it declares, as a zip bomb does; it was not unpacked.',
		]);
	});

	it('reads no Word document whose parts unpack past what they declare, nor a zip that is no Word document', () => {
		const bomb = zipSync({
			'[Content_Types].xml': page('x'),
			'word/document.xml': [new Uint8Array(5 * 1024 * 1024).fill(0x20), { level: 9 }],
		});
		const view = new DataView(bomb.buffer);
		const central = bomb.findIndex(
			(_, i) => view.getUint32(i, true) === 0x02014b50 && bomb[i + 46] === 0x77,
		);
		view.setUint32(central + 24, 1024, true);
		const dir = folder();
		writeFileSync(join(dir, 'bomb.docx'), bomb);
		writeFileSync(join(dir, 'notes.docx'), zipSync({ 'notes.txt': page('Notes') }));
		const root = writeHandbook();
		const { code, json } = importJson(root, dir);
		expect(code).toBe(1);
		expect(json!.skipped.map((s) => `${s.source.replace(/^.*\//, '')}: ${s.reason}`))
			.toMatchInlineSnapshot(`
			[
			  "bomb.docx: holds a part that unpacks to more than it declares, as a zip bomb does; it was not read.",
			  "notes.docx: is not a Word document that can be read (Could not find main document part. Are you sure this is a valid .docx file?); open it in Word and save it again as .docx.",
			]
		`);
	});

	it('refuses a 50 MB file by its size, a corrupt .docx and a .doc, each in one line, and imports the rest', () => {
		const dir = folder();
		writeFileSync(join(dir, 'huge.md'), '');
		truncateSync(join(dir, 'huge.md'), 50 * 1024 * 1024);
		writeFileSync(join(dir, 'old.doc'), 'not really');
		writeFileSync(join(dir, 'broken.zip'), 'PK not a zip at all');
		writeFileSync(join(dir, 'ok.md'), page('Fine'));
		const root = writeHandbook();
		const { code, json } = importJson(root, dir, join(FIXTURES, 'corrupt', 'corrupt.docx'));
		expect(code).toBe(1);
		expect(json!.imported.map((e) => e.id)).toEqual(['firm/fine']);
		expect(json!.skipped.map((s) => `${s.source.replace(/^.*\//, '')}: ${s.reason}`))
			.toMatchInlineSnapshot(`
			[
			  "broken.zip: is not a zip that can be read (no central directory); make the archive again.",
			  "huge.md: is 50 MB, over the 20 MB a document may be; split it, or remove embedded media and export it again.",
			  "old.doc: .doc is an old Word file; open it in Word or LibreOffice and save it as .docx, then import that.",
			  "corrupt.docx: is not a Word document that can be read (no central directory); open it in Word and save it again as .docx.",
			]
		`);
	});

	it('does not follow a link in a folder, nor a picture path that climbs out of it', () => {
		const dir = folder();
		const outside = folder();
		writeFileSync(
			join(outside, 'secret.png'),
			readFileSync(join(FIXTURES, 'google-docs/images/image1.png')),
		);
		writeFileSync(
			join(dir, 'page.md'),
			`# Pictures\n\n![secret](../${outside.split('/').pop()!}/secret.png)\n`,
		);
		const root = writeHandbook();
		const { json } = importJson(root, dir);
		expect(json!.imported[0]!.dropped).toEqual([
			expect.stringMatching(
				/^a picture that could not be copied \(\.\.\/import-src-.*\/secret\.png\): not found beside the document/,
			),
		]);
		expect(existsSync(join(root, 'src/content/sops/firm/pictures.files'))).toBe(false);
	});

	it('writes nothing with --dry-run, and reports what it would write', () => {
		const root = writeHandbook();
		const before = readdirSync(join(root, 'src/content/sops'), { recursive: true });
		const { code, json } = importJson(root, join(FIXTURES, 'word'), '--dry-run');
		expect(code).toBe(0);
		expect(json!.imported).toHaveLength(3);
		expect(readdirSync(join(root, 'src/content/sops'), { recursive: true })).toEqual(before);
	});
});
