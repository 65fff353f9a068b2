import type { Root } from 'mdast';
import remarkLintHeadingIncrement from 'remark-lint-heading-increment';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { HandbookConfig } from '../../../schemas/config.ts';
import type { Kind } from '../../../model/kinds.ts';
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
export function lintBody(
	tree: unknown,
	body: string,
	kind: Kind,
	config: HandbookConfig,
): LintMessage[] {
	const file = new VFile({ value: body });
	const { headings, sections } = processorsFor(kind === 'sop', config);
	// The lint plugins only read the tree, so the cached parse is shared, not copied.
	headings.runSync(headingOutline(tree as Root), file);
	sections?.runSync(tree as Root, file);
	return file.messages.map((m) => ({
		rule: RULE_IDS[m.ruleId ?? ''] ?? `lint/${m.ruleId ?? 'markdown'}`,
		line: m.line ?? 1,
		column: m.column ?? 1,
		message: m.reason,
	}));
}

type Parent = { type: string; children?: Parent[] };

/** Nodes remark-lint-heading-increment reads as headings: Markdown headings, and HTML or JSX that may be `<h1>` to `<h6>`. */
const HEADING_LIKE = new Set(['heading', 'html', 'mdxJsxFlowElement', 'mdxJsxTextElement']);

/**
 * The tree cut down to the nodes that may be headings and the nodes that hold them, in
 * document order, each kept node a shallow copy with its place in the file. The
 * heading-increment plugin reads only those, so it reports exactly what it would on the
 * whole tree; its generic walk costs about ten times this plain one per node, and a page
 * is mostly text.
 */
export function headingOutline(tree: Root): Root {
	const outline = (node: Parent): Parent | undefined => {
		let kept: Parent[] | undefined;
		for (const child of node.children ?? []) {
			const copy = outline(child);
			if (copy) (kept ??= []).push(copy);
		}
		if (kept === undefined && !HEADING_LIKE.has(node.type)) return undefined;
		return node.children === undefined ? node : { ...node, children: kept ?? [] };
	};
	return (outline(tree) ?? { ...tree, children: [] }) as Root;
}

/**
 * The lint rules run on their own, without remark-lint's comment switches (`<!-- lint
 * disable -->`): a page may not turn off the checks its own pull request is judged by.
 * The switches also walked every tree twice more, the most of the lint's time.
 */
function buildProcessors(sop: boolean, config: HandbookConfig) {
	return {
		headings: unified().use(remarkLintHeadingIncrement).freeze(),
		sections: sop ? unified().use(remarkLintSopSections, config.sop_sections).freeze() : undefined,
	};
}

const processors = new WeakMap<HandbookConfig, Map<boolean, ReturnType<typeof buildProcessors>>>();

function processorsFor(sop: boolean, config: HandbookConfig) {
	let byKind = processors.get(config);
	if (!byKind)
		processors.set(config, (byKind = new Map<boolean, ReturnType<typeof buildProcessors>>()));
	let found = byKind.get(sop);
	if (!found) byKind.set(sop, (found = buildProcessors(sop, config)));
	return found;
}
