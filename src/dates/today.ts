import { isPlainDate, type PlainDate } from '../schemas/date.ts';
import type { HandbookConfig } from '../schemas/config.ts';
import { dateInTimeZone } from './time-zone.ts';
import { loadConfig } from '../model/load.ts';
import { TodayError } from '../errors.ts';

export interface TodayInput {
	/** `--today`, if given. */
	flag?: string | undefined;
	/** `HANDBOOK_TODAY`, if set. */
	env?: string | undefined;
	/** The config's time zone, for the real date. */
	timeZone: string;
	/** The real moment; only the command-line edge passes the clock in. */
	now: () => Date;
}

export interface ResolvedToday {
	today: PlainDate;
	/** Where the date came from, so the output can say so. */
	source: '--today' | 'HANDBOOK_TODAY' | 'clock';
}

/** The day to judge the handbook on: `--today`, else `HANDBOOK_TODAY`, else the real date in the config's time zone. */
export function resolveToday(input: TodayInput): ResolvedToday {
	for (const [value, source] of [
		[input.flag, '--today'],
		[input.env, 'HANDBOOK_TODAY'],
	] as const) {
		if (value === undefined || value === '') continue;
		if (!isPlainDate(value))
			throw new TodayError(
				`${source} is "${value}", which is not a calendar date. Write it as YYYY-MM-DD, e.g. 2026-11-22.`,
			);
		return { today: value, source };
	}
	return { today: dateInTimeZone(input.now(), input.timeZone), source: 'clock' };
}

/** The handbook's config and the day to judge it on, as every command and the build need them. */
export function handbookDay(
	root: string,
	flag?: string,
): { config: HandbookConfig } & ResolvedToday {
	// The config is read before "today" is known (it names the time zone), so its hints show no day.
	const { config } = loadConfig(root);
	return {
		config,
		...resolveToday({
			flag,
			env: process.env.HANDBOOK_TODAY,
			timeZone: config.time_zone,
			now: () => new Date(),
		}),
	};
}
