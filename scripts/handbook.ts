/**
 * The handbook command line: `npm run handbook -- <command> [flags]`.
 * Exit codes: 0 no errors, 1 the handbook has errors, 2 the command could not run.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkHandbook } from '../src/validation/check.ts';
import { HandbookRootError, loadConfig } from '../src/validation/load.ts';
import { FORMATS, formatReport, type Format } from '../src/validation/reporters/index.ts';
import { RULES } from '../src/validation/rules/index.ts';
import { resolveToday, TodayError } from '../src/validation/today.ts';

const USAGE = `Usage: npm run handbook -- <command> [flags]

Commands:
  check    Validate every SOP, principle, training module, person, pod and client.
  rules    List the rules check applies.

Flags for check:
  --root DIR          The handbook root, the folder holding src/content (default: this project).
  --today YYYY-MM-DD  Judge the handbook as of this day (default: HANDBOOK_TODAY, else the real date).
  --format FORMAT     pretty (default), json, github, junit or markdown.
  --warn-days N       Days before a due date that count as due soon (default: warn_days in the config, 14).
`;

/** The default handbook root: this project. */
const PROJECT_ROOT = resolve(import.meta.dirname, '..');

class UsageError extends Error {}

function fail(message: string): never {
	throw new UsageError(message);
}

function runCheck(args: string[]): number {
	let values;
	try {
		({ values } = parseArgs({
			args,
			options: {
				root: { type: 'string' },
				today: { type: 'string' },
				format: { type: 'string', default: 'pretty' },
				'warn-days': { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
			strict: true,
			allowPositionals: false,
		}));
	} catch (error) {
		fail((error as Error).message.split('\n')[0] ?? 'bad arguments');
	}
	if (values.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	const format = values.format as Format;
	if (!FORMATS.includes(format)) fail(`--format is "${values.format}"; use one of ${FORMATS.join(', ')}.`);
	let warnDays: number | undefined;
	if (values['warn-days'] !== undefined) {
		warnDays = Number(values['warn-days']);
		if (!/^\d+$/.test(values['warn-days']) || warnDays > 366) fail(`--warn-days is "${values['warn-days']}"; give a whole number of days from 0 to 366.`);
	}
	const root = resolve(values.root ?? PROJECT_ROOT);
	const { config } = loadConfig(root, '1970-01-01');
	const { today } = resolveToday({ flag: values.today, env: process.env.HANDBOOK_TODAY, timeZone: config.time_zone, now: () => new Date() });
	const { report } = checkHandbook({ root, today, warnDays });
	const color = format === 'pretty' && !process.env.NO_COLOR && (Boolean(process.env.FORCE_COLOR) || process.stdout.isTTY === true);
	process.stdout.write(formatReport(report, format, { color }));
	return report.summary.errors > 0 ? 1 : 0;
}

function listRules(): number {
	const width = Math.max(...RULES.map((r) => r.id.length));
	for (const rule of RULES) process.stdout.write(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(7)}  ${rule.description}\n`);
	return 0;
}

function main(argv: string[]): number {
	const [command, ...rest] = argv;
	try {
		switch (command) {
			case 'check':
				return runCheck(rest);
			case 'rules':
				return listRules();
			case undefined:
			case 'help':
			case '--help':
			case '-h':
				process.stdout.write(USAGE);
				return command === undefined ? 2 : 0;
			default:
				fail(`unknown command "${command}".`);
		}
	} catch (error) {
		if (error instanceof UsageError || error instanceof TodayError || error instanceof HandbookRootError) {
			process.stderr.write(`handbook: ${error.message}\n${error instanceof UsageError ? `\n${USAGE}` : ''}`);
			return 2;
		}
		throw error;
	}
}

process.exitCode = main(process.argv.slice(2));
