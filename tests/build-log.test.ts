import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isKnownUpstreamWarning } from '../src/integrations/upstream-warnings.ts';
import { buildSite } from './support/build-site.ts';
import { SAMPLE_AS_OF, SAMPLE_ROOT } from './support/sample.ts';

/**
 * Warnings the sample's build may print, each with the reason it is harmless. Keep this
 * list short: a warning that is not here fails the test, so that a new one is read by a
 * person before it becomes noise.
 */
const ALLOWED: readonly { warning: RegExp; why: string }[] = [
	{
		warning: /\[WARN\] \[content\] The collection "i18n" does not exist or is empty\./,
		why: 'Starlight looks for translations of its interface in an optional i18n collection; the handbook uses its English defaults.',
	},
	{
		warning: /\[WARN\] \[content\] Entry docs → 404 was not found\./,
		why: 'Starlight looks for an optional custom 404 page in the docs collection; the handbook uses its default one.',
	},
];

/** Astro's warnings (`[WARN]`, the bundler's included) and Node's (`(node:123) DeprecationWarning: ...`). */
const WARNING = /\[WARN\]|^\(node:\d+\) (?:\[\w+\] )?\w*Warning:/;

let out: string;
let log: string;

beforeAll(() => {
	out = mkdtempSync(join(tmpdir(), 'handbook-build-log-'));
	const built = buildSite(out, { HANDBOOK_ROOT: SAMPLE_ROOT, HANDBOOK_TODAY: SAMPLE_AS_OF });
	if (built.code !== 0) throw new Error(`the sample handbook did not build:\n${built.output}`);
	log = built.output;
}, 240_000);

afterAll(() => {
	if (out) rmSync(out, { recursive: true, force: true });
});

describe('the build log of the sample handbook', () => {
	it('has no warning that is not on the allowlist', () => {
		// A warning can share its line with the page list, so look from `[WARN]` onwards.
		const warnings = log.split('\n').flatMap((line) => {
			const at = line.indexOf('[WARN]');
			return at >= 0 ? [line.slice(at)] : WARNING.test(line) ? [line] : [];
		});
		const unexpected = warnings.filter(
			(line) => !ALLOWED.some(({ warning }) => warning.test(line)),
		);
		expect(
			unexpected,
			`warnings not on the allowlist in tests/build-log.test.ts:\n${unexpected.join('\n')}`,
		).toEqual([]);
	});

	it('leaves out the "use astro:head-inject" warning repeated for every MDX file (withastro/astro#18087)', () => {
		expect(log).not.toContain('astro:head-inject');
		expect(log).not.toContain('MODULE_LEVEL_DIRECTIVE');
	});

	it('still prints the handbook check and the rest of the build', () => {
		expect(log).toContain('[review/due-soon]');
		expect(log).toContain('[build] Complete!');
		// Astro names each page it writes; beyond that, the check's report and Astro's own steps.
		const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) =>
			f.endsWith('.html'),
		).length;
		expect(log.split('\n').length).toBeLessThan(pages + 100);
	});
});

describe('the upstream warning filter', () => {
	const headInject = {
		code: 'MODULE_LEVEL_DIRECTIVE',
		message:
			'The semantics of the module level directive "use astro:head-inject" in "src/content/sops/firm/vendor-setup.mdx?astroPropagatedAssets" may not be preserved when bundling.',
	};

	it('leaves out the module-level directive warning for "use astro:head-inject"', () => {
		expect(isKnownUpstreamWarning('warn', headInject)).toBe(true);
	});

	it('passes on the same warning for any other directive, any other warning, and anything that is not a warning', () => {
		expect(
			isKnownUpstreamWarning('warn', {
				...headInject,
				message: headInject.message.replace('astro:head-inject', 'client'),
			}),
		).toBe(false);
		expect(
			isKnownUpstreamWarning('warn', {
				code: 'CIRCULAR_DEPENDENCY',
				message: 'Circular dependency: a.ts -> b.ts -> a.ts',
			}),
		).toBe(false);
		expect(
			isKnownUpstreamWarning('warn', {
				message: 'a warning without a code mentioning "use astro:head-inject"',
			}),
		).toBe(false);
		expect(isKnownUpstreamWarning('info', headInject)).toBe(false);
	});
});
