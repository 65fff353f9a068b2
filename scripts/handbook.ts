/**
 * The handbook command line: `npm run handbook -- <command> [flags]`.
 * Exit codes: 0 done (no errors), 1 the handbook has errors, 2 the command could not run.
 * A closed standard output changes none of them.
 */
import { enableCompileCache } from 'node:module';
import { join, resolve } from 'node:path';
import { type CommandHelp, helpText } from '../src/cli/options.ts';
import { UsageError } from '../src/cli/usage-error.ts';
import { HandbookRootError, TodayError } from '../src/errors.ts';
import { GitError } from '../src/git/git.ts';
import { defaultHandbookRoot } from '../src/site/handbook-root.ts';

/** This project: the tool, and the handbook it holds. */
const PROJECT_ROOT = resolve(import.meta.dirname, '..');

// Node keeps the compiled code of every module this command loads, checked against each
// file's contents and Node's version, so the next run starts faster. Where it cannot
// write, it compiles as before. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
enableCompileCache(
	process.env.NODE_COMPILE_CACHE ??
		join(PROJECT_ROOT, 'node_modules', '.cache', 'ops-handbook', 'compile'),
);

/** A command: what it is for, in a line, and its code and help, loaded only when it is asked for. */
interface Command {
	summary: string;
	load: () => Promise<{
		run: (args: string[], root: string) => number | Promise<number>;
		help: CommandHelp;
	}>;
}

const RULES_HELP: CommandHelp = {
	usage: 'npm run handbook -- rules',
	about: 'List every rule check applies, with its severity (error or warning) and what it reports.',
	flags: {},
	noCommonFlags: true,
	examples: ['npm run handbook -- rules'],
};

async function listRules(): Promise<number> {
	const { RULES } = await import('../src/rules/index.ts');
	const width = Math.max(...RULES.map((r) => r.id.length));
	for (const rule of RULES)
		process.stdout.write(
			`${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.description}\n`,
		);
	return 0;
}

/** Each command's code is loaded when it runs, so a command pays only for what it uses. */
const COMMANDS: Record<string, Command> = {
	check: {
		summary: 'Check the handbook as the build does; with --changed, only what a branch touches',
		load: async () => {
			const m = await import('../src/cli/check.ts');
			return { run: m.runCheck, help: m.CHECK_HELP };
		},
	},
	review: {
		summary: 'Record a review of an SOP, principle or training module',
		load: async () => {
			const m = await import('../src/cli/review.ts');
			return { run: m.runReview, help: m.REVIEW_HELP };
		},
	},
	trained: {
		summary: 'Record that someone was trained (or re-trained) on an SOP',
		load: async () => {
			const m = await import('../src/cli/trained.ts');
			return { run: m.runTrained, help: m.TRAINED_HELP };
		},
	},
	import: {
		summary: 'Take in Word, Google Docs, Confluence and wiki documents as SOPs, and roster CSVs',
		load: async () => {
			const m = await import('../src/cli/import.ts');
			return { run: m.runImportCommand, help: m.IMPORT_HELP };
		},
	},
	new: {
		summary: 'Start a file: new sop|client|person|training (asks for the rest in a terminal)',
		load: async () => {
			const m = await import('../src/cli/new.ts');
			return { run: m.runNew, help: m.NEW_HELP };
		},
	},
	report: {
		summary:
			'Who must act, reviews overdue and due soon, coverage gaps, re-training and KPI figures',
		load: async () => {
			const m = await import('../src/cli/report.ts');
			return { run: m.runReport, help: m.REPORT_HELP };
		},
	},
	notify: {
		summary: "Post the report's counts to Slack and Teams, when their webhook is set",
		load: async () => {
			const m = await import('../src/cli/notify.ts');
			return { run: m.runNotify, help: m.NOTIFY_HELP };
		},
	},
	codeowners: {
		summary: 'Write .github/CODEOWNERS from the owners and approvers',
		load: async () => {
			const m = await import('../src/cli/codeowners.ts');
			return { run: m.runCodeowners, help: m.CODEOWNERS_HELP };
		},
	},
	approvals: {
		summary:
			'Which changes of a pull request lack the approval they need, judged by the base branch',
		load: async () => {
			const m = await import('../src/cli/approvals.ts');
			return { run: m.runApprovals, help: m.APPROVALS_HELP };
		},
	},
	init: {
		summary: "Start the firm's own handbook in this project",
		load: async () => {
			const m = await import('../src/cli/init.ts');
			return { run: m.runInit, help: m.INIT_HELP };
		},
	},
	rules: {
		summary: 'List the rules check applies, with their severity',
		load: () => Promise.resolve({ run: listRules, help: RULES_HELP }),
	},
};

const USAGE = `Usage: npm run handbook -- <command> [flags]

Commands:
${Object.entries(COMMANDS)
	.map(([name, command]) => `  ${name.padEnd(12)}${command.summary}`)
	.join('\n')}

Every command takes --root DIR (default: this project) and --today YYYY-MM-DD
(default: HANDBOOK_TODAY, else the real date in the configured time zone).
For a command's own flags, what it does and an example: npm run handbook -- <command> --help
`;

/**
 * The one place a command's error reaches the terminal. Errors quote what they read (a
 * file's first problem, a value given on the command line), so they are masked like a
 * report: no full account, card or tax number, and no secret.
 */
async function printError(text: string): Promise<void> {
	const [{ redact }, { printableLines }] = await Promise.all([
		import('../src/sensitive/scan.ts'),
		import('../src/text/printable.ts'),
	]);
	process.stderr.write(printableLines(redact(text)));
}

async function main(argv: string[]): Promise<number> {
	const [first, ...more] = argv;
	// `help check` is `check --help`.
	const [command, rest] =
		first === 'help' && more[0] !== undefined ? [more[0], ['--help']] : [first, more];
	if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
		process.stdout.write(USAGE);
		return command === undefined ? 2 : 0;
	}
	let help: CommandHelp | undefined;
	try {
		const entry = COMMANDS[command];
		if (!entry) throw new UsageError(`unknown command "${command}".`);
		const loaded = await entry.load();
		help = loaded.help;
		if (rest.includes('--help') || rest.includes('-h')) {
			process.stdout.write(helpText(help));
			return 0;
		}
		// The default --root: the project's own handbook once `init` has written one, else the sample it ships.
		return await loaded.run(
			rest,
			command === 'init' ? PROJECT_ROOT : defaultHandbookRoot(PROJECT_ROOT),
		);
	} catch (error) {
		if (
			error instanceof UsageError ||
			error instanceof TodayError ||
			error instanceof HandbookRootError ||
			error instanceof GitError
		) {
			await printError(`handbook: ${error.message}\n`);
			return 2;
		}
		// parseArgs reports unknown or malformed flags with a code; they are usage errors too.
		if (
			error instanceof TypeError &&
			'code' in error &&
			String(error.code).startsWith('ERR_PARSE_ARGS')
		) {
			await printError(
				`handbook: ${error.message.split('\n')[0]}\n\n${help ? helpText(help) : USAGE}`,
			);
			return 2;
		}
		// Anything else is a fault in the tool: its stack, masked too, since a message may quote content.
		await printError(
			`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
		);
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
