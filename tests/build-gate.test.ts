import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, edit, SOP, TODAY, writeHandbook } from './support/handbook.ts';

const PROJECT = join(import.meta.dirname, '..');
const ASTRO = join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** The environment a person's shell would give Astro: none of the test runner's variables. */
function astroEnv(root: string): NodeJS.ProcessEnv {
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
	return { ...env, HANDBOOK_ROOT: root, HANDBOOK_TODAY: TODAY, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
}

function build(root: string) {
	const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', join(root, 'dist')], {
		cwd: PROJECT,
		encoding: 'utf8',
		env: astroEnv(root),
	});
	return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('npm run build', () => {
	it('refuses a handbook with an overdue SOP, names the file, and builds once it is current', () => {
		const root = writeHandbook({ [SOP]: edit(BASE[SOP]!, 'last_reviewed: 2026-10-01', 'last_reviewed: 2026-06-01') });

		const refused = build(root);
		expect(refused.code).not.toBe(0);
		expect(refused.output).toContain(`${SOP}\n  9:1     error    review is 82 days overdue`);
		expect(refused.output).toContain('The handbook check found 1 error, so the build stops');
		expect(refused.output).not.toMatch(/Stack trace/);
		expect(existsSync(join(root, 'dist', 'index.html'))).toBe(false);

		writeFileSync(join(root, SOP), BASE[SOP]!);
		const built = build(root);
		expect(built.code, built.output).toBe(0);
		const page = readFileSync(join(root, 'dist', 'sops', 'clients', 'acme', 'bill-run', 'index.html'), 'utf8');
		expect(page).toContain('Acme weekly bill run');
		expect(page).toContain('Ana Silva');
		expect(page).toContain('Ben Ode');
	}, 240_000);

	it('prints warnings and goes on building', () => {
		const root = writeHandbook({ [SOP]: edit(BASE[SOP]!, 'last_reviewed: 2026-10-01', 'last_reviewed: 2026-08-30') });
		const built = build(root);
		expect(built.code, built.output).toBe(0);
		expect(built.output).toContain('[review/due-soon]');
		expect(existsSync(join(root, 'dist', 'sops', 'clients', 'acme', 'bill-run', 'index.html'))).toBe(true);
	}, 240_000);
});

describe('npm run dev', () => {
	it('prints the problems and keeps serving', async () => {
		const root = writeHandbook({ [SOP]: edit(BASE[SOP]!, 'last_reviewed: 2026-10-01', 'last_reviewed: 2026-06-01') });
		const port = 4400 + Math.floor(Math.random() * 500);
		const dev = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
			cwd: PROJECT,
			env: astroEnv(root),
		});
		let output = '';
		dev.stdout.on('data', (chunk) => (output += chunk));
		dev.stderr.on('data', (chunk) => (output += chunk));
		try {
			const deadline = Date.now() + 60_000;
			while (!/ready in/.test(output) && Date.now() < deadline && dev.exitCode === null) await new Promise((r) => setTimeout(r, 200));
			expect(output).toContain('review is 82 days overdue');
			// The first requests can come before the dev server has built its routes.
			let page = '';
			while (Date.now() < deadline && !page.includes('Acme weekly bill run')) {
				const response = await fetch(`http://127.0.0.1:${port}/sops/clients/acme/bill-run/`).catch(() => undefined);
				page = response?.ok ? await response.text() : '';
				if (!page) await new Promise((r) => setTimeout(r, 500));
			}
			expect(page).toContain('Acme weekly bill run');
			expect(dev.exitCode).toBeNull();
		} finally {
			dev.kill();
		}
	}, 120_000);
});
