import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowedFingerprints } from '../sensitive/scan-handbook.ts';
import { scanHandbookAndConfig } from '../rules/utils/sensitive-scan.ts';
import { describeSiteFinding, scanBuiltSite } from '../sensitive/scan-site.ts';
import { checkHandbook, type CheckResult, type Report } from '../check.ts';
import type { PlainDate } from '../schemas/date.ts';
import { count } from '../text/plural.ts';
import { HandbookRootError, TodayError } from '../errors.ts';
import { loadHandbook } from '../model/load.ts';
import { colorsFor } from '../formats/color.ts';
import { formatReport } from '../formats/index.ts';
import { buildDate } from '../site/context.ts';
import { handbookRoot } from '../site/handbook-root.ts';

/** An error that stops the build with a message and a hint: a content or set-up mistake gets no stack trace. */
function stop(message: string, hint: string): AstroError {
	const error = new AstroError(message, hint);
	error.stack = '';
	return error;
}

/** Stops a build once the report has been printed, naming what was found. */
function checkFailed(report: Report): AstroError {
	const byRule = new Map<string, number>();
	for (const d of report.diagnostics)
		if (d.severity === 'error') byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
	const causes = [...byRule]
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.map(([rule, n]) => `${n} ${rule}`);
	return stop(
		`The handbook check found ${count(report.summary.errors, 'error')} (${causes.join(', ')}), so the build stops: a handbook with errors is not published.`,
		'Fix each error in the report above; every one names its file, line and what to write. Run `npm run check` to see the report again without building.',
	);
}

/** The report of the check, or a clean stop when the handbook or the date cannot be read at all. */
function checkOrStop(root: string, today: PlainDate): CheckResult {
	try {
		return checkHandbook({ root, today });
	} catch (error) {
		if (error instanceof HandbookRootError)
			throw stop(
				error.message,
				'Set HANDBOOK_ROOT to the folder that holds src/content, or leave it unset to build this project.',
			);
		throw error;
	}
}

/** The build's day, or a clean stop when HANDBOOK_TODAY is not a date. */
function dayOrStop(): ReturnType<typeof buildDate> {
	try {
		return buildDate();
	} catch (error) {
		if (error instanceof TodayError)
			throw stop(
				error.message,
				'Set HANDBOOK_TODAY to a date written YYYY-MM-DD, or leave it unset to use the real date.',
			);
		throw error;
	}
}

/**
 * What the build keeps of its check: the files it read, and the sensitive-looking values
 * their authors marked safe, for the scan after the build. Not the handbook itself: the
 * build keeps running for minutes, and the parsed pages would stay in memory all along.
 */
let checked: { paths: Set<string>; allowed: Set<string> } | undefined;

/**
 * In a build, the absolute paths of the files the check read. The build's Markdown
 * pipeline refuses any content file not among them, so the site never publishes a file
 * the check did not see. Undefined in `astro dev`, where files come and go while it runs.
 */
export function checkedFiles(): ReadonlySet<string> | undefined {
	return checked?.paths;
}

function runCheck(logger: AstroIntegrationLogger): CheckResult {
	const root = handbookRoot();
	const { today, source } = dayOrStop();
	const result = checkOrStop(root, today);
	const { report } = result;
	const color = colorsFor(process.stderr);
	const where = relative(process.cwd(), root) || '.';
	const judged =
		source === 'clock' ? `today, ${today}` : `${today} (set by ${source}, not the real date)`;
	logger.info(`Checking the handbook in ${where} as of ${judged}.`);
	process.stderr.write(formatReport(report, 'pretty', { color }));
	return result;
}

/**
 * Runs the handbook check before Astro builds. Any error stops `astro build`; warnings
 * print and the build goes on. In `astro dev` problems print on start and on every
 * content change, and the server keeps serving.
 */
export function handbookGate(): AstroIntegration {
	return {
		name: 'handbook-gate',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command === 'build') {
					const { report, handbook } = runCheck(logger);
					if (report.summary.errors > 0) throw checkFailed(report);
					checked = {
						paths: new Set(handbook.files.map((file) => join(handbook.root, file.path))),
						allowed: allowedFingerprints(scanHandbookAndConfig(handbook)),
					};
				} else if (command === 'dev') {
					runCheck(logger);
				}
			},
			'astro:server:setup': ({ server, logger }) => {
				const watched = /[\\/]src[\\/]content[\\/]|handbook\.config\.yaml$/;
				let timer: NodeJS.Timeout | undefined;
				const rerun = (file: string) => {
					if (!watched.test(file)) return;
					clearTimeout(timer);
					timer = setTimeout(() => {
						try {
							runCheck(logger);
						} catch (error) {
							// The server keeps serving; the problem is printed until it is fixed.
							logger.error(error instanceof Error ? error.message : String(error));
						}
					}, 150);
				};
				server.watcher.on('change', rerun);
				server.watcher.on('add', rerun);
				server.watcher.on('unlink', rerun);
			},
		},
	};
}

/** The fingerprints of the values marked safe in the handbook this build reads. */
export function allowedInHandbook(): Set<string> {
	const { config, today } = buildDate();
	return allowedFingerprints(
		scanHandbookAndConfig(loadHandbook(handbookRoot(), config, { exampleDay: today })),
	);
}

/** Why a build that would publish `findings` sensitive values fails, and the fix. */
export function publishRefusal(findings: number): { message: string; hint: string } {
	return {
		message: `The built site would publish ${findings} sensitive value${findings === 1 ? '' : 's'}, so the build fails. Nothing from it may be deployed.`,
		hint: 'Find where the page gets the value (a component, the config, a data file) and remove it, or mask it to the last four digits.',
	};
}

/**
 * After the build (so it must come after Starlight in the integrations list): scans the
 * built pages for sensitive values, and fails the build if any would be published. Values
 * an author marked safe pass. The search index is written, and scanned, once Astro's
 * process has ended (scripts/build.ts).
 */
export function handbookPublishScan(): AstroIntegration {
	return {
		name: 'handbook-publish-scan',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const findings = scanBuiltSite(fileURLToPath(dir), checked?.allowed ?? allowedInHandbook());
				if (findings.length === 0) {
					logger.info('No sensitive values in the built pages.');
					return;
				}
				for (const f of findings) logger.error(describeSiteFinding(f));
				const { message, hint } = publishRefusal(findings.length);
				throw stop(message, hint);
			},
		},
	};
}
