import { resolve } from 'node:path';

/**
 * The handbook the site is built from: `HANDBOOK_ROOT` when set (to build another
 * handbook, or a test fixture, with this site), else this project.
 */
export function handbookRoot(): string {
	return resolve(process.env.HANDBOOK_ROOT || process.cwd());
}
