/**
 * The handbook command line: `npm run handbook -- <command> [flags]`.
 * Exit codes: 0 done (no errors), 1 the handbook has errors, 2 the command could not run.
 * A closed standard output changes none of them.
 */
import { enableCompileCache } from 'node:module';
import { join, resolve } from 'node:path';
import { UsageError } from '../src/cli/usage-error.ts';
import { HandbookRootError, TodayError } from '../src/errors.ts';
import { GitError } from '../src/git/git.ts';
import { defaultHandbookRoot } from '../src/site/handbook-root.ts';

/** This project: the tool, and the handbook it holds. */
const PROJECT_ROOT = resolve(import.meta.dirname, '..');

// Node keeps the compiled code of every module this command loads, checked against each
// file's contents and Node's version, so the next run starts faster. Where it cannot
// write, it compiles as before. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
enableCompileCache(process.env.NODE_COMPILE_CACHE ?? join(PROJECT_ROOT, 'node_modules', '.cache', 'ops-handbook', 'compile'));

const USAGE = `Usage: npm run handbook -- <command> [flags]

Commands:
  check       Validate the handbook. --changed [--base REF] checks only what a branch touches
              and what depends on it. --cache prints the last run's output again while
              nothing it reads has changed. Flags: --root --today --format --warn-days
  review      Record a review: review <document-id> --by <person-id> [--date] [--note]
              [--material --note TEXT] when the change makes people re-learn it
  trained     Record a training: trained <sop-id> --person <person-id> [--date]
  import      Take documents in: import <files|folders|.zip>... [--kind sop|docs|training]
              [--client ID] [--owner ID --backup ID --approver ID] [--dry-run] [--format pretty|json]
              (.docx, .html, .md, and people.csv or clients.csv for the roster)
  new         Start a file: new sop|client|person|training --id ... (asks for the rest in a terminal)
  report      Overdue, due-soon and coverage gaps: --format markdown|json|csv|mentions
              [--no-mentions] names the people who must act without @mentioning them
  notify      Post the report's counts to Slack and Teams, whose webhooks come from
              HANDBOOK_SLACK_WEBHOOK and HANDBOOK_TEAMS_WEBHOOK (off when neither is set):
              [--issue-url URL] [--timeout SECONDS]
  codeowners  Write .github/CODEOWNERS from the owners and approvers
  approvals   Which changes of a pull request lack the approval they need, judged by the base
              branch: --changed FILE --author LOGIN --reviews FILE|- [--base REF]
  init        Start the firm's own handbook in this project: init --firm "<name>" [--time-zone]
              [--supervisor ID --supervisor-name NAME] (asks for the rest in a terminal)
  rules       List the rules check applies

Every command takes --root DIR (default: this project) and --today YYYY-MM-DD
(default: HANDBOOK_TODAY, else the real date in the configured time zone).
`;

async function listRules(): Promise<number> {
	const { RULES } = await import('../src/rules/index.ts');
	const width = Math.max(...RULES.map((r) => r.id.length));
	for (const rule of RULES) process.stdout.write(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.description}\n`);
	return 0;
}

/** Each command's code is loaded when it runs, so a command pays only for what it uses. */
const COMMANDS: Record<string, (args: string[], root: string) => Promise<number>> = {
	check: async (args, root) => (await import('../src/cli/check.ts')).runCheck(args, root),
	review: async (args, root) => (await import('../src/cli/review.ts')).runReview(args, root),
	trained: async (args, root) => (await import('../src/cli/trained.ts')).runTrained(args, root),
	new: async (args, root) => (await import('../src/cli/new.ts')).runNew(args, root),
	import: async (args, root) => (await import('../src/cli/import.ts')).runImportCommand(args, root),
	report: async (args, root) => (await import('../src/cli/report.ts')).runReport(args, root),
	notify: async (args, root) => (await import('../src/cli/notify.ts')).runNotify(args, root),
	codeowners: async (args, root) => (await import('../src/cli/codeowners.ts')).runCodeowners(args, root),
	approvals: async (args, root) => (await import('../src/cli/approvals.ts')).runApprovals(args, root),
	init: async (args, root) => (await import('../src/cli/init.ts')).runInit(args, root),
	rules: () => listRules(),
};

/**
 * The one place a command's error reaches the terminal. Errors quote what they read (a
 * file's first problem, a value given on the command line), so they are masked like a
 * report: no full account, card or tax number, and no secret.
 */
async function printError(text: string): Promise<void> {
	const [{ redact }, { printableLines }] = await Promise.all([import('../src/sensitive/scan.ts'), import('../src/text/printable.ts')]);
	process.stderr.write(printableLines(redact(text)));
}

async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
		process.stdout.write(USAGE);
		return command === undefined ? 2 : 0;
	}
	try {
		const run = COMMANDS[command];
		if (!run) throw new UsageError(`unknown command "${command}".`);
		if (rest.includes('--help') || rest.includes('-h')) {
			process.stdout.write(USAGE);
			return 0;
		}
		// The default --root: the project's own handbook once `init` has written one, else the sample it ships.
		return await run(rest, command === 'init' ? PROJECT_ROOT : defaultHandbookRoot(PROJECT_ROOT));
	} catch (error) {
		if (error instanceof UsageError || error instanceof TodayError || error instanceof HandbookRootError || error instanceof GitError) {
			await printError(`handbook: ${error.message}\n`);
			return 2;
		}
		// parseArgs reports unknown or malformed flags with a code; they are usage errors too.
		if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
			await printError(`handbook: ${error.message.split('\n')[0]}\n\n${USAGE}`);
			return 2;
		}
		// Anything else is a fault in the tool: its stack, masked too, since a message may quote content.
		await printError(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		return 2;
	}
}

// A reader that stops early (`check --format json | head -c 0`) closes the pipe: what is
// left to print has nowhere to go, so the command stops printing and ends as it would
// have, its exit code still saying what it found, with no stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
	throw error;
});

process.exitCode = await main(process.argv.slice(2));
