import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
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
		expect(referenceAt(KIND_SPECS.sop, 'countersigned_by')).toEqual({
			target: 'person',
			path: ['countersigned_by'],
		});
	});

	it('is checked by ref/unknown-person', () => {
		addThrowawayField();
		const root = writeHandbook(
			editSop('client: acme\n', 'client: acme\ncountersigned_by: ana-silvia\n'),
		);
		expect(findings(checkHandbook({ root, today: TODAY }).report, 'ref/unknown-person')).toEqual([
			`${SOP}:9:1 error: countersigned_by names person "ana-silvia", but there is no such person. Did you mean "ana-silva"?\nhint: countersigned_by: ana-silva`,
		]);
	});

	it("puts the SOP in check --changed's scope when the person it names changes", () => {
		addThrowawayField();
		const root = writeHandbook(
			editSop('client: acme\n', 'client: acme\ncountersigned_by: old-hand\n'),
		);
		const { handbook } = checkHandbook({ root, today: TODAY });
		expect([
			...affectedFiles(handbook, new Set(['src/content/people/old-hand.yaml']), new Set())!,
		]).toContain(SOP);
	});
});

describe('a reference field with its docs', () => {
	it('is still found however its .meta() is written: on the id, after optional, after default', () => {
		const schema = z.strictObject({
			signed_by: ref('person').meta({ description: 'Who signed.', examples: ['ana-silva'] }),
			witness: ref('person', { holds: 'approver' })
				.optional()
				.meta({ description: 'Who watched.' }),
			copies_to: z.array(ref('pod')).default([]).meta({ description: 'Who gets a copy.' }),
		});
		expect(referenceFields(schema)).toEqual([
			{ target: 'person', path: ['signed_by'] },
			{ target: 'person', holds: 'approver', path: ['witness'] },
			{ target: 'pod', path: ['copies_to', '*'] },
		]);
	});

	it("finds every documented reference of the handbook's kinds", () => {
		expect(KIND_SPECS.client.references).toEqual([
			{ target: 'pod', path: ['pod'] },
			{ target: 'person', holds: 'csa', path: ['csa'] },
			{ target: 'person', holds: 'csa', path: ['backup_csa'] },
			{ target: 'person', holds: 'bpa', path: ['bpas', '*'] },
			{ target: 'person', holds: 'bpa', path: ['backup_bpas', '*'] },
		]);
		expect(KIND_SPECS.sop.references.map((r) => r.path.join('.'))).toEqual([
			'owner',
			'approvers.*',
			'reviews.*.by',
			'backup.person',
			'roles.*',
			'trained.*.person',
			'trained_roles.*.role',
			'client',
			'principles.*',
			'kpis.*',
			'superseded_by',
		]);
	});
});
