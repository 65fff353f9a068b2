import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { checkHandbook } from '../../src/check.ts';
import { fmt, generatedHandbook, met, RUNS, time, TODAY } from './harness.ts';

/**
 * Findings that ask for a suggestion ("did you mean") must not make the check superlinear:
 * the same 5,000-SOP handbook clean, with 1% of its SOPs carrying a broken link, and with a
 * thousand unknown person ids, checked side by side.
 */
export function benchSuggestions(): void {
	const variants = ['clean', 'broken-links', 'unknown-people'] as const;
	const roots = new Map<string, string>();
	for (const variant of variants) {
		const { root } = generatedHandbook(`suggest-${variant}`, 5_000);
		const sops = readdirSync(join(root, 'src/content/sops/clients'), {
			recursive: true,
			encoding: 'utf8',
		})
			.filter((f) => f.endsWith('.mdx'))
			.sort()
			.map((f) => join(root, 'src/content/sops/clients', f));
		if (variant === 'broken-links') {
			// 1% of the SOPs link to pages that moved: each a different path, near no page or near one.
			sops
				.filter((_, i) => i % 100 === 0)
				.forEach((file, i) =>
					appendFileSync(
						file,
						`\nSee [the old page](/sops/clients/client-${i}/procedure-${i}-old-${i * 7}/).\n`,
					),
				);
		}
		if (variant === 'unknown-people') {
			// A thousand SOPs approved by someone whose id is misspelt, each differently.
			sops
				.slice(0, 1_000)
				.forEach((file, i) =>
					writeFileSync(
						file,
						readFileSync(file, 'utf8').replace(
							/^approvers: \[approver-(a|b)\]$/m,
							`approvers: [aprover-$1-${i}]`,
						),
					),
				);
		}
		roots.set(variant, root);
	}
	console.log(
		`check with "did you mean" suggestions, 5,000 SOPs, median of ${RUNS} runs, ${availableParallelism()} cores, Node ${process.version}\n`,
	);
	const times = new Map<string, number>();
	for (const variant of variants) {
		let errors = 0;
		times.set(
			variant,
			time(() => {
				errors = checkHandbook({ root: roots.get(variant)!, today: TODAY }).report.summary.errors;
			}),
		);
		const seconds = times.get(variant)!;
		const clean = times.get('clean')!;
		console.log(
			`  ${variant.padEnd(16)} ${fmt(seconds)} s  ${errors.toLocaleString('en-US').padStart(5)} errors  ${variant === 'clean' ? '(baseline)' : `${fmt(seconds / clean)}× baseline`}`,
		);
	}
	console.log('\nTargets (at most 1.3× the clean handbook):');
	for (const variant of variants.slice(1)) {
		const ratio = times.get(variant)! / times.get('clean')!;
		console.log(`  ${variant}: ${fmt(ratio)}× ${met(ratio <= 1.3)}`);
	}
}
