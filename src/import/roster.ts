import { parse } from 'csv-parse/sync';
import { stringify } from 'yaml';
import { kindSpec } from '../model/kinds.ts';
import { describeIssues } from '../model/schema-messages.ts';
import type { PlainDate } from '../schemas/date.ts';
import { ID_PATTERN } from '../schemas/id.ts';
import { closest } from '../text/suggest.ts';

/**
 * A roster exported from a spreadsheet: `people.csv` or `clients.csv`, one row per person
 * or client, the columns named after the fields (`id`, `name`, `roles`, `pod`, `email`...).
 * Each row becomes a YAML file, validated by the same schema as the check's.
 */

export type RosterKind = 'person' | 'client';

export interface RosterRow {
	id: string;
	/** The YAML to write. */
	text: string;
}

export interface RosterResult {
	kind: RosterKind;
	rows: RosterRow[];
	/** One line per problem: which row, which column, what is wrong and the fix. */
	errors: string[];
}

/** Fields that hold several values: written in one cell, separated by commas or semicolons. */
const LISTS = new Set(['roles', 'bpas', 'backup_bpas']);

function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Whether the header names a person's or a client's fields; undefined when it names neither. */
export function rosterKind(header: readonly string[]): RosterKind | undefined {
	const columns = new Set(header.map((h) => h.trim().toLowerCase()));
	if (['csa', 'backup_csa', 'platform', 'bpas'].some((c) => columns.has(c))) return 'client';
	if (['roles', 'email', 'github', 'active'].some((c) => columns.has(c))) return 'person';
	return undefined;
}

/** The rows of a roster as files to write, and what is wrong with the others; `today` only words date problems. */
export function readRoster(bytes: Uint8Array, today: PlainDate): RosterResult | { error: string } {
	let records: string[][];
	try {
		records = parse(Buffer.from(bytes), {
			bom: true,
			skip_empty_lines: true,
			trim: true,
			relax_column_count: false,
		});
	} catch (error) {
		return {
			error: `is not a CSV file that can be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); save the sheet again as CSV.`,
		};
	}
	const [header, ...body] = records;
	const kind = header ? rosterKind(header) : undefined;
	if (!header || !kind)
		return {
			error:
				'has no header naming person fields (name, roles, email, ...) or client fields (name, pod, csa, backup_csa, platform, ...); put the field names in the first row.',
		};
	const columns = header.map((h) => h.trim().toLowerCase());
	const spec = kindSpec(kind);
	const known = [
		'id',
		...Object.keys((spec.schema as unknown as { shape: Record<string, unknown> }).shape),
	];
	const errors: string[] = [];
	for (const column of columns) {
		if (!known.includes(column)) {
			const guess = closest(column, known);
			errors.push(
				`row 1, column ${column}: not a ${spec.noun} field, so the column was not read.${guess ? ` Did you mean "${guess}"?` : ` The fields are ${known.join(', ')}.`}`,
			);
		}
	}
	const rows: RosterRow[] = [];
	const seen = new Set<string>();
	body.forEach((record, i) => {
		const line = i + 2;
		const data: Record<string, unknown> = {};
		columns.forEach((column, c) => {
			const value = record[c] ?? '';
			if (value === '' || !known.includes(column) || column === 'id') return;
			if (LISTS.has(column))
				data[column] = value
					.split(/[,;]/)
					.map((v) => v.trim())
					.filter(Boolean);
			else if (column === 'active') data[column] = !/^(false|no|0|n)$/i.test(value);
			else data[column] = value;
		});
		const idCell = record[columns.indexOf('id')];
		const id =
			idCell && columns.includes('id')
				? idCell
				: slug(typeof data['name'] === 'string' ? data['name'] : '');
		if (!ID_PATTERN.test(id))
			return void errors.push(
				`row ${line}, column id: "${id}" is not an id; write lowercase words joined by hyphens, e.g. maria-lopez.`,
			);
		if (seen.has(id))
			return void errors.push(
				`row ${line}, column id: "${id}" is already used by an earlier row; give each ${spec.noun} its own id.`,
			);
		seen.add(id);
		const parsed = spec.schema.safeParse(data, { reportInput: true });
		if (!parsed.success) {
			// The check's own words for each problem, placed on the row and column.
			for (const problem of describeIssues(spec.schema, parsed.error.issues, today)) {
				errors.push(
					`row ${line}, column ${String(problem.path[0] ?? 'name')}: ${problem.message} ${problem.hint.replace(/\s*\n\s*/g, ' ')}`,
				);
			}
			return;
		}
		rows.push({ id, text: `${stringify(data, { lineWidth: 0 }).trimEnd()}\n` });
	});
	return { kind, rows, errors };
}
