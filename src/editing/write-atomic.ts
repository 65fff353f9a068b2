import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Replaces `path` with `text` all at once: a reader sees the old file or the new one, never half. */
export function writeAtomic(path: string, text: string): void {
	const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	const mode = statSync(path).mode;
	const fd = openSync(temp, 'w', mode);
	try {
		writeSync(fd, text);
		fsyncSync(fd);
		closeSync(fd);
		renameSync(temp, path);
	} catch (error) {
		try {
			unlinkSync(temp);
		} catch {
			// already gone
		}
		throw error;
	}
}
