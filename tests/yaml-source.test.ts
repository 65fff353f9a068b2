import fc from 'fast-check';
import jsYaml from 'js-yaml';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dataAsBuilt, parseYaml } from '../src/model/yaml-source.ts';

/** What js-yaml makes of `text` with `schema`, or that it refused it. */
function load(text: string, schema?: jsYaml.Schema): { data: unknown } | 'refused' {
	try {
		return { data: jsYaml.load(text, schema ? { schema } : {}) };
	} catch {
		return 'refused';
	}
}

function asBuilt(text: string): { data: unknown } | 'refused' {
	const yaml = parseYaml(text, 1);
	if (yaml.problems.length > 0) return 'refused';
	try {
		return { data: dataAsBuilt(yaml) };
	} catch {
		return 'refused';
	}
}

const scalar = fc.constantFrom(
	'2026-05-01',
	'"2026-05-01"',
	"'2026-05-01'",
	'2026-5-1',
	'2026-05-01 10:30:00',
	'2001-12-14t21:59:43.10-05:00',
	'2026-13-01',
	'12',
	'0x1F',
	'1.5',
	'true',
	'~',
	'null',
	'plain words',
	'"quoted: text"',
	'Pay the bill!',
	'**bold**',
);
const key = fc.constantFrom(
	'title',
	'owner',
	'last_reviewed',
	'__proto__',
	'2026-05-01',
	'"2026-05-01"',
	'[2026-01-01, x]',
	'{2026-01-01, 2026-01-01t0:00:00}',
	'a b',
	'<<',
	'? odd',
);
const value: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		scalar,
		fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
		fc
			.array(fc.tuple(key, tie('value')), { maxLength: 3 })
			.map((pairs) => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
		fc.constantFrom(
			'&d 2026-01-02',
			'*d',
			'!!timestamp 2026-01-02',
			'!<tag:ops-handbook,2026:plain-timestamp> 2026-01-02',
			'!!str 2026-01-02',
		),
	),
})).value;
const document = fc
	.array(fc.tuple(key, value), { minLength: 1, maxLength: 6 })
	.map((pairs) => pairs.map(([k, v]) => `${k}: ${v}`).join('\n'));

describe('frontmatter YAML, read once for the check and once as the build reads it', () => {
	it('gives the check the core schema’s data and the build’s view the default schema’s, for any text', () => {
		fc.assert(
			fc.property(document, (text) => {
				const core = load(text, jsYaml.CORE_SCHEMA);
				const yaml = parseYaml(text, 1);
				expect(yaml.problems.length > 0 ? 'refused' : { data: yaml.data }).toEqual(core);
				if (core === 'refused') return;
				const built = load(text);
				const ours = asBuilt(text);
				expect(
					isDeepStrictEqual(ours, built),
					`${JSON.stringify(ours)} where js-yaml reads ${JSON.stringify(built)}`,
				).toBe(true);
			}),
			{ numRuns: 2000 },
		);
	});

	it('reads plain frontmatter once, and unquoted dates as the build does', () => {
		const yaml = parseYaml(
			'title: Pay the bills\nlast_reviewed: 2026-05-01\nsteps: [2026-06-01, "2026-07-01"]',
			1,
		);
		expect(yaml.built).toBeDefined();
		expect(yaml.data).toEqual({
			title: 'Pay the bills',
			last_reviewed: '2026-05-01',
			steps: ['2026-06-01', '2026-07-01'],
		});
		expect(dataAsBuilt(yaml)).toEqual({
			title: 'Pay the bills',
			last_reviewed: new Date('2026-05-01T00:00:00Z'),
			steps: [new Date('2026-06-01T00:00:00Z'), '2026-07-01'],
		});
	});

	it('reads a date inside a key made of a collection as the build does: the build refuses two dates that print alike', () => {
		for (const text of [
			'? {2002-12-14, 2002-12-14t0:00:00}',
			'a: {? [{2002-12-14, 2002-12-14t0:00:00.5}]}',
			'? {a: {2002-12-14: 1, 2002-12-14 00:00:00.5: 2}}\n: x',
		]) {
			expect(() => jsYaml.load(text), text).toThrow('duplicated mapping key');
			expect(asBuilt(text), text).toBe('refused');
		}
	});

	it('refuses aliases that expand without end, dates among them', () => {
		const bomb = [
			'a: &a [2026-01-01, 2026-01-02, 2026-01-03, 2026-01-04, 2026-01-05, 2026-01-06, 2026-01-07, 2026-01-08, 2026-01-09, 2026-01-10]',
		];
		for (const name of ['b', 'c', 'd', 'e', 'f'])
			bomb.push(
				`${name}: &${name} [${Array(10)
					.fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`)
					.join(', ')}]`,
			);
		for (const text of [bomb.join('\n'), 'when: 2026-01-01\nloop: &x {again: *x}']) {
			expect(parseYaml(text, 1).problems.map((p) => p.message)).toEqual([
				expect.stringContaining('aliases (*name) expand to more than 100,000 values'),
			]);
		}
	});

	it('never accepts a tag, even the one it marks dates with', () => {
		for (const text of [
			'd: !<tag:ops-handbook,2026:plain-timestamp> 2026-01-02',
			'%TAG !h! tag:ops-handbook,2026:\n---\nd: !h!plain-timestamp 2026-01-02',
		]) {
			const yaml = parseYaml(text, 1);
			expect(yaml.problems.map((p) => p.message)).toEqual([
				expect.stringContaining('tags are not allowed'),
			]);
		}
	});
});
