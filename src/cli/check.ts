import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkHandbook } from '../check.ts';
import { FORMATS, formatReport, type Format } from '../formats/index.ts';
import { handbookDay } from '../dates/today.ts';
import { changedScope } from './changed.ts';
import { fail } from './usage-error.ts';

export const CHECK_USAGE = `npm run handbook -- check [--root DIR] [--today YYYY-MM-DD] [--format pretty|json|github|junit|markdown] [--warn-days N] [--changed [--base REF]]`;

export function runCheck(args: string[], defaultRoot: string): number {
	const { values } = parseArgs({
		args,
		options: {
			root: { type: 'string', default: defaultRoot },
			today: { type: 'string' },
			format: { type: 'string', default: 'pretty' },
			'warn-days': { type: 'string' },
			changed: { type: 'boolean', default: false },
			base: { type: 'string' },
		},
		strict: true,
		allowPositionals: false,
	});
	const format = values.format as Format;
	if (!FORMATS.includes(format)) fail(`--format is "${values.format}"; use one of ${FORMATS.join(', ')}.`);
	let warnDays: number | undefined;
	if (values['warn-days'] !== undefined) {
		warnDays = Number(values['warn-days']);
		if (!/^\d+$/.test(values['warn-days']) || warnDays > 366) fail(`--warn-days is "${values['warn-days']}"; give a whole number of days from 0 to 366.`);
	}
	if (values.base !== undefined && !values.changed) fail('--base goes with --changed: npm run handbook -- check --changed --base origin/main');
	const root = resolve(values.root);
	const { today } = handbookDay(root, values.today);
	const only = values.changed ? changedScope(root, values.base) : undefined;
	const { report } = checkHandbook({ root, today, warnDays, only });
	const color = format === 'pretty' && !process.env.NO_COLOR && (Boolean(process.env.FORCE_COLOR) || process.stdout.isTTY === true);
	process.stdout.write(formatReport(report, format, { color }));
	return report.summary.errors > 0 ? 1 : 0;
}
