/**
 * `npm run bench -- check`: the check over generated handbooks of 2,500 and 10,000 SOPs, in
 * process and as a command, with `--cache`, and the sensitive-data scan's share of it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { checkHandbook } from '../../src/check.ts';
import { RULES } from '../../src/rules/index.ts';
import { scanHandbookAndConfig } from '../../src/rules/utils/sensitive-scan.ts';
import {
	BENCH_DIR,
	CLI,
	fmt,
	forgetScans,
	generatedHandbook,
	met,
	rate,
	RUNS,
	time,
	TODAY,
} from './harness.ts';

/** The floor: read every content file once, with nothing parsed. */
function readAll(root: string): number {
	const content = join(root, 'src', 'content');
	let bytes = 0;
	for (const name of readdirSync(content, { recursive: true, encoding: 'utf8' })) {
		if (/\.(mdx|md|ya?ml)$/.test(name)) bytes += readFileSync(join(content, name), 'utf8').length;
	}
	return bytes;
}

export function benchCheck(): void {
	const sizes = [2_500, 10_000];
	const roots = new Map<number, { root: string; files: number }>();
	for (const sops of sizes) {
		roots.set(sops, generatedHandbook(`handbook-${sops}`, sops));
	}
	console.log(
		`handbook check, median of ${RUNS} runs, ${availableParallelism()} cores, Node ${process.version}\n`,
	);
	const results = new Map<
		number,
		{ read: number; metadata: number; full: number; files: number }
	>();
	for (const sops of sizes) {
		const { root, files } = roots.get(sops)!;
		const check = (frontmatterOnly: boolean) => {
			const { report } = checkHandbook({ root, today: TODAY, frontmatterOnly });
			if (report.summary.errors > 0)
				throw new Error(`the generated handbook has ${report.summary.errors} errors`);
		};
		const read = time(() => readAll(root));
		const metadata = time(() => check(true));
		const full = time(() => check(false));
		results.set(sops, { read, metadata, full, files });
		console.log(
			`${sops.toLocaleString('en-US')} SOPs (${files.toLocaleString('en-US')} files with the roster):`,
		);
		console.log(`  read files only (baseline)   ${fmt(read)} s  ${rate(files, read)}`);
		console.log(
			`  metadata rules               ${fmt(metadata)} s  ${rate(files, metadata)}  ${fmt(metadata / read, 1)}× baseline`,
		);
		console.log(
			`  all rules, MDX bodies too    ${fmt(full)} s  ${rate(files, full)}  ${fmt(full / read, 1)}× baseline`,
		);
	}
	const { root: largest } = roots.get(10_000)!;
	// As the pre-commit hook starts it: a fresh process on the pinned Node, start-up included.
	const command = time(() => {
		execFileSync(process.execPath, [CLI, 'check', '--root', largest, '--today', TODAY], {
			stdio: 'ignore',
		});
	});
	const startup = time(() => {
		execFileSync(process.execPath, [CLI, 'rules'], { stdio: 'ignore' });
	});
	console.log(
		`\nAs a command, 10,000 SOPs, all rules: ${fmt(command)} s; start-up and loading the code alone (handbook rules) ${fmt(startup)} s`,
	);
	// --cache: the first run checks and writes the entry (it hashes the inputs before and after);
	// every later run over the unchanged handbook prints the entry again.
	const location = join(BENCH_DIR, 'check-cache');
	rmSync(location, { recursive: true, force: true });
	const cached = [
		'check',
		'--root',
		largest,
		'--today',
		TODAY,
		'--cache',
		'--cache-location',
		location,
	];
	const cold = time(() => {
		rmSync(location, { recursive: true, force: true });
		execFileSync(process.execPath, [CLI, ...cached], { stdio: 'ignore' });
	});
	const warm = time(() => {
		execFileSync(process.execPath, [CLI, ...cached], { stdio: 'ignore' });
	});
	console.log(
		`With --cache: a first run ${fmt(cold)} s (${fmt(cold / command)}× the uncached command); a warm run over the unchanged handbook ${fmt(warm)} s (${fmt(warm / command, 3)}× the uncached command)`,
	);
	// One SOP edited between runs (it alternates between two texts, so every run finds one change).
	const edited = readdirSync(join(largest, 'src/content/sops'), {
		recursive: true,
		encoding: 'utf8',
	}).find((name) => name.endsWith('.mdx'))!;
	const editedPath = join(largest, 'src/content/sops', edited);
	const original = readFileSync(editedPath, 'utf8');
	let turn = 0;
	const oneChanged = time(() => {
		writeFileSync(editedPath, turn++ % 2 === 0 ? `${original}\nEdited.\n` : original);
		execFileSync(process.execPath, [CLI, ...cached], { stdio: 'ignore' });
	});
	writeFileSync(editedPath, original);
	console.log(
		`With --cache, one SOP changed since the last run: ${fmt(oneChanged)} s (${fmt(oneChanged / command)}× the uncached command)`,
	);
	const withoutScan = RULES.filter((r) => !r.id.startsWith('sensitive/'));
	const plain = time(() => checkHandbook({ root: largest, today: TODAY, rules: withoutScan }));
	// The scan on its own, over a handbook already loaded and its bodies parsed (in a check,
	// the body rules parse them anyway, once for all): what it adds to a check.
	const { handbook: loaded } = checkHandbook({ root: largest, today: TODAY, rules: [] });
	for (const file of loaded.files) file.parseBody();
	const scan = time(() => scanHandbookAndConfig(forgetScans(loaded)));
	const scanned = plain + scan;
	console.log(
		`\nSensitive-data scan, 10,000 SOPs: every other rule ${fmt(plain)} s (baseline); the scan itself ${fmt(scan)} s`,
	);
	const small = results.get(2_500)!;
	const large = results.get(10_000)!;
	const perFile = (r: { full: number; files: number }) => r.full / r.files;
	console.log('\nTargets:');
	console.log(
		`  metadata rules over 10,000 SOPs: ${fmt(large.metadata)} s of a 2 s budget (${fmt(large.metadata / 2)}× target) ${met(large.metadata < 2)}`,
	);
	console.log(
		`  all rules over 10,000 SOPs as a command: ${fmt(command)} s of a 2 s budget (${fmt(command / 2)}× target) ${met(command <= 2)}`,
	);
	console.log(
		`  a --cache run after one of 10,000 SOPs changed: ${fmt(oneChanged / command)}× the uncached command (no target)`,
	);
	console.log(
		`  a warm --cache run over 10,000 unchanged SOPs: ${fmt(warm)} s of a 0.5 s budget (${fmt(warm / 0.5)}× target) ${met(warm <= 0.5)}`,
	);
	console.log(
		`  MDX checking scales linearly: time per file at 10,000 SOPs is ${fmt(perFile(large) / perFile(small))}× that at 2,500 (1.00 is linear)`,
	);
	console.log(
		`  the sensitive-data scan adds ${fmt((scanned / plain - 1) * 100, 1)}% to the check (${fmt(scanned / plain)}× baseline; target under 20%) ${met(scanned / plain < 1.2)}`,
	);
	console.log(`  peak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}
