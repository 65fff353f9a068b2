import type { Finding } from '../model/diagnostic.ts';
import { at, type Rule } from '../engine/rule.ts';
import { count } from '../text/plural.ts';
import { edited } from './utils/base-handbook.ts';

const FOLDER = 'src/content/principles';

export const principlesCount: Rule = {
	id: 'principles/count',
	severity: 'error',
	description:
		'Not exactly the configured number of core and +1 principles (13 and 1 unless the config says otherwise), or an order repeats.',
	why: "The firm's principles are a fixed set that training and SOPs refer to by number; a missing or doubled number means the handbook teaches a different list from the one people learned.",
	fix: 'Add, renumber or mark `plus_one: true` until the counts match `principles` in `handbook.config.yaml`.',
	examples: {
		fails: [
			{
				title: 'a core principle removed',
				files: { 'src/content/principles/write-it-down.mdx': null },
				message: 'the core principles are numbered 1 to 2, but number 2 is missing.',
			},
			{
				title: 'two principles with one number',
				files: edited('src/content/principles/write-it-down.mdx', ['order: 2', 'order: 1']),
				message: [
					'the core principles are numbered 1 to 2, but number 2 is missing.',
					'order 1 is already used by principle "verify-first".',
				],
			},
		],
		passes: [
			{
				title: 'a third core principle, with the config to match',
				files: {
					...edited('handbook.config.yaml', ['core: 2', 'core: 3']),
					'src/content/principles/say-when.mdx':
						'---\ntitle: Say when\nowner: cara-wu\napprovers: [ana-silva]\nlast_reviewed: 2026-06-01\norder: 3\nsummary: Give a date, not a hope.\n---\n\nSay when it will be done.\n',
				},
			},
		],
	},
	*check({ handbook }) {
		const { core, plus_one: plusOne } = handbook.config.principles;
		const inUse = [...handbook.principles.values()].filter(
			(p) => p.data.status !== 'retired' && p.data.status !== 'draft',
		);
		const byOrder = new Map<number, string>();
		const findings: Finding[] = [];
		for (const principle of inUse) {
			const order = principle.data.order;
			if (order === undefined) continue;
			const holder = byOrder.get(order);
			if (holder) {
				findings.push(
					at(
						principle.file,
						['order'],
						`order ${order} is already used by principle "${holder}".`,
						'Give each core principle its own number, from 1.',
					),
				);
			} else if (order > core) {
				findings.push(
					at(
						principle.file,
						['order'],
						`order is ${order}, but the handbook has ${count(core, 'core principle')}.`,
						`Use a number from 1 to ${core}, or change principles.core in handbook.config.yaml.`,
					),
				);
			} else {
				byOrder.set(order, principle.id);
			}
		}
		const missing = Array.from({ length: core }, (_, i) => i + 1).filter((n) => !byOrder.has(n));
		if (missing.length > 0) {
			findings.push({
				file: FOLDER,
				line: 1,
				column: 1,
				message: `the core principles are numbered 1 to ${core}, but ${missing.length === 1 ? 'number' : 'numbers'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
				hint: `Add a principle for each missing number, e.g. order: ${missing[0]}, or set principles.core in handbook.config.yaml.`,
			});
		}
		const extras = inUse.filter((p) => p.data.plus_one === true);
		if (extras.length !== plusOne) {
			findings.push({
				file: FOLDER,
				line: 1,
				column: 1,
				message:
					extras.length === 0
						? `no principle is marked plus_one: true, but the handbook config asks for ${plusOne}.`
						: `${count(extras.length, 'principle is', 'principles are')} marked plus_one: true, but the handbook config asks for ${plusOne}.`,
				hint:
					extras.length < plusOne
						? 'Mark the extra principle with\nplus_one: true'
						: 'Keep plus_one: true on only the one extra principle.',
			});
		}
		yield* findings;
	},
};
