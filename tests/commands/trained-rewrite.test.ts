import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordTraining } from '../../src/editing/record-training.ts';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { parseYaml } from '../../src/model/yaml-source.ts';
import { plainDate } from '../../src/schemas/date.ts';

/** Frontmatter written every way an author might: backup and trained list styles, quoting, comments, order, line endings. */
const styledFile = fc
	.record({
		quote: fc.constantFrom('', '"', "'"),
		crlf: fc.boolean(),
		bom: fc.boolean(),
		comments: fc.array(fc.constantFrom('# trained in person', '#', '   # indented'), {
			maxLength: 2,
		}),
		trailing: fc.constantFrom('', '  # why', ' '),
		backupStyle: fc.constantFrom('block', 'flow', 'block-no-date', 'flow-no-date'),
		trainedStyle: fc.constantFrom('none', 'flow', 'block', 'block-flat', 'block-flow-items'),
		trainedFirst: fc.boolean(),
		order: fc.shuffledSubarray(['title', 'owner', 'approvers', 'last_reviewed'], {
			minLength: 4,
			maxLength: 4,
		}),
		who: fc.constantFrom('ben-ode', 'dev-rao', 'eve-park'),
	})
	.map((o) => {
		const date = `${o.quote}2026-01-10${o.quote}`;
		const backup = {
			block: `backup:\n  person: ben-ode${o.trailing}\n  trained_on: ${date}${o.trailing}`,
			flow: `backup: { person: ben-ode, trained_on: ${date} }${o.trailing}`,
			'block-no-date': `backup:\n  person: ben-ode${o.trailing}`,
			'flow-no-date': `backup: { person: ben-ode }${o.trailing}`,
		}[o.backupStyle];
		const people = ['dev-rao', 'fay-lin'];
		const trained = {
			none: '',
			flow: `trained: [${people.map((p) => `{ person: ${p}, on: ${date} }`).join(', ')}]`,
			block: `trained:\n${people.map((p) => `  - person: ${p}\n    on: ${date}${o.trailing}`).join('\n')}`,
			'block-flat': `trained:\n${people.map((p) => `- person: ${p}\n  on: ${date}`).join('\n')}`,
			'block-flow-items': `trained:\n${people.map((p) => `  - { person: ${p}, on: ${date} }${o.trailing}`).join('\n')}`,
		}[o.trainedStyle];
		const items: Record<string, string> = {
			title: `title: Bill run${o.trailing}`,
			owner: 'owner: ana-silva',
			approvers: 'approvers:\n  - cara-wu',
			last_reviewed: 'last_reviewed: 2026-10-01',
		};
		const fields = [backup, ...o.order.map((k) => items[k]!), ...o.comments];
		if (trained && o.trainedFirst) fields.unshift(trained);
		else if (trained) fields.push(trained);
		let text = `---\n${fields.join('\n')}\n---\n\n## Steps\n\n1. Pay.\n`;
		if (o.crlf) text = text.replace(/\n/g, '\r\n');
		return { text: (o.bom ? '\uFEFF' : '') + text, who: o.who };
	});

function data(text: string): Record<string, unknown> {
	const split = splitFrontmatter(text);
	if (split.kind !== 'ok') throw new Error('no frontmatter');
	return parseYaml(split.yaml, 2).data as Record<string, unknown>;
}

describe('recording a training, over many generated files', () => {
	it('changes or adds that one date and not one other byte (1,000 files)', () => {
		fc.assert(
			fc.property(styledFile, ({ text, who }) => {
				const result = recordTraining(text, { person: who, date: plainDate('2026-11-20') });
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				const before = data(text);
				const after = data(result.text);
				const backup = before.backup as Record<string, unknown>;
				const trained = (before.trained as Record<string, unknown>[] | undefined) ?? [];
				let expected: Record<string, unknown>;
				if (who === 'ben-ode')
					expected = { ...before, backup: { ...backup, trained_on: '2026-11-20' } };
				else if (trained.some((t) => t.person === who))
					expected = {
						...before,
						trained: trained.map((t) => (t.person === who ? { ...t, on: '2026-11-20' } : t)),
					};
				else expected = { ...before, trained: [...trained, { person: who, on: '2026-11-20' }] };
				expect(after).toEqual(expected);
				// Every other byte: the new text is the old one with one span replaced or inserted.
				let prefix = 0;
				while (prefix < text.length && text[prefix] === result.text[prefix]) prefix++;
				let suffix = 0;
				while (
					suffix < text.length - prefix &&
					text[text.length - 1 - suffix] === result.text[result.text.length - 1 - suffix]
				)
					suffix++;
				const removed = text.slice(prefix, text.length - suffix);
				const inserted = result.text.slice(prefix, result.text.length - suffix);
				expect(removed).toMatch(/^[\d-]*$/);
				// Only date digits go; what comes is the date, or a new field or entry holding it.
				expect(inserted).toMatch(/^[\w\s{}:,'"-]*$/);
				expect(inserted).not.toMatch(/title|owner|approvers|Steps|#/);
			}),
			{ numRuns: 1_000, seed: 7 },
		);
	});
});
