import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeHandbook } from '../support/handbook.ts';
import { checkFindings, FIXTURES, importJson, read } from './support.ts';

describe('import of a roster', () => {
	it('writes a person file per row of people.csv, the id from the id column or the name', () => {
		const root = writeHandbook();
		const { code, json } = importJson(root, join(FIXTURES, 'roster', 'people.csv'));
		expect(code).toBe(0);
		expect(json!.imported.map((e) => e.file)).toEqual([
			'src/content/people/maria-lopez.yaml',
			'src/content/people/sam-okafor.yaml',
			'src/content/people/jun-park.yaml',
		]);
		expect(read(root, 'src/content/people/maria-lopez.yaml')).toBe(
			'name: Maria Lopez\nroles:\n  - csa\n  - approver\nemail: maria.lopez@example.com\ngithub: mlopez\n',
		);
		expect(checkFindings(root).filter((d) => d.file.startsWith('src/content/people/'))).toEqual([]);
	});

	it('writes a client file per row of clients.csv, checked against the people it names', () => {
		const root = writeHandbook();
		const { code } = importJson(root, join(FIXTURES, 'roster', 'clients.csv'));
		expect(code).toBe(0);
		expect(read(root, 'src/content/clients/harbor-dental.yaml')).toBe(
			'name: Harbor Dental\npod: east\ncsa: ana-silva\nbackup_csa: ben-ode\nbpas:\n  - dev-rao\nplatform: qbo\n',
		);
		// A new client has no SOP yet; everything else about it checks.
		expect(
			checkFindings(root).filter(
				(d) => d.file.includes('harbor-dental') && d.rule !== 'client/no-sop',
			),
		).toEqual([]);
	});

	it('names the row and the column of each problem, writes the good rows, and exits 1', () => {
		const root = writeHandbook();
		const { code, json } = importJson(root, join(FIXTURES, 'roster', 'bad-people.csv'));
		expect(code).toBe(1);
		expect(json!.imported.map((e) => e.id)).toEqual(['ok-person']);
		expect(json!.skipped.map((s) => s.reason)).toMatchInlineSnapshot(`
			[
			  "row 1, column emial: not a person field, so the column was not read. Did you mean "email"?",
			  "row 3, column id: "Bad Id" is not an id; write lowercase words joined by hyphens, e.g. maria-lopez.",
			  "row 4, column name: name is missing. Add it, e.g.: name: Maria Lopez",
			]
		`);
	});

	it('never overwrites a person who is already there', () => {
		const root = writeHandbook();
		const once = importJson(root, join(FIXTURES, 'roster', 'people.csv'));
		expect(once.code).toBe(0);
		const twice = importJson(root, join(FIXTURES, 'roster', 'people.csv'));
		expect(twice.code).toBe(1);
		expect(twice.json!.skipped[0]!.reason).toBe(
			'src/content/people/maria-lopez.yaml already exists; import never overwrites. Edit that file, or give the row another id.',
		);
	});
});
