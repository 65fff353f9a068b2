/**
 * The rule reference, written from the rules themselves (`src/rules/`) so that it cannot drift
 * from the code: the rule table of `docs/rules.md` and a handbook's rules page (the sample's is
 * `examples/ledgerline/src/content/docs/reference/rules.mdx`). `npm run docs:rules` writes
 * them; `tests/rule-reference.test.ts` fails when a committed copy is out of date.
 */
import { structuredPatch } from 'diff';
import { join, resolve } from 'node:path';
import type { ExampleFiles, FailingExample, Rule, RuleExample } from '../engine/rule.ts';
import { BASE_HANDBOOK, EXAMPLE_TODAY } from '../rules/utils/base-handbook.ts';
import { RULES } from '../rules/index.ts';
import { SAMPLE_FOLDER } from '../paths.ts';
import { count } from '../text/plural.ts';

/** The tool's own folder, which holds `docs/` and the sample handbook. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
/** Where the rule table is: `docs/rules.md`. */
export const RULES_DOC_PATH = join(PROJECT_ROOT, 'docs', 'rules.md');
/** Where the rules page sits in a handbook, from its root. */
export const RULES_PAGE = join('src', 'content', 'docs', 'reference', 'rules.mdx');
/** The sample handbook's rules page. */
export const RULES_PAGE_PATH = join(PROJECT_ROOT, SAMPLE_FOLDER, RULES_PAGE);

/** The table sits between these two lines. */
export const TABLE_START = '<!-- rules:start -->';
export const TABLE_END = '<!-- rules:end -->';

const GENERATED =
	'Written by npm run docs:rules from the rules in src/rules/. Do not edit by hand: change the rule, then run the command again.';

/** Text for a Markdown table cell: pipes escaped, no line breaks, no HTML. */
function cell(text: string): string {
	return outsideCode(text, (plain) => plain.replace(/</g, '&lt;').replace(/>/g, '&gt;'))
		.replace(/\|/g, '\\|')
		.replace(/\n/g, ' ');
}

/**
 * Text for an MDX paragraph: outside code spans, braces and angle brackets are text, never
 * code, and `---` stays three hyphens rather than turning into a dash.
 */
function mdxText(text: string): string {
	return outsideCode(text, (plain) =>
		plain
			.replace(/[{}]/g, (c) => `\\${c}`)
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/-{2,}/g, (run) => '\\-'.repeat(run.length)),
	);
}

/** `text` with `change` applied to everything but its `code spans`. */
function outsideCode(text: string, change: (plain: string) => string): string {
	return text
		.split(/(`[^`]*`)/)
		.map((part, i) => (i % 2 === 1 ? part : change(part)))
		.join('');
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The rule table of `docs/rules.md`, one row per rule, in the registry's order. */
export function rulesTable(rules: readonly Rule[] = RULES): string {
	const rows = rules.map(
		(r) =>
			`| \`${r.id}\` | ${r.severity} | ${cell(r.description)} | ${cell(r.why)} | ${cell(r.fix)} |`,
	);
	return [
		'| rule | severity | when | why | how to fix |',
		'| --- | --- | --- | --- | --- |',
		...rows,
	].join('\n');
}

/** `readme` with the text between the table markers replaced by the current table. */
export function withRulesTable(readme: string, rules: readonly Rule[] = RULES): string {
	const start = readme.indexOf(TABLE_START);
	const end = readme.indexOf(TABLE_END);
	if (start === -1 || end < start)
		throw new Error(
			`docs/rules.md has no ${TABLE_START} ... ${TABLE_END} markers for the rule table.`,
		);
	return `${readme.slice(0, start + TABLE_START.length)}\n${rulesTable(rules)}\n${readme.slice(end)}`;
}

/** The lines of `a` and `b` as a unified diff with `context` lines around each change. */
export function unifiedDiff(a: string, b: string, context = 2): string {
	// Both end in one newline, so no hunk says one of them lacks it.
	const lines = (text: string) => `${text.replace(/\n$/, '')}\n`;
	const { hunks } = structuredPatch('', '', lines(a), lines(b), '', '', { context });
	return hunks
		.flatMap((hunk) => [
			`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`,
			...hunk.lines.map((line) => line.trimEnd()),
		])
		.join('\n');
}

function language(path: string): string {
	const extension = /\.([a-z]+)$/.exec(path)?.[1];
	if (extension === 'yaml' || extension === 'yml') return 'yaml';
	if (extension === 'mdx' || extension === 'md') return extension;
	return 'text';
}

/** A fenced code block that no backtick run inside `text` can close. */
function codeBlock(lang: string, text: string): string {
	const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
	const fence = '`'.repeat(longest + 1);
	return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}`;
}

/** How one example changes the example handbook, file by file. */
function exampleFiles(files: ExampleFiles): string[] {
	const out: string[] = [];
	for (const [path, change] of Object.entries(files)) {
		const base = BASE_HANDBOOK[path];
		if (change === null) {
			out.push(`Remove \`${path}\`.`);
		} else if (typeof change === 'object' && 'latin1' in change) {
			out.push(
				`Add \`${path}\`, saved as Latin-1 rather than UTF-8:`,
				codeBlock(language(path), change.latin1),
			);
		} else if (typeof change === 'object') {
			out.push(`\`${path}\` is a symbolic link to \`${change.link}\`.`);
		} else if (base === undefined) {
			out.push(`Add \`${path}\`:`, codeBlock(language(path), change));
		} else if (base === change) {
			out.push(`\`${path}\` as it is:`, codeBlock(language(path), change));
		} else {
			out.push(`Change \`${path}\`:`, codeBlock('diff', unifiedDiff(base, change)));
		}
	}
	return out;
}

/** What the rule reports on a failing example, word for word: the message its test holds the rule to. */
function reported(e: FailingExample): string[] {
	const messages = typeof e.message === 'string' ? [e.message] : e.message;
	// One block per finding: the site wraps long lines, which would blur where one message ends.
	return [
		messages.length === 1
			? 'It reports:'
			: `It reports ${count(messages.length, 'finding')}, in this order:`,
		...messages.map((m) => codeBlock('text', m)),
	];
}

function example(verdict: 'Fails' | 'Passes', e: RuleExample | FailingExample): string[] {
	const heading = `**${verdict}:** ${mdxText(e.title)}.`;
	const reports = 'message' in e ? reported(e) : [];
	const parts = e.unpublished
		? [
				`${heading} Not shown here: ${mdxText(e.unpublished)}. It is kept with the rule, in \`src/rules/\`, and runs as a test.`,
				...reports,
			]
		: [heading, ...exampleFiles(e.files), ...reports];
	return parts.flatMap((part) => [part, '']).slice(0, -1);
}

function ruleSection(rule: Rule, rules: readonly Rule[]): string[] {
	const out = [
		`## \`${rule.id}\``,
		'',
		`**${capitalised(rule.severity)}.** ${mdxText(rule.description)}`,
		'',
		`**Why.** ${mdxText(rule.why)}`,
		'',
		`**How to fix.** ${mdxText(rule.fix)}`,
		'',
	];
	if (rule.next) {
		const sharing = rules
			.filter((r) => r.next === rule.next && r !== rule)
			.map((r) => `\`${r.id}\``);
		const shared =
			sharing.length > 0 ? ` The line counts the findings of ${sharing.join(', ')} too.` : '';
		const when = rule.next.onlyWithoutErrors ? ' It appears only when there are no errors.' : '';
		out.push(`**In the summary.** Next: ${mdxText(rule.next.advice(1))}${shared}${when}`, '');
	}
	for (const e of rule.examples.fails) out.push(...example('Fails', e), '');
	for (const e of rule.examples.passes) out.push(...example('Passes', e), '');
	return out;
}

/** The site's rules page: every rule with its reason, its fix and its examples. */
export function rulesPage(rules: readonly Rule[] = RULES): string {
	const lines = [
		'---',
		'title: Rules of the handbook check',
		'description: "What each rule of the handbook check reports, why the team wants it, how to fix a finding, and examples that fail and pass."',
		'sidebar:',
		'  label: Check rules',
		'---',
		'',
		`{/* ${GENERATED} */}`,
		'',
		'The handbook check (`npm run check`, and every build of the site) applies the rules below. Each finding names its rule, the file and the line of the field at fault, says what is wrong with which value, and gives a hint that shows what to write. Drafts are checked for shape only; retired documents for shape and references only.',
		'',
		`The examples each change the [example handbook](#the-example-handbook) at the end of this page, judged as of ${EXAMPLE_TODAY}. Under an example that fails is the message its rule reports, word for word; an example that passes makes it report nothing. They run as tests, so they stay true.`,
		'',
	];
	for (const rule of rules) lines.push(...ruleSection(rule, rules));
	lines.push(
		'## The example handbook',
		'',
		'A small handbook with no problems at all: two core principles and a +1, one pod, one client with one SOP, one training module, and one person who has left.',
		'',
	);
	for (const [path, text] of Object.entries(BASE_HANDBOOK))
		lines.push(`\`${path}\`:`, '', codeBlock(language(path), text), '');
	return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
