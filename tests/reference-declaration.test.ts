import { afterEach, describe, expect, it } from 'vitest';
import { checkHandbook } from '../src/check.ts';
import { affectedFiles } from '../src/engine/scope.ts';
import { KIND_SPECS, referenceAt } from '../src/model/kinds.ts';
import { ref, referenceFields } from '../src/schemas/reference.ts';
import { sopSchema } from '../src/schemas/sop.ts';
import { editSop, findings, SOP, TODAY, writeHandbook } from './support/handbook.ts';

/**
 * Reference fields are declared once, on the schemas; every consumer derives from that
 * declaration. Adding a throwaway reference field to the SOP schema, and nothing else,
 * must make each consumer follow it.
 */
describe('a reference field declared on a schema', () => {
	const original = { schema: KIND_SPECS.sop.schema, references: KIND_SPECS.sop.references };
	afterEach(() => Object.assign(KIND_SPECS.sop, original));

	function addThrowawayField(): void {
		const schema = sopSchema.safeExtend({ countersigned_by: ref('person').optional() });
		Object.assign(KIND_SPECS.sop, { schema, references: referenceFields(schema) });
	}

	it('is listed among its kind’s references, from the schema alone', () => {
		expect(referenceAt(KIND_SPECS.sop, 'countersigned_by')).toBeUndefined();
		addThrowawayField();
		expect(referenceAt(KIND_SPECS.sop, 'countersigned_by')).toEqual({ target: 'person', path: ['countersigned_by'] });
	});

	it('is checked by ref/unknown-person', () => {
		addThrowawayField();
		const root = writeHandbook(editSop('client: acme\n', 'client: acme\ncountersigned_by: ana-silvia\n'));
		expect(findings(checkHandbook({ root, today: TODAY }).report, 'ref/unknown-person')).toEqual([
			`${SOP}:9:1 error: countersigned_by names person "ana-silvia", but there is no such person. Did you mean "ana-silva"?\nhint: countersigned_by: ana-silva`,
		]);
	});

	it("puts the SOP in check --changed's scope when the person it names changes", () => {
		addThrowawayField();
		const root = writeHandbook(editSop('client: acme\n', 'client: acme\ncountersigned_by: old-hand\n'));
		const { handbook } = checkHandbook({ root, today: TODAY });
		expect([...affectedFiles(handbook, new Set(['src/content/people/old-hand.yaml']), new Set())!]).toContain(SOP);
	});
});
