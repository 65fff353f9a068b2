import { describe, expect, it } from 'vitest';
import { runCli as run } from '../support/cli.ts';

/** Each command and the flags its own help must name, besides --root and --today. */
const COMMANDS: [command: string, flags: string[]][] = [
	['check', ['--format', '--warn-days', '--changed', '--base', '--cache', '--cache-location']],
	['review', ['--by', '--date', '--note', '--material']],
	['trained', ['--person', '--date']],
	['import', ['--kind', '--client', '--owner', '--backup', '--approver', '--dry-run', '--format']],
	[
		'new',
		[
			'--id',
			'--title',
			'--summary',
			'--owner',
			'--backup',
			'--trained-on',
			'--approver',
			'--client',
			'--name',
			'--pod',
			'--csa',
			'--backup-csa',
			'--bpa',
			'--platform',
			'--role',
			'--email',
			'--github',
			'--track',
			'--order',
			'--duration',
		],
	],
	['report', ['--format', '--warn-days', '--no-mentions']],
	['notify', ['--issue-url', '--timeout', '--warn-days']],
	['codeowners', []],
	['approvals', ['--changed', '--author', '--reviews', '--base', '--format']],
	['init', ['--firm', '--time-zone', '--supervisor', '--supervisor-name', '--email', '--github']],
];

/** The flags a help lists, each at the start of its own line. */
const flagsIn = (help: string) => [...help.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1]);

describe('help for each command', () => {
	it.each(COMMANDS)(
		'%s --help prints its own usage and names its flags, and exits 0',
		(command, flags) => {
			const { code, stdout, stderr } = run([command, '--help']);
			expect(code).toBe(0);
			expect(stderr).toBe('');
			expect(stdout.split('\n')[0]).toMatch(
				new RegExp(`^Usage: npm run handbook -- ${command}\\b`),
			);
			expect(stdout).not.toContain('Commands:');
			expect(new Set(flagsIn(stdout))).toEqual(new Set([...flags, '--root', '--today']));
			expect(stdout).toMatch(
				new RegExp(`^Examples?:\\n {2}(.* )?npm run handbook -- ${command}\\b`, 'm'),
			);
		},
	);

	it('says rules takes no flags', () => {
		const { code, stdout } = run(['rules', '--help']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Usage: npm run handbook -- rules\n/);
		expect(flagsIn(stdout)).toEqual([]);
		expect(stdout).toContain('It takes no flags.');
	});

	it('prints the same for help <command> and -h', () => {
		const help = run(['review', '--help']).stdout;
		expect(run(['help', 'review']).stdout).toBe(help);
		expect(run(['review', '-h']).stdout).toBe(help);
	});

	it("answers an unknown flag with the command's own usage, not every command's", () => {
		const { code, stdout, stderr } = run(['trained', '--frobnicate']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(
			/^handbook: Unknown option '--frobnicate'.*\n\nUsage: npm run handbook -- trained <sop-id> --person <person-id>/,
		);
		expect(stderr).not.toContain('Commands:');
	});

	it('lists every command with a line on what it does, and how to get its help', () => {
		const { code, stdout } = run(['--help']);
		expect(code).toBe(0);
		const listed = [...stdout.matchAll(/^ {2}([a-z]+) +\S/gm)].map((m) => m[1]);
		expect(listed.sort()).toEqual([...COMMANDS.map(([command]) => command), 'rules'].sort());
		expect(stdout).toContain('npm run handbook -- <command> --help');
	});
});
