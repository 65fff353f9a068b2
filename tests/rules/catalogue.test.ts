import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/check.ts';
import { nextSteps } from '../../src/formats/next-steps.ts';
import { RULES } from '../../src/rules/index.ts';
import { plainDate } from '../../src/schemas/date.ts';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const IDS = new Set(RULES.map((r) => r.id));

/** A report in which each of `rules` found `times` problems. */
function reportOf(rules: readonly string[], times = 1): Report {
	const diagnostics = rules.flatMap((id) => {
		const rule = RULES.find((r) => r.id === id)!;
		return Array.from({ length: times }, () => ({
			rule: id,
			severity: rule.severity,
			file: 'x.mdx',
			line: 1,
			column: 1,
			message: '',
			hint: '',
		}));
	});
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	return {
		today: plainDate('2026-11-22'),
		summary: { files: 1, errors, warnings: diagnostics.length - errors },
		diagnostics,
	};
}

describe('the rule registry', () => {
	it('gives every rule a unique id, a one-line description, a reason and a fix', () => {
		expect(IDS.size).toBe(RULES.length);
		for (const rule of RULES) {
			expect(rule.id, rule.id).toMatch(/^[a-z]+\/[a-z]+(-[a-z]+)*$/);
			for (const text of [rule.description, rule.why, rule.fix])
				expect(text, rule.id).toMatch(/^\S[^\n]*[.!?]$/);
		}
	});

	it('registers every rule id the source code writes, so every finding comes from a listed rule', () => {
		const families = new Set(RULES.map((r) => r.id.split('/')[0]));
		const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
			(f) => f.endsWith('.ts') && !f.startsWith('content'),
		);
		const written = new Set<string>();
		for (const file of files) {
			for (const [, id] of readFileSync(join(SRC, file), 'utf8').matchAll(
				/['"`]([a-z]+\/[a-z]+(?:-[a-z]+)*)['"`]/g,
			)) {
				if (families.has(id!.split('/')[0])) written.add(id!);
			}
		}
		expect(written).toContain('config/schema');
		expect(written).toContain('file/not-regular');
		expect([...written].filter((id) => !IDS.has(id))).toEqual([]);
	});

	it('keeps each rule in a file named by its id, exporting that rule alone, and nothing else in src/rules/ but the registry and utils/', async () => {
		const folder = join(SRC, 'rules');
		const entries = readdirSync(folder, { withFileTypes: true });
		expect(entries.filter((e) => e.isDirectory()).map((e) => e.name)).toEqual(['utils']);
		const files = entries.filter((e) => e.isFile() && e.name !== 'index.ts').map((e) => e.name);
		const found = new Map<string, string>();
		for (const file of files) {
			const exported = Object.entries(
				(await import(pathToFileURL(join(folder, file)).href)) as Record<string, unknown>,
			);
			expect(exported.length, `${file} exports ${exported.map(([name]) => name).join(', ')}`).toBe(
				1,
			);
			const [name, rule] = exported[0]!;
			const registered = RULES.find((r) => r === rule);
			expect(
				registered,
				`src/rules/${file} exports ${name}, which is not in the registry (src/rules/index.ts)`,
			).toBeDefined();
			expect(file, registered!.id).toBe(`${registered!.id.replace('/', '-')}.ts`);
			expect(name, registered!.id).toBe(
				registered!.id.replace(/[/-]([a-z])/g, (_, c: string) => c.toUpperCase()),
			);
			found.set(registered!.id, file);
		}
		expect(RULES.filter((r) => !found.has(r.id)).map((r) => r.id)).toEqual([]);
	});

	it('keeps unpublished examples to those that say why', () => {
		for (const rule of RULES)
			for (const e of [...rule.examples.fails, ...rule.examples.passes])
				if ('unpublished' in e) expect(e.unpublished, `${rule.id}: ${e.title}`).toMatch(/\S/);
	});
});

describe('the next steps', () => {
	it('come first for sensitive values, then file problems, then the rest in order, counting grouped rules together', () => {
		expect(nextSteps(reportOf(RULES.map((r) => r.id)))).toMatchInlineSnapshot(`
			[
			  "6 sensitive values must come out of the handbook before anything else: mask numbers to their last four digits, and remove passwords and keys (they belong in the password manager).",
			  "Fix the 10 file problems first: other rules cannot judge a file they cannot read.",
			  "1 document is past review. Review each with its owner, then set last_reviewed and add an entry under reviews.",
			  "6 SOPs have no usable backup. Cross-train a colleague and record them under backup.",
			  "3 approval problems: every document in use needs an approver other than its owner.",
			  "10 references point nowhere. Use the id of an existing file (its name without extension).",
			  "1 document has an owner who left. Hand each to an active colleague.",
			  "1 person is trained on an older version of an SOP. Re-train them, then record it with: npm run handbook -- trained <sop-id> --person <id>",
			]
		`);
	});

	it('mention reviews due soon only when there is no error', () => {
		expect(nextSteps(reportOf(['review/due-soon', 'owner/inactive'], 2))).toEqual([
			'2 documents have owners who left. Hand each to an active colleague.',
			'2 reviews fall due soon. Plan them with the owners.',
		]);
		expect(nextSteps(reportOf(['review/due-soon', 'client/no-sop']))).toEqual([
			'Fix the errors above; each hint shows what to write.',
		]);
	});

	it('say nothing when there is nothing to do', () => {
		expect(nextSteps(reportOf([]))).toEqual([]);
	});
});
