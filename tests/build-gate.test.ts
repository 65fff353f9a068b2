import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, edit, SOP, TODAY, writeHandbook } from './support/handbook.ts';

const PROJECT = join(import.meta.dirname, '..');
const ASTRO = join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs');

function build(root: string) {
	const result = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', join(root, 'dist')], {
		cwd: PROJECT,
		encoding: 'utf8',
		env: { ...process.env, HANDBOOK_ROOT: root, HANDBOOK_TODAY: TODAY, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
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
