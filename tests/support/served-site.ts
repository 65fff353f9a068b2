import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildSite } from './build-site.ts';
import { serveStatic } from './static-server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A built handbook, served on loopback as a static host would, and a Chromium to read it with. */
export interface ServedSite {
	/** The built site's folder. */
	readonly out: string;
	/** The address it is served at, without a trailing slash. */
	readonly base: string;
	readonly browser: Browser;
}

/**
 * Builds the site once for a test file (before its tests; removed after them), with `env`
 * (`HANDBOOK_TODAY`, and `HANDBOOK_ROOT` for another handbook), computed when the build starts.
 */
export function servedSite(prefix: string, env: () => Record<string, string>): ServedSite {
	let out: string | undefined;
	let server: Server | undefined;
	let base: string | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		if (!existsSync(CHROMIUM))
			throw new Error(
				`No Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
			);
		out = mkdtempSync(join(tmpdir(), prefix));
		const built = buildSite(out, env());
		if (built.code !== 0) throw new Error(`the handbook did not build:\n${built.output}`);
		({ server, url: base } = await serveStatic(out));
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		});
	}, 180_000);
	afterAll(async () => {
		await browser?.close();
		server?.close();
		if (out) rmSync(out, { recursive: true, force: true });
	});
	const ready = <T>(value: T | undefined): T => {
		if (value === undefined)
			throw new Error('the site is not built yet: use it inside a test or a hook');
		return value;
	};
	return {
		get out() {
			return ready(out);
		},
		get base() {
			return ready(base);
		},
		get browser() {
			return ready(browser);
		},
	};
}
