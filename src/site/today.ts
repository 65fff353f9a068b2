import type { HandbookConfig } from '../schemas/config.ts';
import { loadConfig } from '../validation/load.ts';
import { resolveToday, type ResolvedToday } from '../validation/today.ts';
import { handbookRoot } from './handbook-root.ts';

/** The config and the day the site is built as of: `HANDBOOK_TODAY`, else the real date. */
export function buildContext(): { config: HandbookConfig } & ResolvedToday {
	const root = handbookRoot();
	const { config } = loadConfig(root, '1970-01-01');
	return { config, ...resolveToday({ env: process.env.HANDBOOK_TODAY, timeZone: config.time_zone, now: () => new Date() }) };
}
