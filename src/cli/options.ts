import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fail } from './usage-error.ts';

/**
 * A flag as a command declares it: how `node:util`'s `parseArgs` reads it, and what the
 * command's `--help` says of it. One declaration, so a flag cannot be read without being
 * described.
 */
export interface Flag {
	type: 'string' | 'boolean';
	default?: string | boolean | string[];
	/** Given more than once, or comma-separated where the command says so. */
	multiple?: boolean;
	/** How its value is written in the help: `DIR`, `YYYY-MM-DD`, `pretty|json`; none for a switch. */
	value?: string;
	/** What it does, in a line or two, for `--help`. */
	help: string;
}

export type Flags = Readonly<Record<string, Flag>>;

/** What `<command> --help` prints: how it is typed, what it does, its flags and an example. */
export interface CommandHelp {
	/** The whole command line, as typed: `npm run handbook -- review <document-id> --by <person-id> ...`. */
	usage: string;
	/** What it does and what it changes, in a few sentences. */
	about: string;
	/** Its own flags, in the order the help lists them (`--root` and `--today` follow, as every command takes them). */
	flags: Flags;
	/** Flags that depend on a first word, as `new sop` and `new client` take different fields: one group each. */
	groups?: readonly { title: string; flags: Flags }[];
	/** Commands to type as they are, the handbook root being this project's. */
	examples: readonly string[];
	/** A command that reads no flags at all (`rules`) leaves out the common ones. */
	noCommonFlags?: boolean;
}

/** `--root` and `--today`: every command takes them. */
const COMMON_FLAGS = {
	root: {
		type: 'string',
		value: 'DIR',
		help: 'The handbook root, the folder that holds src/content (default: this project).',
	},
	today: {
		type: 'string',
		value: 'YYYY-MM-DD',
		help: 'The day to judge the handbook on (default: HANDBOOK_TODAY, else the real date in the configured time zone).',
	},
} as const satisfies Flags;

/** The flags every command takes: `--root DIR` and `--today YYYY-MM-DD`. */
export function commonOptions(defaultRoot: string) {
	return {
		root: { ...COMMON_FLAGS.root, default: defaultRoot },
		today: COMMON_FLAGS.today,
	} as const satisfies Flags;
}

/** `--format` for a command that prints in `formats`, the first being the default. */
export function formatOption<F extends string>(formats: readonly [F, ...F[]], help: string) {
	return {
		format: { type: 'string', default: formats[0], value: formats.join('|'), help },
	} as const satisfies Flags;
}

/** `--warn-days N`: days before a due date that count as due soon. */
export const warnDaysOption = {
	'warn-days': {
		type: 'string',
		value: 'N',
		help: 'Days before a due date that count as due soon (default: warn_days in the config, 14 unless it says otherwise).',
	},
} as const satisfies Flags;

/** Parses a command's flags strictly; an unknown or malformed flag is a usage error (exit 2). */
export function parseCommand<O extends Flags>(
	args: string[],
	options: O,
	allowPositionals = false,
) {
	return parseArgs({ args, options, strict: true, allowPositionals });
}

/** How wide the help is, and where flags' descriptions start. */
const WIDTH = 100;
const COLUMN = 26;

/** `text` in lines of at most `width` characters, broken between words. */
function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line !== '' && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line === '' ? word : `${line} ${word}`;
	}
	return [...lines, line];
}

/** Each flag with its value and what it does; a flag too long for the column has its words on the next line. */
function flagLines(flags: Flags): string[] {
	return Object.entries(flags).flatMap(([name, flag]) => {
		const left = `  --${name}${flag.value ? ` ${flag.value}` : ''}`;
		const [first = '', ...rest] = wrap(flag.help, WIDTH - COLUMN);
		const indent = ' '.repeat(COLUMN);
		const head =
			left.length + 2 <= COLUMN ? [`${left.padEnd(COLUMN)}${first}`] : [left, `${indent}${first}`];
		return [...head, ...rest.map((line) => `${indent}${line}`)];
	});
}

/** A command's `--help`, from its declaration. */
export function helpText(help: CommandHelp): string {
	const lines = [`Usage: ${help.usage}`, '', ...wrap(help.about, WIDTH)];
	for (const group of help.groups ?? [])
		lines.push('', `${group.title}:`, ...flagLines(group.flags));
	const flags = help.noCommonFlags ? help.flags : { ...help.flags, ...COMMON_FLAGS };
	if (Object.keys(flags).length === 0) lines.push('', 'It takes no flags.');
	else lines.push('', help.groups ? 'And with any of them:' : 'Flags:', ...flagLines(flags));
	lines.push(
		'',
		help.examples.length === 1 ? 'Example:' : 'Examples:',
		...help.examples.map((e) => `  ${e}`),
	);
	return `${lines.join('\n')}\n`;
}

/** The handbook root from `--root`, absolute. */
export function rootFrom(value: string): string {
	if (value.trim() === '') fail('--root is empty; give the folder that holds src/content.');
	return resolve(value);
}

/** `--today` as given: undefined when absent; an empty value is refused rather than read as "the real date". */
export function todayFrom(value: string | undefined): string | undefined {
	if (value !== undefined && value.trim() === '')
		fail('--today is empty; give a date as YYYY-MM-DD, or leave the flag out for the real date.');
	return value;
}

/** `--format`, one of `formats`. */
export function formatFrom<F extends string>(value: string | undefined, formats: readonly F[]): F {
	const format = (value ?? formats[0]) as F;
	if (!formats.includes(format)) fail(`--format is "${value}"; use one of ${formats.join(', ')}.`);
	return format;
}

/** `--warn-days`, a whole number of days from 0 to 366, or undefined for the config's window. */
export function warnDaysFrom(value: string | undefined): number | undefined {
	if (value === undefined) return undefined;
	const days = Number(value);
	if (!/^\d+$/.test(value) || days > 366)
		fail(`--warn-days is "${value}"; give a whole number of days from 0 to 366.`);
	return days;
}
