/**
 * `npm run bench -- check-vs-base`: the whole check as a command, this code against an older
 * commit's, run in turn.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { BENCH_DIR, fmt, generatedHandbook, median, met, PROJECT, TODAY } from './harness.ts';

/** The code the check is compared with in `check-vs-base`: the commit before controls read the parsed page, the history and the declared references. */
const CHECK_BASE = process.env.BENCH_BASE ?? '51a4f61';

/** User and system CPU seconds, and wall seconds, of one command, as bash's `time` reports them for the command and its children. */
function cpuOf(command: string[]): { cpu: number; wall: number } {
	const out = execFileSync(
		'bash',
		['-c', 'TIMEFORMAT="%3U %3S %3R"; { time "$@" >/dev/null 2>&1; } 2>&1', 'bench', ...command],
		{ encoding: 'utf8' },
	);
	const [user, system, wall] = out.trim().split(/\s+/).slice(-3).map(Number);
	return { cpu: user! + system!, wall: wall! };
}

/**
 * The whole check as a command over 10,000 SOPs, this code against the code of CHECK_BASE
 * (set BENCH_BASE to compare with another commit), run in turn so that both meet the same
 * load: what this round's controls cost. The base is checked out beside the project for the
 * run and removed after it.
 */
export function benchCheckVsBase(): void {
	const { root } = generatedHandbook('handbook-10000', 10_000);
	const tree = join(BENCH_DIR, 'base-code');
	const git = (...args: string[]) =>
		execFileSync('git', ['-C', PROJECT, ...args], {
			stdio: ['ignore', 'pipe', 'pipe'],
			encoding: 'utf8',
		});
	try {
		git('cat-file', '-e', `${CHECK_BASE}^{commit}`);
	} catch {
		console.error(
			`bench: commit ${CHECK_BASE} is not in this clone (a shallow clone?); fetch the history or set BENCH_BASE.`,
		);
		process.exitCode = 1;
		return;
	}
	if (existsSync(tree)) git('worktree', 'remove', '--force', tree);
	git('worktree', 'add', '--detach', tree, CHECK_BASE);
	try {
		symlinkSync(join(PROJECT, 'node_modules'), join(tree, 'node_modules'));
		const args = ['check', '--root', root, '--today', TODAY, '--format', 'json'];
		const command = (code: string) => [
			process.execPath,
			join(code, 'scripts', 'handbook.ts'),
			...args,
		];
		// One run of each first: the compile cache fills, the files are in the page cache.
		cpuOf(command(tree));
		cpuOf(command(PROJECT));
		const pairs = 8;
		const base: Array<{ cpu: number; wall: number }> = [];
		const now: Array<{ cpu: number; wall: number }> = [];
		for (let i = 0; i < pairs; i++) {
			// Alternate which goes first, so neither always runs after the other.
			const order = i % 2 === 0 ? [tree, PROJECT] : [PROJECT, tree];
			for (const code of order) (code === tree ? base : now).push(cpuOf(command(code)));
		}
		const cpu = median(now.map((r) => r.cpu)) / median(base.map((r) => r.cpu));
		const wall = median(now.map((r) => r.wall)) / median(base.map((r) => r.wall));
		const perPair = now.map((r, i) => fmt(r.cpu / base[i]!.cpu)).join(', ');
		console.log(
			`check as a command over 10,000 SOPs, this code against ${CHECK_BASE}, ${pairs} pairs run in turn, ${availableParallelism()} cores, Node ${process.version}\n`,
		);
		console.log(
			`  base: CPU ${fmt(median(base.map((r) => r.cpu)))} s, wall ${fmt(median(base.map((r) => r.wall)))} s (medians)`,
		);
		console.log(
			`  this: CPU ${fmt(median(now.map((r) => r.cpu)))} s, wall ${fmt(median(now.map((r) => r.wall)))} s (medians)`,
		);
		console.log(`  CPU ratio per pair: ${perPair}`);
		console.log(
			`\nTarget: no slowdown beyond 10%: CPU ${fmt(cpu)}×, wall ${fmt(wall)}× the base ${met(cpu <= 1.1)} (judged on CPU, which the machine's other work disturbs less)`,
		);
	} finally {
		git('worktree', 'remove', '--force', tree);
	}
}
