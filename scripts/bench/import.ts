import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { BASE_HANDBOOK } from '../../src/rules/utils/base-handbook.ts';
import { BENCH_DIR, CLI, fmt, met, PROJECT, TODAY } from './harness.ts';

/**
 * `import` of many Word documents, as a command (start-up included): copies of the
 * pandoc-made fixtures, each under a title of its own, imported into a small handbook at
 * 250, 500 and 1,000 documents. Linear means the time per document stays the same.
 */
export function benchImport(): void {
	const fixtures = join(PROJECT, 'tests', 'fixtures', 'import', 'word');
	const originals = readdirSync(fixtures)
		.filter((name) => name.endsWith('.docx'))
		.map((name) => unzipSync(readFileSync(join(fixtures, name))));
	const titles = ['Weekly bill run for Harbor Dental', 'Vendor set-up', 'Month-end close'];
	const sizes = [250, 500, 1_000];
	const figures = new Map<number, number>();
	console.log(
		'import of Word documents (copies of the pandoc-made fixtures, each with a title of its own), as a command, one run per size\n',
	);
	for (const size of sizes) {
		const dir = join(BENCH_DIR, `import-${size}`);
		rmSync(dir, { recursive: true, force: true });
		const sources = join(dir, 'sources');
		const root = join(dir, 'handbook');
		mkdirSync(sources, { recursive: true });
		for (const [path, text] of Object.entries(BASE_HANDBOOK)) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		for (let i = 0; i < size; i++) {
			const which = i % originals.length;
			const files = { ...originals[which]! };
			const xml = strFromU8(files['word/document.xml']!).replace(
				titles[which]!,
				`${titles[which]!} ${i + 1}`,
			);
			files['word/document.xml'] = strToU8(xml);
			writeFileSync(join(sources, `document-${i + 1}.docx`), zipSync(files));
		}
		const start = performance.now();
		execFileSync(
			process.execPath,
			[
				CLI,
				'import',
				sources,
				'--root',
				root,
				'--today',
				TODAY,
				'--owner',
				'ana-silva',
				'--backup',
				'ben-ode',
				'--approver',
				'cara-wu',
				'--format',
				'json',
			],
			{
				stdio: ['ignore', 'ignore', 'inherit'],
				maxBuffer: 1 << 28,
			},
		);
		const seconds = (performance.now() - start) / 1000;
		figures.set(size, seconds);
		const written = readdirSync(join(root, 'src', 'content', 'sops', 'firm')).filter((name) =>
			name.endsWith('.mdx'),
		).length;
		console.log(
			`  ${String(size).padStart(5)} documents  ${fmt(seconds)} s  ${fmt((seconds / size) * 1000)} ms per document  (${written} SOPs written)`,
		);
	}
	const ratio = figures.get(1_000)! / 1_000 / (figures.get(250)! / 250);
	console.log(
		`\n  per-document time at 1,000 vs 250: ${fmt(ratio)}× (1.00 is linear; start-up weighs more at 250)`,
	);
	console.log(
		`  Target: 1,000 Word documents in at most 60 s on ${availableParallelism()} cores: ${met(figures.get(1_000)! <= 60)}`,
	);
}
