// @ts-check
/**
 * Prettier, for `npm run format` and `npm run format:check`, set to the style the code was
 * written in: tabs, single quotes, semicolons, trailing commas, and wide lines. Of widths
 * 140 to 240, 180 changes the fewest files of the code as it was first formatted; one line
 * in a hundred was longer than 170 columns. `.prettierignore` says what it leaves alone.
 *
 * @type {import('prettier').Config}
 */
export default {
	useTabs: true,
	singleQuote: true,
	printWidth: 180,
	plugins: ['prettier-plugin-astro'],
	overrides: [
		// npm writes package.json and package-lock.json with two spaces; the other JSON files
		// follow it. YAML cannot be indented with tabs at all.
		{ files: '*.json', options: { useTabs: false } },
	],
};
