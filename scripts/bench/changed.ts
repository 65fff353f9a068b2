import { execFileSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { changedScope } from '../../src/cli/changed.ts';
import { checkHandbook } from '../../src/check.ts';
import { CLI, fmt, generatedHandbook, met, RUNS, time, TODAY } from './harness.ts';

/**
 * `npm run bench -- changed`: `check --changed` after one person file changes in a 5,000-SOP
 * handbook, in process and as a command.
 */
export function benchChanged(): void {
	const { root } = generatedHandbook('changed-5000', 5_000);
	const git = (...args: string[]) =>
		execFileSync('git', ['-C', root, ...args], { stdio: 'ignore' });
	git('init', '-q', '-b', 'main');
	git('add', '-A');
	git(
		'-c',
		'user.name=bench',
		'-c',
		'user.email=bench@example.invalid',
		'commit',
		'-q',
		'-m',
		'handbook',
	);
	git('checkout', '-q', '-b', 'change');
	// A pull request that edits one person: every SOP naming them is checked again.
	appendFileSync(join(root, 'src/content/people/csa-3.yaml'), 'github: csa-three\n');
	let scoped = 0;
	const changed = time(() => {
		const only = changedScope(root, 'main');
		scoped = checkHandbook({ root, today: TODAY, only }).report.summary.files;
	});
	const full = time(() => checkHandbook({ root, today: TODAY }));
	// As the pre-commit hook runs it: a fresh process, start-up included.
	const command = time(() => {
		execFileSync(
			process.execPath,
			[CLI, 'check', '--root', root, '--changed', '--base', 'main', '--today', TODAY],
			{ stdio: 'ignore' },
		);
	});
	console.log(
		`check --changed on a 5,000-SOP handbook, one person file changed (${scoped} files affected), median of ${RUNS} runs\n`,
	);
	console.log(`  whole handbook (baseline)  ${fmt(full)} s`);
	console.log(`  --changed                  ${fmt(changed)} s  ${fmt(changed / full)}× baseline`);
	console.log(
		`  --changed, as a command    ${fmt(command)} s  (a new process, as the pre-commit hook runs it)`,
	);
	console.log(`\nTarget: under 1 s: ${met(command < 1)}`);
}
