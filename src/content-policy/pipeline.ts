import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	markdownToMdast,
	mdxToMdast,
	type Features,
	type HastPluginDefinition,
	type MdastNode,
	type MdastPluginDefinition,
} from 'satteri';
import { displayPath, findPolicyViolations } from './policy.ts';

/**
 * How page bodies are parsed, in the check and in the build alike. Starlight turns on
 * directives (`:::note`) in the build's processor; the check parses with them on too,
 * so both read `:::` the same way.
 */
export const PARSE_FEATURES: Features = { gfm: true, smartPunctuation: true, directive: true };

/** Markdown (`.md`) or MDX (`.mdx`): the two parse differently, in the check as in the build. */
export type BodyFormat = 'md' | 'mdx';

export function formatOf(path: string): BodyFormat {
	return /\.md$/i.test(path) ? 'md' : 'mdx';
}

/** Parses a body exactly as the build's pipeline does; throws on a syntax error. */
export function parseBody(body: string, format: BodyFormat): MdastNode {
	return format === 'md'
		? markdownToMdast(body, { features: PARSE_FEATURES })
		: mdxToMdast(body, { features: PARSE_FEATURES });
}

export interface PipelineOptions {
	/** The handbook root being built. */
	root: string;
	/**
	 * The files the handbook check read, as absolute paths, once it has run. A content
	 * file the build compiles that the check did not read stops the build.
	 */
	checkedFiles?: () => ReadonlySet<string> | undefined;
	/**
	 * Steps on the rendered HTML, after the policy has passed the page: they may add marks
	 * of the site's own (a class, a role id from the config), never text from the page as markup.
	 */
	hastPlugins?: readonly HastPluginDefinition[];
}

/** Thrown by the build's pipeline; the message is the report, one line per violation. */
export class ContentPolicyError extends Error {
	override name = 'ContentPolicyError';
}

/**
 * Pages the pipeline refused in this process. A Markdown page is rendered while Astro
 * loads the content, which logs a failed render and goes on with an empty page; this list
 * lets the build stop anyway (see {@link contentPolicyGate}).
 */
const refusals: string[] = [];

/**
 * The build's own guard: a step in Astro's Markdown and MDX pipeline that refuses any
 * page breaking the content policy, on the tree that pipeline itself parsed. It holds
 * even if the check and the build ever disagreed about a file.
 */
export function contentPolicyPlugin(options: PipelineOptions): MdastPluginDefinition {
	const content = join(options.root, 'src', 'content');
	return {
		name: 'handbook-content-policy',
		options: { position: true },
		before(root, context) {
			if (!context.fileURL)
				throw new ContentPolicyError(
					'A page was compiled without its file name, so the content policy cannot place it.',
				);
			const file = fileURLToPath(context.fileURL);
			const where = displayPath(options.root, file);
			const checked = options.checkedFiles?.();
			if (checked && file.startsWith(content) && !checked.has(file)) {
				const message = `${where} is built but the handbook check never read it, so it may not be published. Run npm run check and look for why the file was left out.`;
				refusals.push(message);
				throw new ContentPolicyError(message);
			}
			const violations = findPolicyViolations(root, { file, root: options.root });
			if (violations.length === 0) return;
			const lines = violations.map((v) => `${where}:${v.line}:${v.column}  ${v.message}`);
			refusals.push(...lines);
			throw new ContentPolicyError(
				`The page breaks the handbook's content policy, so the build stops:\n${lines.join('\n')}`,
			);
		},
	};
}

/** The Markdown processor the site builds with: Astro's own, with the content policy first. */
export function handbookMarkdownProcessor(options: PipelineOptions) {
	return satteri({
		mdastPlugins: [contentPolicyPlugin(options)],
		hastPlugins: [...(options.hastPlugins ?? [])],
		features: { ...PARSE_FEATURES },
	});
}

/**
 * Stops `astro build` before any page is written if the pipeline refused a page while the
 * content was loaded: Astro itself only logs a Markdown page that fails to render and
 * publishes it empty.
 */
export function contentPolicyGate(): AstroIntegration {
	return {
		name: 'handbook-content-policy',
		hooks: {
			'astro:build:start': () => {
				if (refusals.length === 0) return;
				const error = new ContentPolicyError(
					`The content policy refused ${refusals.length === 1 ? 'a page' : 'pages'}, so the build stops:\n${[...new Set(refusals)].join('\n')}`,
				);
				error.stack = '';
				throw error;
			},
		},
	};
}
