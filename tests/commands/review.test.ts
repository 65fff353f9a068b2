import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordReview } from '../../src/editing/record-review.ts';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { parseYaml } from '../../src/model/yaml-source.ts';
import { runCli } from '../support/cli.ts';
import { BASE, edit, SOP, TODAY, writeHandbook } from '../support/handbook.ts';
import { plainDate } from '../../src/schemas/date.ts';

const review = (root: string, ...args: string[]) =>
	runCli(['review', ...args, '--root', root, '--today', TODAY]);

describe('handbook review', () => {
	it('changes only last_reviewed and appends one reviews entry', () => {
		const root = writeHandbook();
		const { code, stdout } = review(
			root,
			'clients/acme/bill-run',
			'--by',
			'cara-wu',
			'--note',
			'Limits checked: unchanged',
		);
		expect(code).toBe(0);
		expect(stdout).toBe(
			`Recorded the review of clients/acme/bill-run by Cara Wu on ${TODAY} in ${SOP}.\n`,
		);
		expect(readFileSync(join(root, SOP), 'utf8')).toMatchInlineSnapshot(`
			"---
			title: Acme weekly bill run
			owner: ana-silva
			backup:
			  person: ben-ode
			  trained_on: 2026-01-10
			approvers: [cara-wu]
			client: acme
			last_reviewed: 2026-11-22
			principles: [verify-first]
			reviews:
			  - date: 2026-11-22
			    by: cara-wu
			    note: "Limits checked: unchanged"
			---

			## Purpose

			Pay approved bills on Tuesdays. See [the principle](/principles/verify-first/).

			## When to use

			Every Tuesday.

			## Steps

			1. Check the approvals.
			2. Release the run.

			## Escalation

			To the pod lead.
			"
		`);
	});

	it('keeps comments, quoting, key order and CRLF line endings', () => {
		const original =
			'---\r\n# Owner: Ana\r\ntitle: "Acme weekly bill run"  # shown in lists\r\nlast_reviewed: \'2026-10-01\'\r\nowner: ana-silva\r\nbackup: { person: ben-ode, trained_on: 2026-01-10 }\r\napprovers: [cara-wu]\r\nclient: acme\r\nreviews:\r\n  - { date: 2026-10-01, by: cara-wu }   # first\r\nprinciples: [verify-first]\r\n---\r\n\r\nBody {stays}\r\n';
		const root = writeHandbook({ [SOP]: original });
		expect(
			review(root, 'clients/acme/bill-run', '--by', 'ben-ode', '--date', '2026-11-20').code,
		).toBe(0);
		expect(readFileSync(join(root, SOP), 'utf8')).toBe(
			original
				.replace("last_reviewed: '2026-10-01'", "last_reviewed: '2026-11-20'")
				.replace('# first\r\n', '# first\r\n  - { date: 2026-11-20, by: ben-ode }\r\n'),
		);
	});

	it.each([
		[
			['clients/acme/bil-run', '--by', 'cara-wu'],
			/there is no SOP, principle or training module "clients\/acme\/bil-run". Did you mean "clients\/acme\/bill-run"\?/,
		],
		[
			['clients/acme/bill-run', '--by', 'cara-woo'],
			/there is no person "cara-woo" in src\/content\/people\/. Did you mean "cara-wu"\?/,
		],
		[
			['clients/acme/bill-run', '--by', 'dev-rao'],
			/dev-rao is not the owner, backup or an approver of clients\/acme\/bill-run, so cannot record its review. Ask one of: ana-silva, ben-ode, cara-wu./,
		],
		[['clients/acme/bill-run', '--by', 'old-hand'], /old-hand \(Old Hand\) is marked inactive/],
		[
			['clients/acme/bill-run', '--by', 'cara-wu', '--date', '2026-11-23'],
			/--date is 2026-11-23, which is after today \(2026-11-22\)/,
		],
		[
			['clients/acme/bill-run', '--by', 'cara-wu', '--date', '2026-02-30'],
			/--date is "2026-02-30", which is not a calendar date/,
		],
		[
			['clients/acme/bill-run', '--by', 'cara-wu', '--date', '2026-09-01'],
			/before the last recorded review \(2026-10-01\)/,
		],
		[['clients/acme/bill-run'], /say who reviewed it with --by/],
	])('refuses %j with a clear message and changes nothing', (args, message) => {
		const root = writeHandbook();
		const { code, stderr } = review(root, ...args);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
		expect(readFileSync(join(root, SOP), 'utf8')).toBe(BASE[SOP]);
	});

	it('refuses a file it cannot fully understand, and leaves it byte for byte', () => {
		const broken = edit(BASE[SOP]!, 'owner: ana-silva', 'owners: ana-silva');
		const root = writeHandbook({ [SOP]: broken });
		const { code, stderr } = review(root, 'clients/acme/bill-run', '--by', 'cara-wu');
		expect(code).toBe(2);
		expect(stderr).toContain(
			`${SOP} cannot be fully understood (line 3: unknown field "owners". Did you mean "owner"?), so it was left unchanged.`,
		);
		expect(readFileSync(join(root, SOP), 'utf8')).toBe(broken);
	});
});

/** Frontmatter written every way an author might: quoting, comments, order, list styles, line endings. */
const styledFile = fc
	.record({
		quote: fc.constantFrom('', '"', "'"),
		crlf: fc.boolean(),
		bom: fc.boolean(),
		comments: fc.array(
			fc.constantFrom('# reviewed with the client', '#', '# TODO: ask Dana', '   # indented'),
			{ maxLength: 3 },
		),
		trailing: fc.constantFrom('', '  # why', ' '),
		reviewsStyle: fc.constantFrom(
			'none',
			'empty-flow',
			'flow',
			'block',
			'block-flat',
			'block-flow-items',
			'null',
		),
		count: fc.integer({ min: 1, max: 3 }),
		order: fc.shuffledSubarray(['title', 'owner', 'approvers', 'client', 'tags'], {
			minLength: 5,
			maxLength: 5,
		}),
		reviewsFirst: fc.boolean(),
		body: fc.string({ maxLength: 60 }).map((s) => s.replace(/[{}<>`]/g, '')),
		noteKind: fc.constantFrom(
			undefined,
			'plain note',
			'Note: with a colon',
			"it's #1",
			'"quoted"',
			'  spaced  ',
		),
	})
	.map((o) => {
		const dates = ['2026-07-01', '2026-08-15', '2026-10-01'].slice(3 - o.count);
		const items: Record<string, string> = {
			title: `title: Acme weekly bill run${o.trailing}`,
			owner: 'owner: ana-silva',
			approvers: 'approvers:\n  - cara-wu',
			client: 'client: acme',
			tags: 'tags: [bill run]',
		};
		let reviews: string;
		switch (o.reviewsStyle) {
			case 'none':
				reviews = '';
				break;
			case 'empty-flow':
				reviews = 'reviews: []';
				break;
			case 'null':
				reviews = 'reviews:';
				break;
			case 'flow':
				reviews = `reviews: [${dates.map((d) => `{ date: ${d}, by: cara-wu }`).join(', ')}]`;
				break;
			case 'block':
				reviews = `reviews:\n${dates.map((d) => `  - date: ${d}\n    by: cara-wu${o.trailing}`).join('\n')}`;
				break;
			case 'block-flat':
				reviews = `reviews:\n${dates.map((d) => `- date: ${d}\n  by: cara-wu`).join('\n')}`;
				break;
			default:
				reviews = `reviews:\n${dates.map((d) => `  - { date: ${d}, by: cara-wu }`).join('\n')}`;
		}
		const last =
			o.reviewsStyle === 'none' || o.reviewsStyle === 'empty-flow' || o.reviewsStyle === 'null'
				? '2026-10-01'
				: dates[dates.length - 1]!;
		const fields = [
			`last_reviewed: ${o.quote}${last}${o.quote}${o.trailing}`,
			'backup:\n  person: ben-ode\n  trained_on: 2026-01-10',
			...o.order.map((k) => items[k]!),
			...o.comments,
		];
		if (reviews && o.reviewsFirst) fields.unshift(reviews);
		else if (reviews) fields.push(reviews);
		let text = `---\n${fields.join('\n')}\n---\n\n## Purpose\n\n${o.body}\n`;
		if (o.crlf) text = text.replace(/\n/g, '\r\n');
		return {
			text: (o.bom ? '\uFEFF' : '') + text,
			note: o.noteKind,
			emptyList: o.reviewsStyle === 'empty-flow' || o.reviewsStyle === 'null',
		};
	});

function frontmatterData(text: string): Record<string, unknown> {
	const split = splitFrontmatter(text);
	if (split.kind !== 'ok') throw new Error('no frontmatter');
	return parseYaml(split.yaml, 2).data as Record<string, unknown>;
}

describe('recording a review, over many generated files', () => {
	it('changes the last_reviewed value and adds one contiguous entry, and not one other byte (2,000 files)', () => {
		fc.assert(
			fc.property(styledFile, ({ text, note, emptyList }) => {
				const result = recordReview(text, { date: plainDate('2026-11-20'), by: 'ben-ode', note });
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				// Same data, but for the two intended changes.
				const before = frontmatterData(text);
				const after = frontmatterData(result.text);
				const entry = { date: '2026-11-20', by: 'ben-ode', ...(note ? { note } : {}) };
				expect(after).toEqual({
					...before,
					last_reviewed: '2026-11-20',
					reviews: [...((before.reviews as unknown[] | null) ?? []), entry],
				});
				// Every other byte: blank out the date, then the new text is the old one with one block inserted.
				const blank = (t: string) =>
					t.replace(/^(last_reviewed:\s*["']?)\d{4}-\d{2}-\d{2}/m, '$1DATE');
				const [old, now] = [blank(text), blank(result.text)];
				if (emptyList) {
					// An empty list is rewritten in place: only the reviews field itself changes.
					const strip = (t: string) =>
						t.replace(/^reviews:[^\n]*\n?((?:\s+-[^\n]*\n?|\s{3,}[^\n]*\n?)*)/m, '');
					expect(strip(now)).toBe(strip(old));
					return;
				}
				let prefix = 0;
				while (prefix < old.length && old[prefix] === now[prefix]) prefix++;
				let suffix = 0;
				while (
					suffix < old.length - prefix &&
					old[old.length - 1 - suffix] === now[now.length - 1 - suffix]
				)
					suffix++;
				expect(prefix + suffix).toBe(old.length);
				const inserted = now.slice(prefix, now.length - suffix);
				expect(inserted).toContain('2026-11-20');
				expect(inserted).toContain('ben-ode');
				expect(inserted).not.toMatch(/title|owner|approvers|client|tags|Purpose/);
			}),
			{ numRuns: 2_000, seed: 42 },
		);
	});
});
