import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRecord } from '../../src/cli/recording.ts';
import { UsageError } from '../../src/cli/usage-error.ts';
import { SourceFile } from '../../src/model/source-file.ts';
import { SOP, writeHandbook } from '../support/handbook.ts';

/*
 * The last guard of `review` and `trained`: whatever the editor wrote, the file is written
 * only when its frontmatter, read back as the check reads it, is exactly the one expected
 * and its body is unchanged. The editors never fail it in the other tests; an editor with a
 * fault stands in for one here.
 */
const file = new SourceFile('sop', 'clients/acme/bill-run', SOP);

function attempt(edit: (before: string) => string, refuse?: () => void) {
	const root = writeHandbook();
	const before = readFileSync(join(root, SOP), 'utf8');
	let message: string | undefined;
	try {
		writeRecord(root, file, 'review', {
			edit: (text) => ({ ok: true, text: edit(text) }),
			...(refuse ? { refuse } : {}),
			expected: (data) => ({ ...data, last_reviewed: '2026-11-20' }),
		});
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		message = error.message;
	}
	return { message, unchanged: readFileSync(join(root, SOP), 'utf8') === before };
}

const setDay = (text: string) => text.replace(/^last_reviewed: .*$/m, 'last_reviewed: 2026-11-20');

describe('writing a record', () => {
	it('writes an edit that makes exactly the expected change', () => {
		expect(attempt(setDay)).toEqual({ message: undefined, unchanged: false });
	});

	it('refuses, writing nothing, an edit that also changes another field', () => {
		expect(attempt((text) => setDay(text).replace(/^owner: .*$/m, 'owner: ben-ode'))).toEqual({
			message: `${SOP} was left unchanged: the edit could not be made without touching other fields. Record the review by hand.`,
			unchanged: true,
		});
	});

	it('refuses, writing nothing, an edit that changes the body', () => {
		expect(attempt((text) => `${setDay(text)}\nA line more.\n`)).toMatchObject({
			message: expect.stringContaining('without touching other fields'),
			unchanged: true,
		});
	});

	it('writes nothing when the file as it is now calls for a refusal', () => {
		const refusal = () => {
			throw new UsageError('a later review is recorded.');
		};
		expect(attempt(setDay, refusal)).toEqual({
			message: 'a later review is recorded.',
			unchanged: true,
		});
	});
});
