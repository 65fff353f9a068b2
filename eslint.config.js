// @ts-check
/**
 * ESLint, for `npm run lint`: typescript-eslint's strict rules with type information, and
 * the Astro plugin's recommended rules. Prettier owns the layout, so no rule here is about
 * formatting. Each place this departs from the presets says why.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	// What commands write (the build, Astro's types, the benchmark, test results, `npm run
	// schemas`), and the test fixtures, which are kept exactly as the tests need them.
	globalIgnores([
		'dist/',
		'.astro/',
		'.bench/',
		'test-results/',
		'json-schema/',
		'tests/fixtures/',
	]),
	js.configs.recommended,
	tseslint.configs.strictTypeChecked,
	astro.configs.recommended,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			// TypeScript reports names that are not defined, in every file: the JavaScript files
			// start with `// @ts-check`. no-undef does not know Node's or Astro's globals.
			'no-undef': 'off',
			// Counts, line numbers and days go into messages all the time; a number prints as
			// itself. Everything else (objects, undefined, unions with them) is still refused.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
			// The strictest preset turns on noUncheckedIndexedAccess, so every lookup the code
			// has already made safe (a key read from the same map, a group of a regex that
			// matched) needs `!`. The assertion states that fact where a reader sees it.
			'@typescript-eslint/no-non-null-assertion': 'off',
			// `() => list.forEach(...)` and `() => check()` are the house style for callbacks
			// whose result nobody reads; only returning void from a braced body is confusing.
			'@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
		},
	},
	{
		files: ['**/*.astro'],
		languageOptions: {
			// astro-eslint-parser hands the component to typescript-eslint as a temporary .tsx
			// file; it supports `project`, not the project service.
			parserOptions: {
				parser: tseslint.parser,
				projectService: false,
				project: true,
				extraFileExtensions: ['.astro'],
			},
		},
		rules: {
			// In that .tsx, JSX expressions are `any` and `Astro.props` is not inferred from
			// getStaticPaths, so these rules would report the parser's guesses, not the code.
			// `npm run typecheck` checks .astro files with Astro's own types.
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
		},
	},
	{
		files: ['tests/**/*.ts'],
		rules: {
			// Tests read what a command printed with JSON.parse, which is `any`; the assertions
			// that follow are the check on its shape, so typing every parsed report twice would
			// only repeat them.
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/restrict-plus-operands': 'off',
		},
	},
);
