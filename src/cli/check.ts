import { checkHandbook } from '../check.ts';
import { FORMATS, formatReport } from '../formats/index.ts';
import { handbookDay } from '../dates/today.ts';
import { changedScope } from './changed.ts';
import { commonOptions, formatFrom, formatOption, parseCommand, rootFrom, todayFrom, warnDaysFrom, warnDaysOption } from './options.ts';
import { fail } from './usage-error.ts';

export const CHECK_USAGE = `npm run handbook -- check [--root DIR] [--today YYYY-MM-DD] [--format pretty|json|github|junit|markdown] [--warn-days N] [--changed [--base REF]]`;

export function runCheck(args: string[], defaultRoot: string): number {
	const { values } = parseCommand(args, {
		...commonOptions(defaultRoot),
		...formatOption(FORMATS),
		...warnDaysOption,
		changed: { type: 'boolean', default: false },
		base: { type: 'string' },
	});
	const format = formatFrom(values.format, FORMATS);
	const warnDays = warnDaysFrom(values['warn-days']);
	if (values.base !== undefined && !values.changed) fail('--base goes with --changed: npm run handbook -- check --changed --base origin/main');
	const root = rootFrom(values.root);
	const { today } = handbookDay(root, todayFrom(values.today));
	const only = values.changed ? changedScope(root, values.base) : undefined;
	const { report } = checkHandbook({ root, today, warnDays, only });
	const color = format === 'pretty' && !process.env.NO_COLOR && (Boolean(process.env.FORCE_COLOR) || process.stdout.isTTY);
	process.stdout.write(formatReport(report, format, { color }));
	return report.summary.errors > 0 ? 1 : 0;
}
