import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildStatusReport, statusReportCsv, statusReportMarkdown } from '../reports/status-report.ts';
import { loadHandbook } from '../model/load.ts';
import { handbookDay } from '../dates/today.ts';
import { fail } from './usage-error.ts';

const FORMATS = ['markdown', 'json', 'csv'] as const;

/** `report`: what is overdue and due soon, by owner, and the coverage gaps. Always exits 0 when it ran. */
export function runReport(args: string[], defaultRoot: string): number {
	const { values } = parseArgs({
		args,
		options: { root: { type: 'string', default: defaultRoot }, today: { type: 'string' }, format: { type: 'string', default: 'markdown' }, 'warn-days': { type: 'string' } },
		strict: true,
	});
	const format = values.format as (typeof FORMATS)[number];
	if (!FORMATS.includes(format)) fail(`--format is "${values.format}"; use one of ${FORMATS.join(', ')}.`);
	const root = resolve(values.root);
	const { config, today } = handbookDay(root, values.today);
	const warnDays = values['warn-days'] === undefined ? config.warn_days : Number(values['warn-days']);
	if (!Number.isInteger(warnDays) || warnDays < 0) fail(`--warn-days is "${values['warn-days']}"; give a whole number of days.`);
	const report = buildStatusReport(loadHandbook(root, config, today), today, warnDays);
	const text = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'csv' ? statusReportCsv(report) : statusReportMarkdown(report);
	process.stdout.write(text);
	return 0;
}
