/**
 * The layers of the code, top first, and what each holds. A file may import only from its
 * own folder or a lower layer: `tests/architecture.test.ts` reads every import and fails on
 * one that points up or sideways, and the picture in `docs/architecture.md` is drawn from
 * this list (`npm run docs:architecture`; the same test fails while the picture is out of
 * date). A new folder or top-level file goes in a layer here before anything may use it.
 */
export interface Layer {
	/** Folders and files, from the project root. */
	places: readonly string[];
	/** What they hold, in a few words. */
	what: string;
}

export const LAYERS: readonly Layer[] = [
	{
		places: ['scripts', 'astro.config.mjs', 'src/content.config.ts', 'src/pages'],
		what: "entry points: the command line, the build, the site's routes",
	},
	{
		places: ['src/bench', 'src/docs'],
		what: "what the scripts share: the benchmarks' handbooks and profiles; JSON Schemas, rule docs",
	},
	{
		places: ['src/cli', 'src/integrations', 'src/components'],
		what: "commands, the build gate, the site's components",
	},
	{
		places: ['src/check.ts', 'src/approvals', 'src/formats', 'src/site', 'src/guide'],
		what: 'the whole check, pull-request approvals, output formats, what pages read, the guide for authors',
	},
	{ places: ['src/rules'], what: 'one rule per file' },
	{
		places: ['src/import'],
		what: 'documents and rosters taken in: read, converted, masked, written',
	},
	{
		places: ['src/engine', 'src/reports', 'src/editing', 'src/git'],
		what: 'runs rules; status, coverage and CODEOWNERS reports; file writes; git',
	},
	{ places: ['src/coverage'], what: 'who can run each part of an SOP on each working day' },
	{ places: ['src/dates'], what: 'calendar arithmetic, today, review status, revisions' },
	{
		places: ['src/model'],
		what: 'the handbook: kinds, loading, source files, frontmatter, references, who is away',
	},
	{
		places: ['src/content-policy', 'src/schemas', 'src/sensitive', 'src/text'],
		what: 'what a page may hold; the shape of each kind; bank data and secrets; words',
	},
	{
		places: ['src/errors.ts', 'src/paths.ts', 'src/layers.ts'],
		what: 'the errors a command reports as a message; the files at a handbook root; this list',
	},
];

/** The picture of the layers, as `docs/architecture.md` shows it between its markers. */
export function layerPicture(): string {
	const rows = LAYERS.flatMap((layer, i) => [
		`${String(i + 1).padStart(2)}  ${layer.places.map((p) => (p.includes('.') ? p : `${p}/`)).join('   ')}`,
		i === LAYERS.length - 1 ? `      ${layer.what}` : `    │ ${layer.what}`,
	]);
	return ['```', ...rows, '```'].join('\n');
}

export const PICTURE_START = '<!-- layers:start (npm run docs:architecture writes this) -->';
export const PICTURE_END = '<!-- layers:end -->';

/** `text` (`docs/architecture.md`) with the picture between its markers drawn afresh. */
export function withLayerPicture(text: string): string {
	const start = text.indexOf(PICTURE_START);
	const end = text.indexOf(PICTURE_END, start);
	if (start === -1 || end === -1)
		throw new Error(`docs/architecture.md has no ${PICTURE_START} ... ${PICTURE_END} markers.`);
	return `${text.slice(0, start + PICTURE_START.length)}\n${layerPicture()}\n${text.slice(end)}`;
}
