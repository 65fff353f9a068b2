import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import type { PlainDate } from '../schemas/date.ts';
import { fieldAt, fieldDocs, holdsDate, objectShapeAt } from '../schemas/field-docs.ts';
import { closest, toKebab } from '../text/suggest.ts';
import type { FieldPath } from './yaml-source.ts';

/** A shape problem in words for the author, with the field it belongs to. */
export interface SchemaProblem {
	path: FieldPath;
	message: string;
	hint: string;
}

type AnySchema = z.ZodType;

/** `backup.trained_on`, `reviews[1].date`. */
export function fieldName(path: FieldPath): string {
	let name = '';
	for (const part of path)
		name += typeof part === 'number' ? `[${part}]` : name ? `.${part}` : part;
	return name || 'the frontmatter';
}

function show(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	// Written as JSON piece by piece, and stopped past 60 characters: a YAML alias may stand
	// for a list billions of items large, or one that contains itself, never to be written whole.
	let text = '';
	const write = (v: unknown): void => {
		if (text.length > 60) return;
		if (v instanceof Date) {
			text += JSON.stringify(v.toISOString().slice(0, 10));
		} else if (Array.isArray(v)) {
			text += '[';
			for (let i = 0; i < v.length && text.length <= 60; i++) {
				if (i > 0) text += ',';
				write(v[i] === undefined ? null : v[i]);
			}
			text += ']';
		} else if (typeof v === 'object' && v !== null) {
			text += '{';
			let first = true;
			for (const key in v) {
				if (text.length > 60) break;
				if (!Object.hasOwn(v, key)) continue;
				text += `${first ? '' : ','}${JSON.stringify(key)}:`;
				first = false;
				write((v as Record<string, unknown>)[key]);
			}
			text += '}';
		} else {
			// JSON.stringify gives undefined for undefined, a function or a symbol, which String spells out.
			// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
			text += JSON.stringify(v) ?? String(v);
		}
	};
	write(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function kindOf(value: unknown): string {
	if (value === null) return 'empty';
	if (Array.isArray(value)) return 'a list';
	// The build's YAML reader turns an unquoted date into a date.
	if (value instanceof Date) return 'a date';
	if (typeof value === 'object') return 'a group of fields';
	if (typeof value === 'string') return 'text';
	if (typeof value === 'number') return 'a number';
	if (typeof value === 'boolean') return 'true/false';
	return typeof value;
}

const EXPECTED: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
	date: 'a date',
};

/**
 * The value a pasteable hint shows for the field at `path`: the first example on its schema,
 * or for a date, the example day (today, in a check).
 */
function exampleFor(schema: AnySchema, path: FieldPath, day: string): unknown {
	const field = typeof path[path.length - 1] === 'string' ? fieldAt(schema, path) : undefined;
	if (!field) return '...';
	if (holdsDate(field)) return day;
	return fieldDocs(field).examples?.[0] ?? '...';
}

function yamlLine(key: string | number | undefined, value: unknown): string {
	if (typeof key !== 'string') return stringify([value]).trimEnd();
	return stringify({ [key]: value }).trimEnd();
}

interface ZodIssue {
	code: string;
	path: PropertyKey[];
	message: string;
	input?: unknown;
	expected?: string;
	keys?: string[];
	values?: unknown[];
	format?: string;
	minimum?: number | bigint;
	maximum?: number | bigint;
	origin?: string;
}

/** What a hint writes for a day when it has none to show: the form itself. */
const DAY_FORM = 'YYYY-MM-DD';

/** Turns zod's issues into messages an author can act on; date hints show `exampleDay`, or `YYYY-MM-DD` without one. */
export function describeIssues(
	schema: AnySchema,
	issues: readonly ZodIssue[],
	exampleDay?: PlainDate,
): SchemaProblem[] {
	const day = exampleDay ?? DAY_FORM;
	const problems: SchemaProblem[] = [];
	// A misspelt field also leaves the real one missing; the "did you mean" says it all.
	const renamed = new Set<string>();
	for (const issue of issues) {
		const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
		if (issue.code === 'unrecognized_keys') {
			const known = Object.keys(objectShapeAt(schema, path) ?? {});
			const given = (issue.input ?? {}) as Record<string, unknown>;
			for (const key of issue.keys ?? []) {
				const suggestion = closest(key, known);
				if (suggestion) renamed.add(fieldName([...path, suggestion]));
				problems.push({
					path: [...path, key],
					message: suggestion
						? `unknown field "${key}". Did you mean "${suggestion}"?`
						: `unknown field "${key}".`,
					hint: suggestion
						? `Rename it:\n${yamlLine(suggestion, given[key] ?? exampleFor(schema, [...path, suggestion], day))}`
						: `Remove it, or use one of the known fields: ${known.join(', ')}.`,
				});
			}
			continue;
		}
		problems.push(describeIssue(schema, issue, path, day));
	}
	return problems.filter(
		(p) => !(renamed.has(fieldName(p.path)) && p.message.endsWith(' is missing.')),
	);
}

function describeIssue(
	schema: AnySchema,
	issue: ZodIssue,
	path: FieldPath,
	day: string,
): SchemaProblem {
	const name = fieldName(path);
	const key = path[path.length - 1];
	const field = fieldAt(schema, path);
	const fieldExample = exampleFor(schema, path, day);
	const example = yamlLine(key, fieldExample);
	const value = issue.input;

	if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && value === undefined) {
		return { path, message: `${name} is missing.`, hint: `Add it, e.g.:\n${example}` };
	}
	switch (issue.code) {
		case 'custom':
			return describeCustom(issue.message, path, name, value, day, fieldExample);
		case 'invalid_union':
			if (field && holdsDate(field)) return notADate(path, name, value, day);
			return {
				path,
				message: `${name} is ${show(value)}, which is not a value it accepts.`,
				hint: `Write it like this:\n${example}`,
			};
		case 'invalid_type': {
			const expected = EXPECTED[issue.expected ?? ''] ?? issue.expected ?? 'another kind of value';
			if (issue.expected === 'array' && value !== null && typeof value !== 'object') {
				return {
					path,
					message: `${name} should be a list, not ${kindOf(value)} (${show(value)}).`,
					hint: `Write it as a list:\n${yamlLine(key, [value])}`,
				};
			}
			return {
				path,
				message: `${name} should be ${expected}, not ${kindOf(value)} (${show(value)}).`,
				hint: `Write it like this:\n${example}`,
			};
		}
		case 'invalid_value': {
			const allowed = (issue.values ?? []).map(String);
			const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
			return {
				path,
				message: `${name} is ${show(value)}; it must be one of ${allowed.join(', ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
				hint: yamlLine(key, suggestion ?? allowed[0]),
			};
		}
		case 'invalid_format': {
			if (issue.message === 'not-an-id' || issue.message === 'not-a-document-id') {
				const fixed = typeof value === 'string' ? toKebab(value) : '';
				return {
					path,
					message: `${name} is ${show(value)}, which is not an id. Ids are lowercase words joined by hyphens, the file name without its extension.`,
					hint: yamlLine(key, fixed || fieldExample),
				};
			}
			if (issue.message === 'needs-path') {
				return {
					path,
					message: `${name} is ${show(value)}, which has no {path} for the file's path.`,
					hint: yamlLine(key, fieldExample),
				};
			}
			if (issue.message === 'not-plain-text') {
				/* eslint-disable no-control-regex -- control characters are exactly what this refuses or removes */
				const cleaned =
					typeof value === 'string' ? value.replace(/[<>\u0000-\u001f\u007f]/g, '').trim() : '';
				/* eslint-enable no-control-regex */
				return {
					path,
					message: `${name} is ${show(value)}, which holds < or > or a control character. Names and titles are plain text on one line.`,
					hint: yamlLine(key, cleaned || fieldExample),
				};
			}
			if (issue.message === 'not-a-web-address') {
				return {
					path,
					message: `${name} is ${show(value)}, which is not a web address. Only https:// and http:// addresses are used, never javascript: or data:.`,
					hint: yamlLine(key, fieldExample),
				};
			}
			if (issue.message === 'not-a-currency') {
				return {
					path,
					message: `${name} is ${show(value)}, which is not a currency code. Write its three capital letters (ISO 4217), as on a bank statement.`,
					hint: yamlLine(
						key,
						typeof value === 'string' && /^[a-z]{3}$/i.test(value)
							? value.toUpperCase()
							: fieldExample,
					),
				};
			}
			if (issue.message === 'not-a-period') {
				return {
					path,
					message: `${name} is ${show(value)}, which is not a period. Write a quarter, 2026-Q3, or a month, 2026-09.`,
					hint: yamlLine(key, fieldExample),
				};
			}
			if (issue.message === 'not-an-email') {
				return {
					path,
					message: `${name} is ${show(value)}, which is not an email address.`,
					hint: yamlLine(key, fieldExample),
				};
			}
			return {
				path,
				message: `${name} is ${show(value)}, which is not a GitHub handle.`,
				hint: yamlLine(key, fieldExample),
			};
		}
		case 'too_small':
			if (issue.origin === 'array') {
				return {
					path,
					message: `${name} is empty; it needs at least ${issue.minimum} entr${issue.minimum === 1 ? 'y' : 'ies'}.`,
					hint: example,
				};
			}
			if (issue.origin === 'string') {
				return { path, message: `${name} is empty.`, hint: example };
			}
			return {
				path,
				message: `${name} is ${show(value)}; the smallest allowed is ${issue.minimum}.`,
				hint: yamlLine(key, Number(issue.minimum)),
			};
		case 'too_big':
			return {
				path,
				message: `${name} is ${show(value)}; the largest allowed is ${issue.maximum}.`,
				hint: yamlLine(key, Number(issue.maximum)),
			};
		default:
			return { path, message: `${name} is ${show(value)}: ${issue.message}.`, hint: example };
	}
}

function notADate(path: FieldPath, name: string, value: unknown, day: string): SchemaProblem {
	const key = path[path.length - 1];
	return {
		path,
		message: `${name} is ${show(value)}, which is not a calendar date.`,
		hint: `Write the day as YYYY-MM-DD, e.g.:\n${yamlLine(key, day)}`,
	};
}

function describeCustom(
	code: string,
	path: FieldPath,
	name: string,
	value: unknown,
	day: string,
	fieldExample: unknown,
): SchemaProblem {
	switch (code) {
		case 'not-a-date':
			return notADate(path, name, value, day);
		case 'superseded-needs-retired':
			return {
				path,
				message: `superseded_by is set (${show(value)}) but status is not retired.`,
				hint: 'A replaced SOP is withdrawn: set\nstatus: retired\nor remove superseded_by.',
			};
		case 'plus-one-with-order':
			return {
				path,
				message: `order is ${show(value)} on the +1 principle.`,
				hint: 'Remove order; the +1 principle has only\nplus_one: true',
			};
		case 'principle-needs-order':
			return {
				path,
				message:
					'a principle needs either order (its number among the core principles) or plus_one: true.',
				hint: 'Add one of:\norder: 1\nplus_one: true',
			};
		case 'answer-out-of-range':
			return {
				path,
				message: `answer is ${show(value)}, but the options are counted from 0 and there are fewer.`,
				hint: 'Give the position of the right option, counting from 0:\nanswer: 0',
			};
		case 'not-a-time-zone':
			return {
				path,
				message: `${name} is ${show(value)}, which is not a time zone name.`,
				hint: `Use an IANA name:\n${yamlLine(path[path.length - 1], fieldExample)}`,
			};
		default:
			return {
				path,
				message: `${name} is ${show(value)}: ${code}.`,
				hint: yamlLine(path[path.length - 1], fieldExample),
			};
	}
}
