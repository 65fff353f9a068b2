import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { BASE, edit, SOP, TODAY, writeHandbook } from '../support/handbook.ts';

/** What would make a pull-request comment do something: a tag, a mention, a link. */
const HOSTILE =
	'<img src=x onerror=alert(1)> @someone [click](/evil) https://evil.example www.evil.example';

/** The tags the formatters write themselves: a line break in a cell, and monospace for a name that cannot be a code span. */
const OURS = /^(<br>|<\/?code>)$/;

/** The Markdown as a git host parses it (GitHub-flavoured), and what in it is live. */
function live(markdown: string): {
	html: string[];
	links: string[];
	code: string[];
	mentions: string[];
} {
	const found = {
		html: [] as string[],
		links: [] as string[],
		code: [] as string[],
		mentions: [] as string[],
	};
	type Node = { type: string; value?: unknown; url?: unknown; children?: Node[] };
	const stack = [markdownToMdast(markdown, { features: { gfm: true } }) as Node];
	while (stack.length > 0) {
		const node = stack.pop()!;
		const value = typeof node.value === 'string' ? node.value : '';
		if (node.type === 'html' && !OURS.test(value)) found.html.push(value);
		if (node.type === 'link' || node.type === 'image') found.links.push(String(node.url));
		if (node.type === 'inlineCode') found.code.push(value);
		if (node.type === 'text' && value.includes('@someone')) found.mentions.push(value);
		stack.push(...(node.children ?? []));
	}
	return found;
}

describe('check --format markdown keeps text from content as text', () => {
	it('quotes a bad YAML line holding a backtick, a tag and a mention, and a rejected title, without any of them going live', () => {
		const root = writeHandbook({
			'src/content/people/ben-ode.yaml': `name: a\` ${HOSTILE}: [\nroles: [csa]\n`,
			[SOP]: edit(BASE[SOP]!, 'title: Acme weekly bill run', `title: "Acme \`x\` ${HOSTILE} | y"`),
		});
		const { code, stdout } = runCli([
			'check',
			'--root',
			root,
			'--today',
			TODAY,
			'--format',
			'markdown',
		]);
		expect(code).toBe(1);
		expect(stdout).toContain('yaml/syntax');
		expect(stdout).toContain('frontmatter/schema');
		const found = live(stdout);
		expect(found.html).toEqual([]);
		expect(found.links).toEqual([]);
		expect(found.mentions).toEqual([]);
		// Code spans are only the places and the rule ids the formatter writes: no quoted text broke out of one.
		expect(found.code.every((c) => /^(src\/[\w./-]+:\d+|[a-z-]+\/[a-z-]+)$/.test(c))).toBe(true);
		// Each finding stays one table row of five cells.
		for (const row of stdout.split('\n').filter((l) => l.startsWith('| ❌')))
			expect(row.split(/(?<!\\)\|/)).toHaveLength(7);
	});

	it('writes a file name holding a backtick, a tag and a mention as text, in the check and in the weekly report', () => {
		const hostile = 'src/content/sops/clients/acme/a` <img src=x onerror=alert(1)> @someone.mdx';
		const root = writeHandbook({
			[hostile]: edit(BASE[SOP]!, 'last_reviewed: 2026-10-01', 'last_reviewed: 2026-08-25'),
		});
		const check = runCli(['check', '--root', root, '--today', TODAY, '--format', 'markdown']);
		expect(check.stdout).toContain('onerror');
		const report = runCli(['report', '--root', root, '--today', TODAY]);
		expect(report.code).toBe(0);
		expect(report.stdout).toContain('onerror');
		for (const markdown of [check.stdout, report.stdout]) {
			const found = live(markdown);
			expect(found.html).toEqual([]);
			expect(found.links).toEqual([]);
			expect(found.mentions).toEqual([]);
		}
	});
});

describe('a closed standard output', () => {
	/** Runs the command with its standard output closed before it writes, as `| head -c 0` does. */
	async function withClosedOutput(
		args: string[],
	): Promise<{ code: number | null; stderr: string }> {
		const cli = join(import.meta.dirname, '..', '..', 'scripts', 'handbook.ts');
		const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.destroy();
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
		const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
		return { code, stderr };
	}

	it('ends check quietly, with no stack trace, and the exit code still says what the check found', async () => {
		expect(
			await withClosedOutput([
				'check',
				'--root',
				writeHandbook(),
				'--today',
				TODAY,
				'--format',
				'json',
			]),
		).toEqual({ code: 0, stderr: '' });
		const overdue = writeHandbook({
			[SOP]: edit(BASE[SOP]!, 'last_reviewed: 2026-10-01', 'last_reviewed: 2026-06-01'),
		});
		expect(
			await withClosedOutput(['check', '--root', overdue, '--today', TODAY, '--format', 'json']),
		).toEqual({ code: 1, stderr: '' });
	});
});
