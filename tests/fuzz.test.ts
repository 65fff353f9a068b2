import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../src/check.ts';
import { BASE, SOP, TODAY, writeHandbook } from './support/handbook.ts';

const PERSON = 'src/content/people/ben-ode.yaml';
const TRICKY = [
	':',
	' ',
	'\n',
	'\t',
	'"',
	"'",
	'#',
	'-',
	'{',
	'}',
	'[',
	']',
	'<',
	'>',
	'&',
	'*',
	'!',
	'|',
	'%',
	'@',
	'`',
	'\\',
	'\r',
	'\uFEFF',
	'é',
	'—',
	'0',
	'9',
	'z',
];

/** One way of breaking a file, as an author's slip or a bad merge might. */
const mutation = fc.oneof(
	fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
	fc.record({
		kind: fc.constant('replace-char' as const),
		at: fc.nat(),
		text: fc.constantFrom(...TRICKY),
	}),
	fc.record({
		kind: fc.constant('insert' as const),
		at: fc.nat(),
		text: fc.string({ maxLength: 12 }),
	}),
	fc.record({
		kind: fc.constant('insert' as const),
		at: fc.nat(),
		text: fc.array(fc.constantFrom(...TRICKY), { maxLength: 6 }).map((a) => a.join('')),
	}),
	fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
	fc.record({
		kind: fc.constant('fence' as const),
		text: fc.constantFrom('---js', '---javascript', '--- yaml', '----', '', '+++', '---\n---'),
	}),
	fc.record({
		kind: fc.constant('value' as const),
		at: fc.nat(),
		text: fc.oneof(
			fc.string(),
			fc.constantFrom(
				'2026-13-01',
				'2026-02-30',
				'null',
				'~',
				'[]',
				'{}',
				'-1',
				'1e309',
				'yes',
				'*anchor',
				'&a [*a, *a]',
			),
		),
	}),
	fc.record({ kind: fc.constant('crlf' as const) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, m: Mutation): string {
	const lines = text.split('\n');
	const line = (at: number) => at % Math.max(1, lines.length);
	switch (m.kind) {
		case 'delete-line':
			lines.splice(line(m.at), 1);
			return lines.join('\n');
		case 'duplicate-line':
			lines.splice(line(m.at), 0, lines[line(m.at)] ?? '');
			return lines.join('\n');
		case 'replace-char': {
			const at = m.at % Math.max(1, text.length);
			return text.slice(0, at) + m.text + text.slice(at + 1);
		}
		case 'insert': {
			const at = m.at % (text.length + 1);
			return text.slice(0, at) + m.text + text.slice(at);
		}
		case 'truncate':
			return text.slice(0, m.at % (text.length + 1));
		case 'fence':
			return text.replace(/^---/, m.text);
		case 'value': {
			const i = line(m.at);
			lines[i] = (lines[i] ?? '').replace(/:.*$/, `: ${m.text}`);
			return lines.join('\n');
		}
		case 'crlf':
			return text.replace(/\n/g, '\r\n');
	}
}

const mutatedFile = (base: string) =>
	fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => ms.reduce(apply, base));

describe('the check over mangled files', () => {
	it('never throws, and gives every file it cannot accept a diagnostic with a real line (5,000 files)', () => {
		const BATCH = 250;
		fc.assert(
			fc.property(
				fc.array(mutatedFile(BASE[SOP]!), { minLength: BATCH, maxLength: BATCH }),
				fc.array(mutatedFile(BASE[PERSON]!), { minLength: 20, maxLength: 20 }),
				(sops, people) => {
					const files: Record<string, string> = {};
					sops.forEach((text, i) => (files[`src/content/sops/fuzz/f-${i}.mdx`] = text));
					people.forEach((text, i) => (files[`src/content/people/fuzz-${i}.yaml`] = text));
					const root = writeHandbook(files);
					const { report, handbook } = checkHandbook({ root, today: TODAY });
					const lineCounts = new Map(
						Object.entries(files).map(([path, text]) => [path, text.split(/\r?\n/).length + 1]),
					);
					for (const d of report.diagnostics) {
						expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
						expect(d.line).toBeLessThanOrEqual(lineCounts.get(d.file) ?? Infinity);
						expect(d.column).toBeGreaterThanOrEqual(1);
						expect(d.message.length).toBeGreaterThan(0);
						expect(d.hint.length).toBeGreaterThan(0);
					}
					const flagged = new Set(report.diagnostics.map((d) => d.file));
					for (const path of Object.keys(files)) {
						const id = path
							.replace(/^src\/content\/(sops|people)\//, '')
							.replace(/\.(mdx|yaml)$/, '');
						const accepted = path.includes('/sops/')
							? handbook.sops.has(id)
							: handbook.people.has(id);
						if (!accepted)
							expect(
								flagged.has(path),
								`${path} was refused without a diagnostic:\n${files[path]}`,
							).toBe(true);
					}
				},
			),
			{ numRuns: 20, seed: Number(process.env.FUZZ_SEED ?? 20261122) },
		);
	});
});
