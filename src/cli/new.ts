import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { z } from 'astro/zod';
import {
	idPattern,
	kindSpec,
	newFileExtension,
	referenceAt,
	type KindSpec,
} from '../model/kinds.ts';
import {
	choicesOf,
	fieldAt,
	fieldDocs,
	holdsDate,
	holdsId,
	holdsNumber,
	itemOf,
} from '../schemas/field-docs.ts';
import { knownIds } from '../model/references.ts';
import { writeFileInRoot, WriteRefused } from '../editing/safe-write.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';
import { describeIssues } from '../model/schema-messages.ts';
import { parseYaml } from '../model/yaml-source.ts';
import type { PlainDate } from '../schemas/date.ts';
import { checkHandbook } from '../check.ts';
import type { Handbook } from '../model/handbook.ts';
import { loadHandbook } from '../model/load.ts';
import { formatReport } from '../formats/index.ts';
import { closest } from '../text/suggest.ts';
import { handbookDay } from '../dates/today.ts';
import { type CommandHelp, commonOptions, parseCommand, rootFrom, todayFrom } from './options.ts';
import { askInTerminal, questionFlags, valuesOf, type Question } from './ask.ts';
import { fail } from './usage-error.ts';

/** The kinds `new` can start: a subset of the content kinds. */
type Kind = 'sop' | 'client' | 'person' | 'training';

/** A field `new` asks for. What it asks, and how an answer is written, come from the field's schema. */
interface Field {
	flag: string;
	/**
	 * The schema field it fills, dotted (`backup.person`). The question is the field's `title`
	 * with how to write it: the kind of id it names, its choices, the date form, an example,
	 * whether it takes several. When the schema declares the field a reference, the values
	 * must name existing entries of its kind (and hold its role, when it names one).
	 */
	field: string;
	/** Whether `new` needs it; stricter than the schema where the rules ask for more (an SOP's backup). */
	required: boolean;
	/** What an empty answer means, for a field that is not required; "none" unless said. */
	empty?: string;
	/** Values from a list no schema holds: the tracks the config and the modules name. */
	choices?: 'track';
}

/** What `new` asks first: the file's id, which is its name rather than a field. */
const ID_QUESTIONS: Record<Kind, string> = {
	sop: 'SOP id (its path under sops/, e.g. clients/acme-dental/check-run)',
	client: 'Client id (e.g. acme-dental)',
	person: 'Person id (e.g. maria-lopez)',
	training: 'Module id (its path under training/, e.g. csa/month-end)',
};

const FIELDS: Record<Kind, Field[]> = {
	sop: [
		{ flag: 'title', field: 'title', required: true },
		{ flag: 'summary', field: 'summary', required: false },
		{ flag: 'owner', field: 'owner', required: true },
		{ flag: 'backup', field: 'backup.person', required: true },
		{ flag: 'trained-on', field: 'backup.trained_on', required: false, empty: 'today' },
		{ flag: 'approver', field: 'approvers', required: true },
		{ flag: 'client', field: 'client', required: false, empty: 'a firm-wide SOP' },
	],
	client: [
		{ flag: 'name', field: 'name', required: true },
		{ flag: 'pod', field: 'pod', required: true },
		{ flag: 'csa', field: 'csa', required: true },
		{ flag: 'backup-csa', field: 'backup_csa', required: true },
		{ flag: 'bpa', field: 'bpas', required: false },
		{ flag: 'platform', field: 'platform', required: true },
	],
	person: [
		{ flag: 'name', field: 'name', required: true },
		{ flag: 'role', field: 'roles', required: true },
		{ flag: 'pod', field: 'pod', required: false },
		{ flag: 'email', field: 'email', required: false },
		{ flag: 'github', field: 'github', required: false },
	],
	training: [
		{ flag: 'title', field: 'title', required: true },
		{ flag: 'owner', field: 'owner', required: true },
		{ flag: 'approver', field: 'approvers', required: true },
		{ flag: 'track', field: 'track', required: true, choices: 'track' },
		{ flag: 'order', field: 'order', required: true },
		{ flag: 'duration', field: 'duration_minutes', required: true },
	],
};

/** One thing `new` asks for, as the terminal asks it, with what its schema says of its values. */
interface Asked extends Question {
	many: boolean;
	/** A whole number. */
	number: boolean;
	/** The schema field it fills; none for the id. */
	field?: Field;
	schema?: z.ZodType;
}

/** The schema of the field `field` fills; a field `new` asks for must have one, with a title. */
function schemaOf(spec: KindSpec, field: Field): z.ZodType {
	const schema = fieldAt(spec.schema, field.field.split('.'));
	if (!schema || fieldDocs(schema).title === undefined)
		throw new Error(
			`new ${spec.kind} asks for ${field.field}, but the ${spec.kind} schema gives it no title to ask by.`,
		);
	return schema;
}

/**
 * The question for a field: its title, and in brackets how to write it, from its schema.
 * "Owner (person id)"; a title that already names the kind it refers to takes "id": "Pod id".
 */
function questionFor(spec: KindSpec, field: Field, schema: z.ZodType): string {
	const { title = field.field, examples } = fieldDocs(schema);
	const item = itemOf(schema);
	const one = item ?? schema;
	const ref = referenceAt(spec, field.field);
	const choices = choicesOf(one);
	let label = title;
	const notes: string[] = [];
	// A role is one of the config's names, said by the title ("Roles"), not a file's id.
	if (ref && ref.target !== 'role') {
		if (title.toLowerCase().startsWith(ref.target)) label = `${title} id${item ? 's' : ''}`;
		else notes.push(`${ref.target} id${item ? 's' : ''}`);
	}
	if (choices) notes.push(choices.join(', '));
	if (holdsDate(one)) notes.push('YYYY-MM-DD');
	if (item) notes.push('comma-separated');
	// An example shows the form of an id or a number no other note gives; free text needs none.
	const example = [examples?.[0]]
		.flat()
		.filter((value) => typeof value === 'string' || typeof value === 'number');
	if (!ref && !choices && (holdsId(one) || holdsNumber(one)) && example.length > 0)
		notes.push(`e.g. ${example.join(', ')}`);
	if (!field.required) notes.push(`empty for ${field.empty ?? 'none'}`);
	return notes.length > 0 ? `${label} (${notes.join(', ')})` : label;
}

/** What `new <kind>` asks for, in order: the id, then each field. */
export function questionsFor(kind: Kind): Asked[] {
	const spec = kindSpec(kind);
	return [
		{ flag: 'id', question: ID_QUESTIONS[kind], required: true, many: false, number: false },
		...FIELDS[kind].map((field) => {
			const schema = schemaOf(spec, field);
			return {
				flag: field.flag,
				question: questionFor(spec, field, schema),
				required: field.required,
				many: itemOf(schema) !== undefined,
				number: holdsNumber(schema),
				field,
				schema,
			};
		}),
	];
}

/** What the check's schema would say about the file `new` is about to write, in words. */
function shapeProblems(spec: KindSpec, text: string, today: PlainDate): string[] {
	let yaml = text;
	if (spec.format === 'mdx') {
		const split = splitFrontmatter(text);
		if (split.kind !== 'ok') return ['its frontmatter could not be written.'];
		yaml = split.yaml;
	}
	const parsed = spec.schema.safeParse(parseYaml(yaml, 1).data ?? {}, { reportInput: true });
	return parsed.success
		? []
		: describeIssues(spec.schema, parsed.error.issues, today).map((p) => p.message);
}

export const NEW_USAGE = `npm run handbook -- new sop|client|person|training --id ID [--field value ...]`;

export const NEW_HELP: CommandHelp = {
	usage: NEW_USAGE,
	about: [
		'Start a new file with every required field: an SOP (with its section headings and a first',
		'review entry), a client, a person or a training module. Its fields come from the flags below;',
		'in a terminal it asks for the ones left out. It never overwrites a file, refuses ids that name',
		'no one, and checks the result.',
	].join(' '),
	flags: {},
	groups: (Object.keys(FIELDS) as Kind[]).map((kind) => ({
		title: `new ${kind}`,
		flags: questionFlags(questionsFor(kind)),
	})),
	examples: [
		'npm run handbook -- new person --id sam-okafor --name "Sam Okafor" --role csa --pod pod-east',
		'npm run handbook -- new sop --id clients/acme-dental/check-run --title "Check run" --owner maria-lopez --backup sam-okafor --approver dana-whitfield --client acme-dental',
	],
};

/** The tracks a module may join: those the config names and those modules already use. */
function trackIds(handbook: Handbook): string[] {
	return [
		...new Set([
			...Object.keys(handbook.config.tracks),
			...[...handbook.training.values()].flatMap((t) => t.data.track),
		]),
	];
}

/** What `new` refuses in a field's values: an id of the kind the schema says it names that names nothing, a value not among its choices, or a person without the role the field asks for. */
function refusal(
	handbook: Handbook,
	spec: KindSpec,
	asked: Asked,
	value: string,
): string | undefined {
	const { field, schema } = asked;
	if (!field || !schema) return undefined;
	const ref = referenceAt(spec, field.field);
	const names = ref
		? [...knownIds(handbook, ref.target)]
		: field.choices === 'track'
			? trackIds(handbook)
			: choicesOf(itemOf(schema) ?? schema);
	if (!names) return undefined;
	const what = ref?.target ?? field.choices ?? field.field;
	if (!names.includes(value)) {
		const guess = closest(value, names);
		return `--${asked.flag} "${value}" names no ${what}.${guess ? ` Did you mean "${guess}"?` : ''}`;
	}
	if (
		ref?.holds !== undefined &&
		handbook.config.roles.includes(ref.holds) &&
		!handbook.people.get(value)?.data.roles.includes(ref.holds)
	) {
		return `--${asked.flag} "${value}" does not hold the ${ref.holds} role, which ${field.field} asks for.`;
	}
	return undefined;
}

/** The answers to `new`'s questions, by flag: every value given, in order. */
type Answers = Map<string, string[]>;

function first(answers: Answers, flag: string): string | undefined {
	return answers.get(flag)?.[0];
}

/** `new`: writes a new file with every required field, never over an existing one, and checks it. */
export async function runNew(args: string[], defaultRoot: string): Promise<number> {
	const [kindArg, ...rest] = args;
	const kind = kindFrom(kindArg);
	const fields = questionsFor(kind);
	const { values } = parseCommand(rest, {
		...commonOptions(defaultRoot),
		...questionFlags(fields),
	});
	const root = rootFrom(values.root);
	const { config, today } = handbookDay(root, todayFrom(values.today));
	const handbook = loadHandbook(root, config, { exampleDay: today });
	const answers = await answersTo(kind, fields, values);
	const spec = kindSpec(kind);
	const id = first(answers, 'id')!;
	const trainedOn = refuseWrongAnswers(handbook, spec, kind, fields, answers, today);
	const relative = newFilePath(root, spec, id);
	const text = newFileText(kind, answers, config.sop_sections, today, trainedOn);
	writeNewFile(root, relative, spec, text, today);
	process.stdout.write(`Wrote ${relative}.\n`);
	return checkNewFile(root, today, relative, kind, id);
}

function kindFrom(arg: string | undefined): Kind {
	if (!arg || !(arg in FIELDS))
		fail(`new needs what to create: sop, client, person or training.\nUsage: ${NEW_USAGE}`);
	return arg as Kind;
}

/**
 * The values the flags give, split at commas. In a terminal, it asks for each one left out
 * (an empty answer leaves an optional one out); elsewhere a required one left out is refused.
 */
async function answersTo(
	kind: Kind,
	fields: readonly Asked[],
	flags: Readonly<Record<string, string | string[] | undefined>>,
): Promise<Answers> {
	const answers: Answers = new Map();
	for (const field of fields) {
		const list = valuesOf({ ...field, many: true }, flags[field.flag]);
		if (list.length > 0) answers.set(field.flag, list);
	}
	const missing = () => fields.filter((f) => f.required && !answers.has(f.flag));
	if (missing().length > 0 || (process.stdin.isTTY && answers.size < fields.length)) {
		if (!process.stdin.isTTY)
			fail(
				`new ${kind} needs ${missing()
					.map((f) => `--${f.flag}`)
					.join(', ')}.\nUsage: ${NEW_USAGE}`,
			);
		await askInTerminal(
			fields.map((f) => ({ ...f, many: true })),
			answers,
		);
	}
	return answers;
}

/**
 * Refuses answers the file may not hold: an id that is not one, values `refusal` refuses, a
 * number that is not a whole one from 1, a training day that is not a date. Returns the day
 * the SOP's backup was trained on: the one given, else today.
 */
function refuseWrongAnswers(
	handbook: Handbook,
	spec: KindSpec,
	kind: Kind,
	fields: readonly Asked[],
	answers: Answers,
	today: PlainDate,
): string {
	const id = first(answers, 'id')!;
	if (!idPattern(spec).test(id))
		fail(
			`"${id}" is not an id: use lowercase words joined by hyphens${kind === 'sop' || kind === 'training' ? ', with / between folders' : ''}.`,
		);
	for (const field of fields) {
		for (const value of answers.get(field.flag) ?? []) {
			const refused = refusal(handbook, spec, field, value);
			if (refused) fail(refused);
		}
	}
	for (const field of fields.filter((f) => f.number)) {
		const value = first(answers, field.flag);
		if (value !== undefined && !/^[1-9]\d*$/.test(value))
			fail(`--${field.flag} is "${value}"; give a whole number from 1.`);
	}
	const trainedOn = first(answers, 'trained-on') ?? today;
	if (kind === 'sop' && !/^\d{4}-\d{2}-\d{2}$/.test(trainedOn))
		fail(`--trained-on is "${trainedOn}"; write it as YYYY-MM-DD.`);
	return trainedOn;
}

/** Where the new file goes, from the root; refuses an id that a file already has, under either extension of its kind. */
function newFilePath(root: string, spec: KindSpec, id: string): string {
	const ext = newFileExtension(spec);
	const siblings = ext === '.mdx' ? ['.mdx', '.md'] : ['.yaml', '.yml'];
	const existing = siblings
		.map((e) => join(root, 'src', 'content', spec.folder, `${id}${e}`))
		.find((p) => existsSync(p));
	if (existing)
		fail(
			`${existing.slice(root.length + 1)} already exists; new never overwrites. Choose another id, or edit that file.`,
		);
	const path = join(root, 'src', 'content', spec.folder, `${id}${ext}`);
	return path.slice(root.length + 1).replace(/\\/g, '/');
}

/** The new file's text: its fields as YAML, in a frontmatter fence above the body for an SOP or a module. */
function newFileText(
	kind: Kind,
	answers: Answers,
	sopSections: string[],
	today: PlainDate,
	trainedOn: string,
): string {
	const yaml = stringify(newFields(kind, answers, today, trainedOn), { lineWidth: 0 }).trimEnd();
	const body = newBody(kind, sopSections);
	const text = body === undefined ? `${yaml}\n` : `---\n${yaml}\n---\n\n${body}`;
	// Dates must stay plain YAML dates, not quoted strings the reader has to wonder about.
	return text.replace(/: '(\d{4}-\d{2}-\d{2})'/g, ': $1');
}

/** The section headings an SOP or a module starts with, each to fill in; none for a client or a person. */
function newBody(kind: Kind, sopSections: string[]): string | undefined {
	if (kind === 'client' || kind === 'person') return undefined;
	const headings = kind === 'sop' ? sopSections : ['What you will learn', 'Practice'];
	return headings.map((h) => `## ${h}\n\nTODO: write this section.\n`).join('\n');
}

/** The new file's fields; optional ones only when given. */
function newFields(
	kind: Kind,
	answers: Answers,
	today: PlainDate,
	trainedOn: string,
): Record<string, unknown> {
	const one = (flag: string) => first(answers, flag);
	switch (kind) {
		case 'sop':
			return {
				title: one('title'),
				...(one('summary') ? { summary: one('summary') } : {}),
				owner: one('owner'),
				backup: { person: one('backup'), trained_on: trainedOn },
				approvers: answers.get('approver'),
				...(one('client') ? { client: one('client') } : {}),
				last_reviewed: today,
				// The first version is the first material change: its revision, and what a training before it predates.
				reviews: [{ date: today, by: one('owner'), change: 'material', note: 'First version.' }],
			};
		case 'training':
			return {
				title: one('title'),
				owner: one('owner'),
				approvers: answers.get('approver'),
				last_reviewed: today,
				track: answers.get('track'),
				order: Number(one('order')),
				duration_minutes: Number(one('duration')),
				reviews: [{ date: today, by: one('owner'), note: 'First version.' }],
			};
		case 'client':
			return {
				name: one('name'),
				pod: one('pod'),
				csa: one('csa'),
				backup_csa: one('backup-csa'),
				...(answers.has('bpa') ? { bpas: answers.get('bpa') } : {}),
				platform: one('platform'),
			};
		case 'person':
			return {
				name: one('name'),
				roles: answers.get('role'),
				...(one('pod') ? { pod: one('pod') } : {}),
				...(one('email') ? { email: one('email') } : {}),
				...(one('github') ? { github: one('github') } : {}),
			};
	}
}

/** Writes `text` at `relative`, a new file; refuses, writing nothing, what the check's schema would refuse. */
function writeNewFile(
	root: string,
	relative: string,
	spec: KindSpec,
	text: string,
	today: PlainDate,
): void {
	const problems = shapeProblems(spec, text, today);
	if (problems.length > 0) fail(`${relative} was not written: ${problems.join(' ')}`);
	try {
		writeFileInRoot(root, relative, text, { create: true });
	} catch (error) {
		if (error instanceof WriteRefused) fail(`${relative} was not written: ${error.message}`);
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST')
			fail(
				`${relative} already exists; new never overwrites. Choose another id, or edit that file.`,
			);
		if (code)
			fail(`${relative} could not be written (${code}). Check that you may write to its folder.`);
		throw error;
	}
}

/** Checks the new file: prints its errors and returns 1, or returns 0, for a client after printing the next step. */
function checkNewFile(
	root: string,
	today: PlainDate,
	relative: string,
	kind: Kind,
	id: string,
): number {
	const { report } = checkHandbook({
		root,
		today,
		only: { changed: new Set([relative]), removed: new Set() },
	});
	// A new client has no SOP yet by definition; the next step says to write one.
	report.diagnostics = report.diagnostics.filter(
		(d) => !(kind === 'client' && d.rule === 'client/no-sop'),
	);
	report.summary.errors = report.diagnostics.filter((d) => d.severity === 'error').length;
	if (report.summary.errors > 0) {
		process.stdout.write(formatReport(report, 'pretty', { color: false }));
		return 1;
	}
	if (kind === 'client')
		process.stdout.write(
			`Next: write its SOPs with npm run handbook -- new sop --client ${id} ...\n`,
		);
	return 0;
}
