/**
 * `npm run bench -- <name>...`: measures the handbook's check, build and search on large
 * synthetic handbooks. Each benchmark is a file of its own in `scripts/bench/`, on the timing
 * and printing of `scripts/bench/harness.ts`, and is loaded only when it runs; with no name,
 * every one runs, in the order below. Each prints its figures with their ratio to a baseline
 * measured in the same run. Nothing here is asserted; the numbers are for people to read and
 * compare over time, and the figures in docs/performance.md are these lines.
 */

/** Every benchmark, by the name it is run by. */
const BENCHES = new Map<string, () => void | Promise<void>>([
	['check', async () => (await import('./bench/check.ts')).benchCheck()],
	['check-vs-base', async () => (await import('./bench/check-vs-base.ts')).benchCheckVsBase()],
	['changed', async () => (await import('./bench/changed.ts')).benchChanged()],
	['page-weight', async () => (await import('./bench/page-weight.ts')).benchPageWeight()],
	['suggestions', async () => (await import('./bench/suggestions.ts')).benchSuggestions()],
	['sensitive', async () => (await import('./bench/sensitive.ts')).benchSensitive()],
	['build', async () => (await import('./bench/build.ts')).benchBuild()],
	['build-memory', async () => (await import('./bench/build-memory.ts')).benchBuildMemory()],
	['build-profile', async () => (await import('./bench/build-profile.ts')).benchBuildProfile()],
	['search', async () => (await import('./bench/search.ts')).benchSearch()],
	['import', async () => (await import('./bench/import.ts')).benchImport()],
]);

const USAGE = `Usage: npm run bench [-- <name>...]: the named benchmarks, or every one when none is named. Names: ${[...BENCHES.keys()].join(', ')}.`;

if (import.meta.main) {
	const names = process.argv.slice(2);
	if (names.includes('--help') || names.includes('-h')) {
		console.log(USAGE);
		process.exit(0);
	}
	const unknown = names.filter((name) => !BENCHES.has(name));
	if (unknown.length > 0) {
		console.error(
			`bench: unknown benchmark ${unknown.map((name) => `"${name}"`).join(', ')}.\n${USAGE}`,
		);
		process.exit(2);
	}
	for (const name of names.length > 0 ? names : [...BENCHES.keys()]) await BENCHES.get(name)!();
}
