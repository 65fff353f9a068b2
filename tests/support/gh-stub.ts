/**
 * Stands in for GitHub's `gh` command when the tests run a workflow's steps: it records each
 * call (its arguments, the text of a `--body-file`, the token it was given) as one JSON line
 * in GH_STUB_LOG, and answers from fixtures instead of the network:
 * - `gh api ...`: the text of the file GH_STUB_REVIEWS (a pull request's reviews);
 * - `gh issue list ... --jq FILTER`: FILTER applied by jq to GH_STUB_ISSUES, the open issues
 *   as `[{ "number", "title" }]`, as gh applies it to GitHub's answer;
 * - `gh issue create`: the new issue's address;
 * - `gh issue view N --json url`: issue N's address.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const after = (flag: string) => {
	const at = args.indexOf(flag);
	return at === -1 ? undefined : args[at + 1];
};
const bodyFile = after('--body-file');
appendFileSync(
	process.env.GH_STUB_LOG!,
	`${JSON.stringify({ args, body: bodyFile === undefined ? null : readFileSync(bodyFile, 'utf8'), token: process.env.GH_TOKEN ?? null })}\n`,
);

const [command, subcommand] = args;
if (command === 'api') {
	process.stdout.write(readFileSync(process.env.GH_STUB_REVIEWS!, 'utf8'));
} else if (command === 'issue' && subcommand === 'list') {
	const filter = after('--jq') ?? '.';
	const jq = spawnSync('jq', ['-r', filter], {
		input: process.env.GH_STUB_ISSUES ?? '[]',
		encoding: 'utf8',
	});
	process.stdout.write(jq.stdout);
	process.stderr.write(jq.stderr);
	process.exitCode = jq.status ?? 1;
} else if (command === 'issue' && subcommand === 'create') {
	process.stdout.write('https://github.com/example-firm/ops-handbook/issues/13\n');
} else if (command === 'issue' && subcommand === 'view') {
	process.stdout.write(`https://github.com/example-firm/ops-handbook/issues/${args[2]}\n`);
}
