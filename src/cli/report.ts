import {
	buildStatusReport,
	needsActionComment,
	statusReportCsv,
	statusReportMarkdown,
	type StatusReport,
} from '../reports/status-report.ts';
import { loadHandbook } from '../model/load.ts';
import { handbookDay } from '../dates/today.ts';
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

/** `mentions`: only the comment that notifies the people who must act (empty when no one is mentioned). */
const FORMATS = ['markdown', 'json', 'csv', 'mentions'] as const;

const PRINT: Record<(typeof FORMATS)[number], (report: StatusReport) => string> = {
	markdown: statusReportMarkdown,
	json: (report) => `${JSON.stringify(report, null, 2)}\n`,
	csv: statusReportCsv,
	mentions: needsActionComment,
};

const REPORT_FLAGS = {
	...formatOption(
		FORMATS,
		'markdown (for the weekly issue), json, csv (one row per finding), or mentions (only the comment that @mentions who must act).',
	),
	...warnDaysOption,
	'no-mentions': {
		type: 'boolean',
		help: 'Name the people who must act without @mentioning them.',
	},
} as const;

export const REPORT_HELP: CommandHelp = {
	usage:
		'npm run handbook -- report [--format markdown|json|csv|mentions] [--warn-days N] [--no-mentions] [--root DIR] [--today YYYY-MM-DD]',
	about: [
		'Print what needs doing: who must act (each person once, with what), reviews overdue or due soon',
		'by owner, coverage gaps worst first and single points of failure, who must re-train on what,',
		"each KPI's newest figures against its targets, and the SOP-maintenance KPI per CSA and pod.",
		'It changes nothing.',
	].join(' '),
	flags: REPORT_FLAGS,
	examples: [
		'npm run handbook -- report --today 2026-11-20',
		'npm run handbook -- report --format json > report.json',
	],
};

/** `report`: what is overdue and due soon, by owner, and the coverage gaps. Always exits 0 when it ran. */
export function runReport(args: string[], defaultRoot: string): number {
	const { values } = parseCommand(args, { ...commonOptions(defaultRoot), ...REPORT_FLAGS });
	const format = formatFrom(values.format, FORMATS);
	const root = rootFrom(values.root);
	const { config, today } = handbookDay(root, todayFrom(values.today));
	const warnDays = warnDaysFrom(values['warn-days']) ?? config.warn_days;
	const report = buildStatusReport(
		loadHandbook(root, config, { exampleDay: today }),
		today,
		warnDays,
		{ mentions: values['no-mentions'] !== true },
	);
	process.stdout.write(PRINT[format](report));
	return 0;
}
