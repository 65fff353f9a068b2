import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { fail } from './usage-error.ts';

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** The flags every command takes: `--root DIR` and `--today YYYY-MM-DD`. */
export function commonOptions(defaultRoot: string) {
	return { root: { type: 'string', default: defaultRoot }, today: { type: 'string' } } as const satisfies OptionSpecs;
}

/** `--format` for a command that prints in `formats`, the first being the default. */
export function formatOption<F extends string>(formats: readonly F[]) {
	return { format: { type: 'string', default: formats[0] } } as const satisfies OptionSpecs;
}

/** `--warn-days N`: days before a due date that count as due soon. */
export const warnDaysOption = { 'warn-days': { type: 'string' } } as const satisfies OptionSpecs;

/** Parses a command's flags strictly; an unknown or malformed flag is a usage error (exit 2). */
export function parseCommand<O extends OptionSpecs>(args: string[], options: O, allowPositionals = false) {
	return parseArgs({ args, options, strict: true, allowPositionals });
}

/** The handbook root from `--root`, absolute. */
export function rootFrom(value: string): string {
	if (value.trim() === '') fail('--root is empty; give the folder that holds src/content.');
	return resolve(value);
}

/** `--today` as given: undefined when absent; an empty value is refused rather than read as "the real date". */
export function todayFrom(value: string | undefined): string | undefined {
	if (value !== undefined && value.trim() === '') fail('--today is empty; give a date as YYYY-MM-DD, or leave the flag out for the real date.');
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
	if (!/^\d+$/.test(value) || days > 366) fail(`--warn-days is "${value}"; give a whole number of days from 0 to 366.`);
	return days;
}
