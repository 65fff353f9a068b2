import type { ListItem, Paragraph, Root, RootContent, TableCell } from 'mdast';
import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../src/check.ts';
import { loadConfig } from '../src/model/load.ts';
import { roleOfLabel } from '../src/model/roles.ts';
import { stepsOf } from '../src/rules/utils/steps.ts';
import { siteTitle } from '../src/site/site-title.ts';
import { plainText } from '../src/text/sections.ts';
import { SAMPLE_ROOT } from './support/sample.ts';

/**
 * What readers of the sample handbook stumbled on, kept from coming back: a step that
 * hands its action to a second role, a record named without saying where it is, and the
 * handbook called by two names.
 */
const { config } = loadConfig(SAMPLE_ROOT);
const { handbook } = checkHandbook({ root: SAMPLE_ROOT, today: config.sample_as_of! });
const activeSops = [...handbook.sops.values()].filter((sop) => sop.data.status === 'active');

function treeOf(sop: (typeof activeSops)[number]): Root {
	const parsed = sop.file.parseBody();
	if (!parsed || !('tree' in parsed)) throw new Error(`${sop.file.path} does not parse`);
	return parsed.tree as Root;
}

/** Every node below `node`, depth first. */
function* descendants(node: Root | RootContent): Generator<RootContent> {
	if (!('children' in node)) return;
	for (const child of node.children) {
		yield child;
		yield* descendants(child);
	}
}

/** A step's text as a reader reads it, on one line. */
const textOf = (step: ListItem) => plainText(step).replace(/\s+/g, ' ').trim();

/** The bold words of a step that name a role, the firm's or the client's side. */
const roleLabelsIn = (step: ListItem) =>
	[...descendants(step)]
		.filter((n) => n.type === 'strong')
		.flatMap((n) =>
			roleOfLabel(config, plainText(n)) === undefined
				? []
				: [plainText(n).replace(/:$/, '').trim()],
		);

/** Every way a role is written in running text: its label and its id, firm or client side. */
const ROLE_WORDS = [
	...new Set(
		[
			...Object.entries(config.role_labels).flat(),
			...Object.entries(config.client_roles).flat(),
		].map((w) => w.replace(/-/g, ' ')),
	),
];
const roleWord = `(?:${ROLE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;

/**
 * Phrases that give the step's action to someone other than the role it is labelled with.
 * The first group, where there is one, is the role handed to: naming the step's own role
 * that way (a partner's step saying "the supervising partner, who decides") hands nothing on.
 */
const HAND_OFFS: [string, RegExp][] = [
	[
		'"a second <role> may ..."',
		new RegExp(
			`\\b(?:a|another)\\s+(?:second\\s+)?(${roleWord})s?\\b[^.;]*?\\b(?:may|can|could|should|must|will)\\b`,
			'i',
		),
	],
	['"the <role>, who ..."', new RegExp(`\\b(${roleWord}),\\s+who\\b`, 'i')],
	[
		'"the <role> (the checker)"',
		new RegExp(`\\b(${roleWord})\\s*\\((?:the\\s+)?(?:checker|maker)`, 'i'),
	],
	['"goes through the <role>"', new RegExp(`\\bgoes\\s+through\\s+the\\s+(${roleWord})\\b`, 'i')],
	['"the checker releases ..."', /\bthe\s+checker\s+(?:releases|checks|decides|approves)\b/i],
	['"whoever ..."', /\bwhoever\b/i],
];

/** Where a step hands its action to another role than `own` (a role id), the phrase that does. */
function handOff(text: string, own: string | undefined): string | undefined {
	for (const [phrase, pattern] of HAND_OFFS) {
		const found = pattern.exec(text);
		if (!found) continue;
		const to =
			found[1] === undefined ? undefined : roleOfLabel(config, found[1].replace(/ /g, '-'));
		if (to !== undefined && to === own) continue;
		return `${phrase} in "${found[0]}"`;
	}
	return undefined;
}

describe('the steps of the sample SOPs', () => {
	it('each name exactly one role, in bold at the start', () => {
		const wrong: string[] = [];
		for (const sop of activeSops) {
			for (const step of stepsOf(treeOf(sop))) {
				const labels = roleLabelsIn(step);
				if (labels.length !== 1)
					wrong.push(
						`${sop.file.path}: ${labels.length} role labels in "${textOf(step).slice(0, 80)}"`,
					);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('never hand their action to another role in passing', () => {
		const wrong: string[] = [];
		for (const sop of activeSops) {
			for (const step of stepsOf(treeOf(sop))) {
				const found = handOff(textOf(step), roleOfLabel(config, roleLabelsIn(step)[0] ?? ''));
				if (found) wrong.push(`${sop.file.path}: ${found}; give that role a step of its own`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('tells a step that hands its action on from one that does not', () => {
		const caught = (text: string, own = 'csa') => handOff(text, own) !== undefined;
		expect(
			caught(
				'Check the record against the documents (maker and checker: a second BPA may check instead, never the one who entered it).',
			),
		).toBe(true);
		expect(
			caught(
				'If its due date has passed, tell the CSA, who decides on an off-cycle payment.',
				'bpa',
			),
		).toBe(true);
		expect(
			caught(
				'Lock the week. A correction after that goes through the pod lead, with a reason.',
				'supervisor',
			),
		).toBe(true);
		expect(caught('Release it once filed; the checker releases any W9 hold.')).toBe(true);
		expect(caught('Whoever finds an issue logs it.', 'bpa')).toBe(true);
		expect(
			caught('Tell the CSA in your end-of-shift note that the record is ready to check.', 'bpa'),
		).toBe(false);
		expect(
			caught(
				'Set up the approval workflow, with a second approver above the dual-approval amount if they have one.',
			),
		).toBe(false);
		expect(
			caught(
				'A reduction goes to the supervising partner, who decides whether to appeal.',
				'partner',
			),
		).toBe(false);
	});
});

/**
 * The records the SOPs keep things in. Wherever an SOP first names one, the same paragraph
 * or step says where it is: a folder or workbook on the shared drive, a Teams channel, an
 * app, or the accounting file.
 */
const RECORD =
	/\b(?:(?:reconciliation|message|time|the)\s+tracker|(?:billing|collections|bank-rule|statement|complaints|escalation|run)\s+log|clean-up\s+list|run\s+notes|close\s+checklist|pod\s+channel|(?:client|vendor|job)(?:'s)?\s+folder)\b/i;
const LOCATION =
	/shared drive|`(?:Clients|Firm) >|\bworkbook\b|\bTeams\b|Ledgerline Time|accounting file|payment platform|\/reference\/where-records-are-kept\//i;
/** Names readers could not place, whatever follows them. */
const VAGUE = /\bthe\s+(?:tracker|log)\b(?!\s+(?:row|tab))|\bclean-up\s+list\b/i;

/** The paragraphs and table cells of a page, as text with the links' addresses kept. */
function blocksOf(tree: Root): string[] {
	const text = (node: RootContent): string =>
		node.type === 'link'
			? `${node.children.map(text).join('')} (${node.url})`
			: 'value' in node
				? node.value
				: 'children' in node
					? (node.children as RootContent[]).map(text).join('')
					: '';
	return [...descendants(tree)]
		.filter((n): n is Paragraph | TableCell => n.type === 'paragraph' || n.type === 'tableCell')
		.map((n) => text(n).replace(/\s+/g, ' '));
}

describe('the records the sample SOPs name', () => {
	it('are never a bare "the tracker", "the log" or "clean-up list"', () => {
		const wrong: string[] = [];
		for (const sop of activeSops) {
			for (const block of blocksOf(treeOf(sop))) {
				const found = VAGUE.exec(block);
				if (found) wrong.push(`${sop.file.path}: "${found[0]}" in "${block.slice(0, 100)}"`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('say where each record is, where the SOP first names it', () => {
		const wrong: string[] = [];
		for (const sop of activeSops) {
			const named = new Set<string>();
			for (const block of blocksOf(treeOf(sop))) {
				for (const match of block.matchAll(new RegExp(RECORD, 'gi'))) {
					const record = match[0].toLowerCase().replace(/'s\b/, '').replace(/\s+/g, ' ');
					if (named.has(record)) continue;
					named.add(record);
					if (!LOCATION.test(block))
						wrong.push(
							`${sop.file.path}: "${match[0]}" first named without where it is, in "${block.slice(0, 100)}"`,
						);
				}
			}
		}
		expect(wrong).toEqual([]);
	});

	it('are listed, each with its place, on the reference page', () => {
		const page = handbook.docs.get('reference/where-records-are-kept');
		expect(page?.data.title).toBe('Where our records are kept');
		for (const name of [
			'`Clients > <client name>`',
			'`Firm > Trackers`',
			'`Run notes`',
			'`Run log`',
			'`Messages`',
			'`Clean-up`',
			'`Reconciliation tracker`',
			'`Complaints log`',
			'Ledgerline Time',
		])
			expect(page?.file.body, name).toContain(name);
	});
});

describe('the sample handbook’s name', () => {
	it('is the same on the home page as in the header of every page', () => {
		const home = handbook.docs.get('index');
		expect(home?.data.title).toBe(siteTitle(config.organisation));
		expect(home?.data.title).toBe('Ledgerline Bill Pay Handbook');
	});
});
