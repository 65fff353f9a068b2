import type { Root } from 'mdast';
import remarkLintHeadingIncrement from 'remark-lint-heading-increment';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { HandbookConfig } from '../../schemas/config.ts';
import type { Kind } from '../../model/kinds.ts';
import { remarkLintSopSections } from './sop-sections.ts';

export interface LintMessage {
	/** `lint/...` rule id. */
	rule: string;
	line: number;
	column: number;
	message: string;
}

/** The handbook's Markdown rules, as remark-lint plugins; the rule id each one reports under. */
const RULE_IDS: Record<string, string> = {
	'handbook:sop-sections': 'lint/sop-sections',
	'heading-increment': 'lint/heading-increment',
};

/**
 * Runs remark-lint over a body already parsed as MDX (the tree the MDX check made), so
 * nothing is parsed twice. Lines are body lines, counted from 1.
 */
export function lintBody(tree: unknown, body: string, kind: Kind, config: HandbookConfig): LintMessage[] {
	const file = new VFile({ value: body });
	// The lint plugins only read the tree, so the cached parse is shared, not copied.
	processorFor(kind === 'sop', config).runSync(tree as Root, file);
	return file.messages.map((m) => ({
		rule: RULE_IDS[m.ruleId ?? ''] ?? `lint/${m.ruleId ?? 'markdown'}`,
		line: m.line ?? 1,
		column: m.column ?? 1,
		message: m.reason,
	}));
}

const processors = new WeakMap<HandbookConfig, Map<boolean, ReturnType<typeof buildProcessor>>>();

/**
 * The lint rules run on their own, without remark-lint's comment switches (`<!-- lint
 * disable -->`): a page may not turn off the checks its own pull request is judged by.
 * The switches also walked every tree twice more, the most of the lint's time.
 */
function buildProcessor(sop: boolean, config: HandbookConfig) {
	const processor = unified().use(remarkLintHeadingIncrement);
	if (sop) processor.use(remarkLintSopSections, config.sop_sections);
	return processor.freeze();
}

function processorFor(sop: boolean, config: HandbookConfig) {
	let byKind = processors.get(config);
	if (!byKind) processors.set(config, (byKind = new Map<boolean, ReturnType<typeof buildProcessor>>()));
	let processor = byKind.get(sop);
	if (!processor) byKind.set(sop, (processor = buildProcessor(sop, config)));
	return processor;
}
