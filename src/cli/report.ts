import { buildStatusReport, needsActionComment, statusReportCsv, statusReportMarkdown, type StatusReport } from '../reports/status-report.ts';
import { loadHandbook } from '../model/load.ts';
import { handbookDay } from '../dates/today.ts';
import { commonOptions, formatFrom, formatOption, parseCommand, rootFrom, todayFrom, warnDaysFrom, warnDaysOption } from './options.ts';

/** `mentions`: only the comment that notifies the people who must act (empty when no one is mentioned). */
const FORMATS = ['markdown', 'json', 'csv', 'mentions'] as const;

const PRINT: Record<(typeof FORMATS)[number], (report: StatusReport) => string> = {
	markdown: statusReportMarkdown,
	json: (report) => `${JSON.stringify(report, null, 2)}\n`,
	csv: statusReportCsv,
	mentions: needsActionComment,
};

/** `report`: what is overdue and due soon, by owner, and the coverage gaps. Always exits 0 when it ran. */
export function runReport(args: string[], defaultRoot: string): number {
	const { values } = parseCommand(args, { ...commonOptions(defaultRoot), ...formatOption(FORMATS), ...warnDaysOption, 'no-mentions': { type: 'boolean' } });
	const format = formatFrom(values.format, FORMATS);
	const root = rootFrom(values.root);
	const { config, today } = handbookDay(root, todayFrom(values.today));
	const warnDays = warnDaysFrom(values['warn-days']) ?? config.warn_days;
	const report = buildStatusReport(loadHandbook(root, config, { exampleDay: today }), today, warnDays, { mentions: values['no-mentions'] !== true });
	process.stdout.write(PRINT[format](report));
	return 0;
}
