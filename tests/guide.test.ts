import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../src/content-policy/pipeline.ts';
import { splitFrontmatter } from '../src/model/frontmatter.ts';
import { GUIDE_ROUTE, SITE_ROUTES } from '../src/model/routes.ts';
import { parseYaml } from '../src/model/yaml-source.ts';
import { kpiSchema } from '../src/schemas/kpi.ts';
import { sopSchema } from '../src/schemas/sop.ts';
import { sopBodyWith } from '../src/rules/utils/base-handbook.ts';
import { check, findings } from './support/handbook.ts';

/** The guide for authors: one Markdown source, shown on every firm's site at GUIDE_ROUTE. */
const ROOT = join(import.meta.dirname, '..');
const SOURCE = readFileSync(join(ROOT, 'src', 'guide', 'writing-the-handbook.md'), 'utf8');

interface Node {
	type: string;
	url?: string;
	lang?: string;
	value?: string;
	depth?: number;
	children?: Node[];
}

function nodes(type: string): Node[] {
	const split = splitFrontmatter(SOURCE);
	if (split.kind !== 'ok') throw new Error('the guide has no frontmatter');
	const found: Node[] = [];
	const walk = (node: Node) => {
		if (node.type === type) found.push(node);
		node.children?.forEach(walk);
	};
	walk(parseBody(split.body, 'md') as Node);
	return found;
}

const text = (node: Node): string =>
	node.value ?? (node.children ?? []).map((child) => text(child)).join('');

/** A heading's anchor as the site writes it: `An SOP’s file` is `an-sops-file`. */
const slug = (heading: string) =>
	heading
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s-]/gu, '')
		.replace(/\s/g, '-');

/** The example block whose text starts with `start`, as YAML data with its problems. */
function example(lang: string, start: string) {
	const block = nodes('code').find((c) => c.lang === lang && c.value?.startsWith(start));
	if (!block?.value) throw new Error(`the guide has no ${lang} example starting ${start}`);
	const yaml = lang === 'mdx' ? /^---\n([\s\S]*?)\n---\n/.exec(block.value)![1]! : block.value;
	return parseYaml(yaml, 1);
}

describe('the guide for authors', () => {
	it('is the page at its address, so the check knows the address is taken', () => {
		expect(existsSync(join(ROOT, 'src', 'pages', `${GUIDE_ROUTE.slice(0, -1)}.astro`))).toBe(true);
		expect(SITE_ROUTES).toContain(GUIDE_ROUTE);
	});

	it('may be linked from any page of a handbook, and no page of a handbook may take its address', () => {
		expect(
			findings(
				check(sopBodyWith(`See [every field](${GUIDE_ROUTE}#the-frontmatter-fields).`)),
				'links/broken',
			),
		).toEqual([]);
		expect(
			findings(
				check({
					'src/content/docs/reference/writing-the-handbook.mdx': '---\ntitle: Ours\n---\n\nText.\n',
				}),
				'id/duplicate',
			),
		).toMatchInlineSnapshot(`
			[
			  "src/content/docs/reference/writing-the-handbook.mdx:1:1 error: would be published at /reference/writing-the-handbook/, the address of one of the site's own pages, which would hide it.
			hint: Move or rename this file so it has an address of its own.",
			]
		`);
	});

	it('links only to pages every handbook has, or to its own headings', () => {
		const anchors = nodes('heading').map((h) => `#${slug(text(h))}`);
		const links = nodes('link').map((l) => l.url!);
		expect(links.length).toBeGreaterThan(5);
		const nowhere = links.filter(
			(url) => !(SITE_ROUTES as readonly string[]).includes(url) && !anchors.includes(url),
		);
		expect(nowhere).toEqual([]);
	});

	it('shows an SOP whose frontmatter is valid YAML, with no key twice, and a valid SOP', () => {
		const sop = example('mdx', '---\ntitle:');
		expect(sop.problems).toEqual([]);
		const parsed = sopSchema.safeParse(sop.data);
		expect(parsed.error?.issues ?? []).toEqual([]);
	});

	it('shows a KPI that is a valid KPI', () => {
		const kpi = example('yaml', 'name:');
		expect(kpi.problems).toEqual([]);
		const parsed = kpiSchema.safeParse(kpi.data);
		expect(parsed.error?.issues ?? []).toEqual([]);
	});

	it('names every field of an SOP', () => {
		const fields = Object.keys(sopSchema.shape).filter((f) => !SOURCE.includes(`\`${f}\``));
		expect(fields).toEqual([]);
	});
});
