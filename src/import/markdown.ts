import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parse } from 'yaml';
import { hastToMdast, type Converted } from './html.ts';

/**
 * Wiki Markdown (a Jekyll site such as the 18F handbook, a GitHub wiki) to Markdown's tree
 * the handbook can hold: its own frontmatter read for the title, Liquid tags removed (and
 * listed), and the HTML inside it read as HTML, through the same conversion as HTML exports.
 */

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
/** `{{ site.baseurl }}` and its kin only prefix a site address: removing them leaves the address. */
const BASE_URL = /\{\{-?\s*(?:site\.baseurl|site\.url|page\.baseurl)\s*-?\}\}/g;
const RAW = /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/;
/** Kramdown's attribute lists, `{: .class}` after a block or a span, style the Jekyll site only. */
const KRAMDOWN_ATTRIBUTES = /\{:[^}\n]*\}/g;
const LIQUID = /\{%-?[\s\S]*?-?%\}|\{\{-?[\s\S]*?-?\}\}/g;
/**
 * A Liquid tag alone on its line goes with its line: left as spaces, the line would be a
 * blank one, which ends an HTML block in Markdown and splits a table in two.
 */
const LIQUID_LINE = /^[ \t]*(?:\{%-?[^\n]*?-?%\}|\{\{-?[^\n]*?-?\}\})[ \t]*(?:\r?\n|$)/gm;

export async function markdownToMdast(source: string): Promise<Converted> {
	let body = source.replace(/^\uFEFF/, '');
	let title: string | undefined;
	const front = FRONTMATTER.exec(body);
	if (front) {
		body = body.slice(front[0].length);
		try {
			const data: unknown = parse(front[1]!);
			if (data && typeof data === 'object' && 'title' in data && typeof data.title === 'string')
				title = data.title;
		} catch {
			// Frontmatter that is not YAML gives no title; the file name will.
		}
	}
	const dropped = new Map<string, number>();
	const drop = (what: string) => dropped.set(what, (dropped.get(what) ?? 0) + 1);
	// What `{% raw %}` holds is text the site shows as written; everything else Liquid would run.
	body = body
		.split(RAW)
		.map((part, i) =>
			i % 2 === 1
				? part
				: part
						.replace(BASE_URL, '')
						.replace(LIQUID_LINE, (line) => {
							drop(`a Liquid tag ${line.trim().replace(/\s+/g, ' ').slice(0, 60)}`);
							return '';
						})
						.replace(LIQUID, (tag) => {
							drop(`a Liquid tag ${tag.replace(/\s+/g, ' ').slice(0, 60)}`);
							return '';
						})
						.replace(KRAMDOWN_ATTRIBUTES, () => {
							drop('a Kramdown attribute list ({: ...})');
							return '';
						}),
		)
		.join('');
	const mdast = unified().use(remarkParse).use(remarkGfm).parse(body);
	const hast = await unified()
		.use(remarkGfm)
		.use(remarkRehype, { allowDangerousHtml: true })
		.use(rehypeRaw)
		.run(mdast);
	const converted = await hastToMdast(hast, dropped);
	return { ...converted, ...(title ? { title } : {}) };
}
