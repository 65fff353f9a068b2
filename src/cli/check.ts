import { createHash } from 'node:crypto';
import { colorsFor } from '../formats/color.ts';
import { FORMATS } from '../formats/names.ts';
import { CONFIG_FILE } from '../paths.ts';
import {
	type CacheRequest,
	cacheKey,
	defaultCacheLocation,
	entryFile,
	readCachedRun,
	toolFingerprint,
	writeCachedRun,
} from './check-cache.ts';
import {
	type CommandHelp,
	commonOptions,
	formatFrom,
	formatOption,
	parseCommand,
	rootFrom,
	todayFrom,
	warnDaysFrom,
	warnDaysOption,
} from './options.ts';
import { fail } from './usage-error.ts';

const CHECK_FLAGS = {
	...formatOption(
		FORMATS,
		'How to print the findings: pretty (grouped by file, coloured on a terminal), json (one document: today, summary, diagnostics), github (workflow annotations), junit (XML), markdown (for a pull-request comment).',
	),
	...warnDaysOption,
	changed: {
		type: 'boolean',
		default: false,
		help: 'Check only what the branch changes compared with --base, uncommitted files included, and every file that depends on those.',
	},
	base: {
		type: 'string',
		value: 'REF',
		help: 'What --changed compares with (default: origin/main, else main).',
	},
	cache: {
		type: 'boolean',
		default: false,
		help: "Print the last run's output again while nothing the check reads has changed.",
	},
	'cache-location': {
		type: 'string',
		value: 'DIR',
		help: 'Where --cache keeps its entries (default: node_modules/.cache/ops-handbook/).',
	},
} as const;

export const CHECK_HELP: CommandHelp = {
	usage:
		'npm run handbook -- check [--root DIR] [--today YYYY-MM-DD] [--format pretty|json|github|junit|markdown] [--warn-days N] [--changed [--base REF]] [--cache [--cache-location DIR]]',
	about: [
		'Check the whole handbook as the build does: the shape of every file, reviews that are due or past due,',
		'backups, approvers, references, links, coverage and the rest (npm run handbook -- rules lists them).',
		'Each finding names the file, the line, what is wrong and how to fix it. Exit code 0: no errors',
		'(warnings allowed); 1: at least one error; 2: the check could not run.',
	].join(' '),
	flags: CHECK_FLAGS,
	examples: [
		'npm run handbook -- check --today 2026-11-20',
		'npm run handbook -- check --changed --base origin/main --format github',
	],
};

/** What a kept file read depends on besides its text: the tool, the root, the config (as hashed for the key) and the day. */
function fileGeneration(
	cache: CacheRequest,
	tool: string,
	config: Buffer | undefined,
	today: string,
): string {
	return createHash('sha256')
		.update(JSON.stringify([tool, cache.root, config?.toString('utf8') ?? null, today]))
		.digest('hex');
}

/**
 * `check`. With `--cache`, the flags and files are hashed first and an unchanged handbook
 * prints its last output again; the checker itself is loaded only when it has to run.
 */
export async function runCheck(args: string[], toolRoot: string): Promise<number> {
	const { values } = parseCommand(args, { ...commonOptions(toolRoot), ...CHECK_FLAGS });
	const format = formatFrom(values.format, FORMATS);
	const warnDays = warnDaysFrom(values['warn-days']);
	if (values.base !== undefined && !values.changed)
		fail('--base goes with --changed: npm run handbook -- check --changed --base origin/main');
	if (values['cache-location'] !== undefined && !values.cache)
		fail(
			'--cache-location goes with --cache: npm run handbook -- check --cache --cache-location DIR',
		);
	const root = rootFrom(values.root);
	const todayFlag = todayFrom(values.today);
	const color = format === 'pretty' && colorsFor(process.stdout);

	// What --changed reports depends on git history, which the key does not cover: it always runs.
	const cache: CacheRequest | undefined =
		values.cache && !values.changed
			? {
					root,
					toolRoot,
					location:
						values['cache-location'] === undefined
							? defaultCacheLocation(toolRoot)
							: rootFrom(values['cache-location']),
					options: {
						format,
						color,
						warnDays,
						today: todayFlag,
						envToday: process.env.HANDBOOK_TODAY || undefined,
					},
				}
			: undefined;
	// The files as hashed, so that a check that has to run need not read them again to find what changed.
	const read = new Map<string, Buffer>();
	const tool = cache ? toolFingerprint(toolRoot) : '';
	const key = cache ? cacheKey(cache, read, tool) : undefined;
	const cached = cache && key ? readCachedRun(cache, key, () => new Date()) : undefined;
	if (cached) {
		process.stdout.write(cached.output);
		return cached.exitCode;
	}

	const [{ checkHandbook }, { formatReport }, { handbookDay }, { changedScope }, { RULES }] =
		await Promise.all([
			import('../check.ts'),
			import('../formats/index.ts'),
			import('../dates/today.ts'),
			import('./changed.ts'),
			import('../rules/index.ts'),
		]);
	const { today, source, config } = handbookDay(root, todayFlag);
	const only = values.changed ? changedScope(root, values.base) : undefined;
	// Something changed: files that did not are put back as the last run read them.
	const files =
		cache &&
		(await import('./file-cache.ts')).openFileCache(
			entryFile(cache, 'files', 'bin'),
			fileGeneration(cache, tool, read.get(CONFIG_FILE), today),
			root,
			read,
		);
	const { report, handbook } = checkHandbook({ root, today, warnDays, only, reads: files?.reads });
	const output = formatReport(report, format, { color });
	const exitCode = report.summary.errors > 0 ? 1 : 0;
	process.stdout.write(output);
	// Kept only when the files did not change while they were being checked.
	if (cache && key && cacheKey(cache, undefined, tool) === key) {
		const problem =
			writeCachedRun(cache, key, {
				output,
				exitCode,
				today,
				clockTimeZone: source === 'clock' ? config.time_zone : undefined,
			}) ??
			files?.save(handbook, [...new Set(RULES.flatMap((rule) => (rule.work ? [rule.work] : [])))]);
		if (problem)
			process.stderr.write(
				`handbook: the check cache in ${cache.location} could not be written (${problem}); the next run checks everything again.\n`,
			);
	}
	return exitCode;
}
