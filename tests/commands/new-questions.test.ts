import { describe, expect, it } from 'vitest';
import { questionsFor } from '../../src/cli/new.ts';
import { fieldDocs } from '../../src/schemas/field-docs.ts';
import { runCli } from '../support/cli.ts';
import { TODAY, writeHandbook } from '../support/handbook.ts';

const KINDS = ['sop', 'client', 'person', 'training'] as const;

describe("new's questions", () => {
	it("ask by each field's title, with how to write it, read from the schema", () => {
		expect(
			Object.fromEntries(KINDS.map((kind) => [kind, questionsFor(kind).map((q) => q.question)])),
		).toMatchInlineSnapshot(`
			{
			  "client": [
			    "Client id (e.g. acme-dental)",
			    "Client name",
			    "Pod id",
			    "CSA (person id)",
			    "Backup CSA (person id)",
			    "BPAs (person ids, comma-separated, empty for none)",
			    "Platform (qbo, sage-intacct, xero, netsuite, other)",
			  ],
			  "person": [
			    "Person id (e.g. maria-lopez)",
			    "Full name",
			    "Roles (comma-separated)",
			    "Pod id (empty for none)",
			    "Work email (empty for none)",
			    "GitHub handle (empty for none)",
			  ],
			  "sop": [
			    "SOP id (its path under sops/, e.g. clients/acme-dental/check-run)",
			    "Title",
			    "Summary, in a sentence or two (empty for none)",
			    "Owner (person id)",
			    "Cross-trained backup (person id)",
			    "Day the backup was trained (YYYY-MM-DD, empty for today)",
			    "Approvers (person ids, comma-separated)",
			    "Client id (empty for a firm-wide SOP)",
			  ],
			  "training": [
			    "Module id (its path under training/, e.g. csa/month-end)",
			    "Title",
			    "Owner (person id)",
			    "Approvers (person ids, comma-separated)",
			    "Tracks (comma-separated, e.g. csa)",
			    "Place in the track (e.g. 1)",
			    "Minutes it takes (e.g. 30)",
			  ],
			}
		`);
	});

	it.each(KINDS)('for %s each start with the title written on the field', (kind) => {
		for (const asked of questionsFor(kind).slice(1))
			expect(asked.question.startsWith(fieldDocs(asked.schema!).title!)).toBe(true);
	});

	it('take several values where the field is a list, and a whole number where it holds one', () => {
		const training = questionsFor('training');
		expect(training.filter((q) => q.many).map((q) => q.flag)).toEqual(['approver', 'track']);
		expect(training.filter((q) => q.number).map((q) => q.flag)).toEqual(['order', 'duration']);
	});

	it("refuse a value not among the schema's choices, with the closest", () => {
		const root = writeHandbook();
		const args = [
			'new',
			'client',
			'--id',
			'zeta',
			'--name',
			'Zeta',
			'--pod',
			'east',
			'--csa',
			'ana-silva',
			'--backup-csa',
			'ben-ode',
			'--platform',
			'qbx',
		];
		expect(runCli([...args, '--root', root, '--today', TODAY]).stderr).toContain(
			'--platform "qbx" names no platform. Did you mean "qbo"?',
		);
	});
});
