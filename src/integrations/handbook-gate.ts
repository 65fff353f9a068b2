import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowedFingerprints, scanHandbook } from '../sensitive/scan-handbook.ts';
import { describeSiteFinding, scanBuiltSite } from '../sensitive/scan-site.ts';
import { checkHandbook } from '../check.ts';
import type { Handbook } from '../model/handbook.ts';
import { loadHandbook } from '../model/load.ts';
import { formatReport } from '../formats/index.ts';
import { buildDate } from '../site/context.ts';
import { handbookRoot } from '../site/handbook-root.ts';

/** Stops a build once the report has been printed: a content mistake gets no stack trace. */
function checkFailed(errors: number): AstroError {
	const error = new AstroError(
		`The handbook check found ${errors} error${errors === 1 ? '' : 's'}, so the build stops: a handbook with an overdue review or a missing backup is not published.`,
		'Fix each error in the report above; every one names its file, line and what to write. Run `npm run check` to see the report again without building.',
	);
	error.stack = '';
	return error;
}

/** The handbook as the build's check read it, so the scan after the build need not read it again. */
let checkedHandbook: Handbook | undefined;
let checkedPaths: Set<string> | undefined;

/**
 * In a build, the absolute paths of the files the check read. The build's Markdown
 * pipeline refuses any content file not among them, so the site never publishes a file
 * the check did not see. Undefined in `astro dev`, where files come and go while it runs.
 */
export function checkedFiles(): ReadonlySet<string> | undefined {
	return checkedPaths;
}

function runCheck(logger: AstroIntegrationLogger): number {
	const root = handbookRoot();
	const { today, source } = buildDate();
	const { report, handbook } = checkHandbook({ root, today });
	checkedHandbook = handbook;
	const color = !process.env.NO_COLOR && process.stderr.isTTY === true;
	const where = relative(process.cwd(), root) || '.';
	const judged = source === 'clock' ? `today, ${today}` : `${today} (set by ${source}, not the real date)`;
	logger.info(`Checking the handbook in ${where} as of ${judged}.`);
	process.stderr.write(formatReport(report, 'pretty', { color }));
	return report.summary.errors;
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
					const errors = runCheck(logger);
					if (errors > 0) throw checkFailed(errors);
					const root = checkedHandbook!.root;
					checkedPaths = new Set(checkedHandbook!.files.map((file) => join(root, file.path)));
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
					timer = setTimeout(() => runCheck(logger), 150);
				};
				server.watcher.on('change', rerun);
				server.watcher.on('add', rerun);
				server.watcher.on('unlink', rerun);
			},
		},
	};
}

/**
 * After the build and the search index are written (so it must come after Starlight in
 * the integrations list): scans the built pages and the index for sensitive values, and
 * fails the build if any would be published. Values an author marked safe pass.
 */
export function handbookPublishScan(): AstroIntegration {
	return {
		name: 'handbook-publish-scan',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				let handbook = checkedHandbook;
				if (!handbook) {
					const { config, today } = buildDate();
					handbook = loadHandbook(handbookRoot(), config, today);
				}
				const allowed = allowedFingerprints(scanHandbook(handbook));
				const findings = scanBuiltSite(fileURLToPath(dir), allowed);
				if (findings.length === 0) {
					logger.info('No sensitive values in the built pages or the search index.');
					return;
				}
				for (const f of findings) logger.error(describeSiteFinding(f));
				const error = new AstroError(
					`The built site would publish ${findings.length} sensitive value${findings.length === 1 ? '' : 's'}, so the build fails. Nothing from it may be deployed.`,
					'Find where the page gets the value (a component, the config, a data file) and remove it, or mask it to the last four digits.',
				);
				error.stack = '';
				throw error;
			},
		},
	};
}
