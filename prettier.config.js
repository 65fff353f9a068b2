// @ts-check
/**
 * Prettier, for `npm run format` and `npm run format:check`: tabs, single quotes,
 * semicolons, trailing commas, and lines of 100 columns, as Starlight's own code, so that
 * a file reads in a split editor or a side-by-side diff without scrolling sideways.
 * `.prettierignore` says what it leaves alone.
 *
 * @type {import('prettier').Config}
 */
export default {
	useTabs: true,
	singleQuote: true,
	printWidth: 100,
	plugins: ['prettier-plugin-astro'],
	overrides: [
		// npm writes package.json and package-lock.json with two spaces; the other JSON files
		// follow it. YAML cannot be indented with tabs at all.
		{ files: '*.json', options: { useTabs: false } },
	],
};
