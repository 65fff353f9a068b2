import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkHandbook } from '../../src/check.ts';
import { scanHandbookAndConfig } from '../../src/rules/utils/sensitive-scan.ts';
import { fmt, forgetScans, generatedHandbook, RUNS, time, TODAY } from './harness.ts';

/**
 * The sensitive-data scan over one ever larger SOP of alternating allow markers and card
 * numbers (`npm run bench -- sensitive`): time per pair stays flat when the scan is linear.
 */
export function benchSensitive(): void {
	const pairs = [1_250, 2_500, 5_000, 10_000];
	const pair =
		'{/* handbook-allow sensitive/card-number: the card networks publish this test number */}\nIn the sandbox, pay with 4111 1111 1111 1111.\n\n';
	console.log(
		`sensitive-data scan of one SOP of marker and card pairs, median of ${RUNS} runs, Node ${process.version}\n`,
	);
	let first: number | undefined;
	for (const n of pairs) {
		const { root } = generatedHandbook(`sensitive-${n}`, 1);
		const sops = join(root, 'src/content/sops');
		const name = readdirSync(sops, { recursive: true, encoding: 'utf8' }).find((file) =>
			file.endsWith('.mdx'),
		)!;
		const path = join(sops, name);
		writeFileSync(path, `${readFileSync(path, 'utf8')}\n${pair.repeat(n)}`);
		const { handbook, report } = checkHandbook({ root, today: TODAY });
		const allowed = report.allowed?.length ?? 0;
		// Loaded and parsed once; what is timed is the scan itself, both views and the markers.
		const scan = time(() => scanHandbookAndConfig(forgetScans(handbook)));
		const perPair = (scan / n) * 1e6;
		first ??= perPair;
		const size = statSync(path).size / 1024 / 1024;
		console.log(
			`  ${n.toLocaleString('en-US').padStart(6)} pairs (${fmt(size)} MB)  ${fmt(scan, 3)} s  ${fmt(perPair, 1)} µs per pair  ${fmt(perPair / first)}× the smallest  (${allowed.toLocaleString('en-US')} allowed)`,
		);
	}
	console.log('\nLinear means flat time per pair: the last ratio near 1.00.');
}
