import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroCommand, astroEnv, buildSite, PROJECT } from './support/build-site.ts';
import { BASE, edit, SOP, TODAY, writeHandbook } from './support/handbook.ts';

function build(root: string) {
	return buildSite(join(root, 'dist'), { HANDBOOK_ROOT: root, HANDBOOK_TODAY: TODAY });
}

describe('npm run build', () => {
	it('refuses a handbook with an overdue SOP, names the file, and builds once it is current', () => {
		const root = writeHandbook({
			[SOP]: edit(BASE[SOP]!, 'last_reviewed: 2026-10-01', 'last_reviewed: 2026-06-01'),
		});

		const refused = build(root);
		expect(refused.code).not.toBe(0);
		expect(refused.output).toContain(`${SOP}\n  9:1     error    review is 82 days overdue`);
		expect(refused.output).toContain(
			'The handbook check found 1 error (1 review/overdue), so the build stops: a handbook with errors is not published.',
		);
		expect(refused.output).not.toMatch(/Stack trace/);
		expect(existsSync(join(root, 'dist', 'index.html'))).toBe(false);

		writeFileSync(join(root, SOP), BASE[SOP]!);
		const built = build(root);
		expect(built.code, built.output).toBe(0);
		// The search index comes after Astro's build has ended, and is scanned in its turn.
		expect(built.output).not.toContain('[starlight:pagefind]');
		const order = [
			'[build] Complete!',
			'[search-index] Building the search index with Pagefind...',
			'No sensitive values in the search index.',
		].map((line) => built.output.indexOf(line));
		expect(
			order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!)),
			built.output,
		).toBe(true);
		expect(existsSync(join(root, 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
		const page = readFileSync(
			join(root, 'dist', 'sops', 'clients', 'acme', 'bill-run', 'index.html'),
			'utf8',
		);
		expect(page).toContain('Acme weekly bill run');
		expect(page).toContain('Ana Silva');
		expect(page).toContain('Ben Ode');
	}, 240_000);

	it('prints warnings and goes on building', () => {
		const root = writeHandbook({
			[SOP]: edit(BASE[SOP]!, 'last_reviewed: 2026-10-01', 'last_reviewed: 2026-08-30'),
		});
		const built = build(root);
		expect(built.code, built.output).toBe(0);
		expect(built.output).toContain('[review/due-soon]');
		expect(
			existsSync(join(root, 'dist', 'sops', 'clients', 'acme', 'bill-run', 'index.html')),
		).toBe(true);
	}, 240_000);
});

describe("Starlight's last build step", () => {
	it('does nothing but write the search index, which npm run build writes after Astro has ended', async () => {
		const { default: starlight } = await import('@astrojs/starlight');
		const hook = starlight({ title: 'Handbook' }).hooks['astro:build:done'];
		expect(String(hook).replace(/\s+/g, ' ')).toBe(
			'async (options) => { if (!userConfig.pagefind) return; return starlightPagefind(options); }',
		);
	});
});

describe('a build that cannot start', () => {
	it.each([
		[
			{ HANDBOOK_TODAY: '2026-13-01' },
			/HANDBOOK_TODAY is "2026-13-01", which is not a calendar date[\s\S]*Set HANDBOOK_TODAY to a date written YYYY-MM-DD/,
		],
		[
			{ HANDBOOK_TODAY: TODAY, HANDBOOK_ROOT: '/nonexistent/handbook' },
			/is not a handbook root: it has no readable src\/content folder[\s\S]*Set HANDBOOK_ROOT to the folder that holds src\/content/,
		],
	])(
		'says why in one message, with no stack trace: %j',
		(env, message) => {
			const out = mkdtempSync(join(tmpdir(), 'handbook-out-'));
			const built = buildSite(out, env);
			expect(built.code).not.toBe(0);
			expect(built.output).toMatch(message);
			expect(built.output).not.toMatch(/Stack trace:\s*\n\s+at /);
			expect(existsSync(join(out, 'index.html'))).toBe(false);
		},
		120_000,
	);
});

describe('sensitive values in a build', () => {
	it('stops the build on an unmarked card number, and publishes one marked safe', () => {
		const unmarked = writeHandbook({
			[SOP]: `${BASE[SOP]!}\nIn the sandbox, pay with 4111 1111 1111 1111.\n`,
		});
		const refused = build(unmarked);
		expect(refused.code).not.toBe(0);
		expect(refused.output).toContain('[sensitive/card-number]');
		expect(refused.output).not.toContain('4111 1111 1111 1111');

		const marked = writeHandbook({
			[SOP]: `${BASE[SOP]!}\n{/* handbook-allow sensitive/card-number: the card networks publish this test number */}\nIn the sandbox, pay with 4111 1111 1111 1111.\n`,
		});
		const built = build(marked);
		expect(built.code, built.output).toBe(0);
		expect(built.output).toContain('No sensitive values in the built pages.');
		expect(built.output).toContain('No sensitive values in the search index.');
		expect(
			readFileSync(join(marked, 'dist/sops/clients/acme/bill-run/index.html'), 'utf8'),
		).toContain('4111 1111 1111 1111');
	}, 240_000);
});

describe('npm run dev', () => {
	it('prints the problems and keeps serving', async () => {
		const root = writeHandbook({
			[SOP]: edit(BASE[SOP]!, 'last_reviewed: 2026-10-01', 'last_reviewed: 2026-06-01'),
		});
		const port = 4400 + Math.floor(Math.random() * 500);
		const [command, args] = astroCommand(['dev', '--port', String(port), '--host', '127.0.0.1']);
		const dev = spawn(command, args, {
			cwd: PROJECT,
			env: astroEnv({ HANDBOOK_ROOT: root, HANDBOOK_TODAY: TODAY }),
		});
		let output = '';
		dev.stdout.on('data', (chunk) => (output += chunk));
		dev.stderr.on('data', (chunk) => (output += chunk));
		try {
			const deadline = Date.now() + 60_000;
			while (!/ready in/.test(output) && Date.now() < deadline && dev.exitCode === null)
				await new Promise((r) => setTimeout(r, 200));
			expect(output).toContain('review is 82 days overdue');
			// The first requests can come before the dev server has built its routes.
			let page = '';
			while (Date.now() < deadline && !page.includes('Acme weekly bill run')) {
				const response = await fetch(`http://127.0.0.1:${port}/sops/clients/acme/bill-run/`).catch(
					() => undefined,
				);
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
