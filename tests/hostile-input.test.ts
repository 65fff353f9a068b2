import { describe, expect, it } from 'vitest';
import { check, findings } from './support/handbook.ts';

/** Nine levels of nine aliases: 600 bytes that expand to nearly 400 million values. */
const BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');

describe('input made to exhaust time or memory', () => {
	it('refuses a YAML alias bomb in a people file, quickly, naming the first alias', () => {
		const report = check({ 'src/content/people/ana-silva.yaml': `name: Ana Silva\nroles: [csa, approver]\n${BOMB}\n` });
		expect(findings(report, 'yaml/syntax')).toMatchInlineSnapshot(`
			[
			  "src/content/people/ana-silva.yaml:4:1 error: the frontmatter is not valid YAML: its aliases (*name) expand to more than 100,000 values, which no handbook file needs.
			hint: Write the values out instead of repeating them with & and * aliases.",
			]
		`);
	});

	it('refuses the same bomb in a page, so the build never starts on it', () => {
		const report = check({ 'src/content/docs/notes.mdx': `---\ntitle: Notes\n${BOMB}\n---\n\nText.\n` });
		expect(report.diagnostics.filter((d) => d.rule === 'yaml/syntax').map((d) => `${d.file}:${d.line}`)).toEqual(['src/content/docs/notes.mdx:4']);
	});

	it('still reads honest aliases', () => {
		const report = check({ 'src/content/people/ana-silva.yaml': 'name: Ana Silva\nroles: &r [csa, approver]\npod: east\n' });
		expect(findings(report, 'yaml/syntax')).toEqual([]);
	});
});
