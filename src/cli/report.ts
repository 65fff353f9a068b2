import { buildStatusReport, statusReportCsv, statusReportMarkdown } from '../reports/status-report.ts';
import { loadHandbook } from '../model/load.ts';
import { handbookDay } from '../dates/today.ts';
import { commonOptions, formatFrom, formatOption, parseCommand, rootFrom, todayFrom, warnDaysFrom, warnDaysOption } from './options.ts';

const FORMATS = ['markdown', 'json', 'csv'] as const;

/** `report`: what is overdue and due soon, by owner, and the coverage gaps. Always exits 0 when it ran. */
export function runReport(args: string[], defaultRoot: string): number {
	const { values } = parseCommand(args, { ...commonOptions(defaultRoot), ...formatOption(FORMATS), ...warnDaysOption });
	const format = formatFrom(values.format, FORMATS);
	const root = rootFrom(values.root);
	const { config, today } = handbookDay(root, todayFrom(values.today));
	const warnDays = warnDaysFrom(values['warn-days']) ?? config.warn_days;
	const report = buildStatusReport(loadHandbook(root, config, today), today, warnDays);
	const text = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'csv' ? statusReportCsv(report) : statusReportMarkdown(report);
	process.stdout.write(text);
	return 0;
}
