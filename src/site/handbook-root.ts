import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SAMPLE_FOLDER } from '../paths.ts';

/**
 * The handbook a project holds: its own (`src/content` at the project's root, as `init`
 * writes it), else the sample handbook it ships, so a fresh clone of the tool shows
 * something before a firm has started its own.
 */
export function defaultHandbookRoot(project: string): string {
	return existsSync(join(project, 'src', 'content')) ? project : join(project, SAMPLE_FOLDER);
}

/**
 * The handbook the site is built from: `HANDBOOK_ROOT` when set (to build another
 * handbook, or a test fixture, with this site), else this project's own handbook, else
 * its sample.
 */
export function handbookRoot(): string {
	return resolve(process.env.HANDBOOK_ROOT || defaultHandbookRoot(process.cwd()));
}
