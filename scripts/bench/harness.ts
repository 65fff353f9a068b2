/**
 * What every benchmark shares: where they write (`.bench/`), the day the generated handbooks
 * are valid on, the timing (a warm-up, then the median of several runs), and how figures and
 * targets are printed. Each benchmark is a file of its own beside this one; `scripts/bench.ts`
 * runs them by name.
 */
import { join, resolve } from 'node:path';
import { generateHandbook } from '../../src/bench/generate-handbook.ts';
import { plainDate } from '../../src/schemas/date.ts';

export const TODAY = plainDate('2026-11-22');
export const RUNS = 5;
/** The tool's own folder. */
export const PROJECT = resolve(import.meta.dirname, '..', '..');
/** Where the benchmarks write their handbooks, builds and logs; git ignores it. */
export const BENCH_DIR = join(PROJECT, '.bench');
/** The command line, as the pre-commit hook starts it: `node scripts/handbook.ts`. */
export const CLI = join(PROJECT, 'scripts', 'handbook.ts');

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

/** Seconds `run` takes: the median of RUNS runs after a warm-up, each after a garbage collection when `--expose-gc` allows one. */
export function time(run: () => void): number {
	run(); // warm-up: the first run also pays for compiling the code
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		globalThis.gc?.();
		const start = performance.now();
		run();
		times.push(performance.now() - start);
	}
	return median(times) / 1000;
}

/** The handbook with each file's kept sensitive-data scan dropped, so that the scan is timed and not looked up. */
export function forgetScans<T extends { files: Array<{ work: Map<string, unknown> }> }>(
	handbook: T,
): T {
	for (const file of handbook.files) file.work.delete('sensitive');
	return handbook;
}

/** A generated handbook of `sops` SOPs, valid on TODAY, written afresh into `.bench/<folder>`; its root and how many files. */
export function generatedHandbook(folder: string, sops: number): { root: string; files: number } {
	const root = join(BENCH_DIR, folder);
	const { files } = generateHandbook({ sops, out: root, today: TODAY });
	return { root, files };
}

export const fmt = (n: number, digits = 2) =>
	n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const rate = (files: number, seconds: number) =>
	`${Math.round(files / seconds).toLocaleString('en-US')} files/s`;

/** How a target line ends: whether the figure meets it. */
export const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
