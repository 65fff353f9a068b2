import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { PLATFORMS } from '../schemas/client.ts';
import { idPattern, kindSpec, newFileExtension, referenceAt, type KindSpec } from '../model/kinds.ts';
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
import { askInTerminal, questionFlags, valuesOf } from './ask.ts';
import { fail } from './usage-error.ts';

/** The kinds `new` can start: a subset of the content kinds. */
type Kind = 'sop' | 'client' | 'person' | 'training';

interface Field {
	flag: string;
	question: string;
	required: boolean;
	/** Several values, given as repeated flags or comma-separated. */
	many?: boolean;
	/**
	 * The schema field it fills, dotted (`backup.person`). When the schema declares that
	 * field a reference, the values must name existing entries of its kind (and hold its
	 * role, when it names one): what to check comes from the schema, not from here.
	 */
	field?: string;
	/** Values from a fixed list that is not a content kind. */
	choices?: 'track' | 'platform';
	/** Whole number. */
	number?: boolean;
}

const FIELDS: Record<Kind, Field[]> = {
	sop: [
		{ flag: 'id', question: 'SOP id (its path under sops/, e.g. clients/acme-dental/check-run)', required: true },
		{ flag: 'title', question: 'Title', required: true },
		{ flag: 'summary', question: 'One-sentence summary', required: false },
		{ flag: 'owner', question: 'Owner (person id)', required: true, field: 'owner' },
		{ flag: 'backup', question: 'Cross-trained backup (person id)', required: true, field: 'backup.person' },
		{ flag: 'trained-on', question: 'Day the backup was trained (YYYY-MM-DD, empty for today)', required: false },
		{ flag: 'approver', question: 'Approvers (person ids, comma-separated)', required: true, many: true, field: 'approvers' },
		{ flag: 'client', question: 'Client id (empty for a firm-wide SOP)', required: false, field: 'client' },
	],
	client: [
		{ flag: 'id', question: 'Client id (e.g. acme-dental)', required: true },
		{ flag: 'name', question: 'Client name', required: true },
		{ flag: 'pod', question: 'Pod id', required: true, field: 'pod' },
		{ flag: 'csa', question: 'CSA (person id)', required: true, field: 'csa' },
		{ flag: 'backup-csa', question: 'Backup CSA (person id)', required: true, field: 'backup_csa' },
		{ flag: 'bpa', question: 'BPAs (person ids, comma-separated)', required: false, many: true, field: 'bpas' },
		{ flag: 'platform', question: `Platform (${PLATFORMS.join(', ')})`, required: true, choices: 'platform' },
	],
	person: [
		{ flag: 'id', question: 'Person id (e.g. maria-lopez)', required: true },
		{ flag: 'name', question: 'Full name', required: true },
		{ flag: 'role', question: 'Roles (comma-separated)', required: true, many: true, field: 'roles' },
		{ flag: 'pod', question: 'Pod id (empty for none)', required: false, field: 'pod' },
		{ flag: 'email', question: 'Work email (empty for none)', required: false },
		{ flag: 'github', question: 'GitHub handle (empty for none)', required: false },
	],
	training: [
		{ flag: 'id', question: 'Module id (its path under training/, e.g. csa/month-end)', required: true },
		{ flag: 'title', question: 'Title', required: true },
		{ flag: 'owner', question: 'Owner (person id)', required: true, field: 'owner' },
		{ flag: 'approver', question: 'Approvers (person ids, comma-separated)', required: true, many: true, field: 'approvers' },
		{ flag: 'track', question: 'Tracks (comma-separated, e.g. csa)', required: true, many: true, choices: 'track' },
		{ flag: 'order', question: 'Place in the track (1, 2, ...)', required: true, number: true },
		{ flag: 'duration', question: 'Minutes it takes', required: true, number: true },
	],
};

/** What the check's schema would say about the file `new` is about to write, in words. */
function shapeProblems(spec: KindSpec, text: string, today: PlainDate): string[] {
	let yaml = text;
	if (spec.format === 'mdx') {
		const split = splitFrontmatter(text);
		if (split.kind !== 'ok') return ['its frontmatter could not be written.'];
		yaml = split.yaml;
	}
	const parsed = spec.schema.safeParse(parseYaml(yaml, 1).data ?? {}, { reportInput: true });
	return parsed.success ? [] : describeIssues(spec.schema, parsed.error.issues, today).map((p) => p.message);
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
	groups: (Object.keys(FIELDS) as Kind[]).map((kind) => ({ title: `new ${kind}`, flags: questionFlags(FIELDS[kind]) })),
	examples: [
		'npm run handbook -- new person --id sam-okafor --name "Sam Okafor" --role csa --pod pod-east',
		'npm run handbook -- new sop --id clients/acme-dental/check-run --title "Check run" --owner maria-lopez --backup sam-okafor --approver dana-whitfield --client acme-dental',
	],
};

function choicesOf(handbook: Handbook, choices: NonNullable<Field['choices']>): string[] {
	if (choices === 'platform') return [...PLATFORMS];
	return [...new Set([...Object.keys(handbook.config.tracks), ...[...handbook.training.values()].flatMap((t) => t.data.track)])];
}

/** What `new` refuses in a field's values: an id of the kind the schema says it names that names nothing, or a person without the role the field asks for. */
function refusal(handbook: Handbook, spec: KindSpec, field: Field, value: string): string | undefined {
	const ref = field.field === undefined ? undefined : referenceAt(spec, field.field);
	const names = ref ? [...knownIds(handbook, ref.target)] : field.choices ? choicesOf(handbook, field.choices) : undefined;
	if (!names) return undefined;
	const what = ref?.target ?? field.choices!;
	if (!names.includes(value)) {
		const guess = closest(value, names);
		return `--${field.flag} "${value}" names no ${what}.${guess ? ` Did you mean "${guess}"?` : ''}`;
	}
	if (ref?.holds !== undefined && handbook.config.roles.includes(ref.holds) && !handbook.people.get(value)?.data.roles.includes(ref.holds)) {
		return `--${field.flag} "${value}" does not hold the ${ref.holds} role, which ${field.field} asks for.`;
	}
	return undefined;
}

/** `new`: writes a new file with every required field, never over an existing one, and checks it. */
export async function runNew(args: string[], defaultRoot: string): Promise<number> {
	const [kindArg, ...rest] = args;
	if (!kindArg || !(kindArg in FIELDS)) fail(`new needs what to create: sop, client, person or training.\nUsage: ${NEW_USAGE}`);
	const kind = kindArg as Kind;
	const fields = FIELDS[kind];
	const { values } = parseCommand(rest, {
		...commonOptions(defaultRoot),
		...questionFlags(fields),
	});
	const root = rootFrom(values.root);
	const { config, today } = handbookDay(root, todayFrom(values.today));
	const handbook = loadHandbook(root, config, { exampleDay: today });

	const answers = new Map<string, string[]>();
	for (const field of fields) {
		const list = valuesOf({ ...field, many: true }, (values as Record<string, string | string[] | undefined>)[field.flag]);
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

	const one = (flag: string) => answers.get(flag)?.[0];
	const id = one('id')!;
	const spec = kindSpec(kind);
	const { folder } = spec;
	const ext = newFileExtension(spec);
	if (!idPattern(spec).test(id)) fail(`"${id}" is not an id: use lowercase words joined by hyphens${kind === 'sop' || kind === 'training' ? ', with / between folders' : ''}.`);
	for (const field of fields) {
		for (const value of answers.get(field.flag) ?? []) {
			const refused = refusal(handbook, spec, field, value);
			if (refused) fail(refused);
		}
	}
	for (const field of fields.filter((f) => f.number)) {
		const value = one(field.flag);
		if (value !== undefined && !/^[1-9]\d*$/.test(value)) fail(`--${field.flag} is "${value}"; give a whole number from 1.`);
	}
	const trainedOn = one('trained-on') ?? today;
	if (kind === 'sop' && !/^\d{4}-\d{2}-\d{2}$/.test(trainedOn)) fail(`--trained-on is "${trainedOn}"; write it as YYYY-MM-DD.`);

	const path = join(root, 'src', 'content', folder, `${id}${ext}`);
	const siblings = ext === '.mdx' ? ['.mdx', '.md'] : ['.yaml', '.yml'];
	const existing = siblings.map((e) => join(root, 'src', 'content', folder, `${id}${e}`)).find((p) => existsSync(p));
	if (existing) fail(`${existing.slice(root.length + 1)} already exists; new never overwrites. Choose another id, or edit that file.`);

	const yaml = (data: Record<string, unknown>) => stringify(data, { lineWidth: 0 }).trimEnd();
	const sections = (headings: string[]) => headings.map((h) => `## ${h}\n\nTODO: write this section.\n`).join('\n');
	let text: string;
	switch (kind) {
		case 'sop':
			text = `---\n${yaml({
				title: one('title'),
				...(one('summary') ? { summary: one('summary') } : {}),
				owner: one('owner'),
				backup: { person: one('backup'), trained_on: trainedOn },
				approvers: answers.get('approver'),
				...(one('client') ? { client: one('client') } : {}),
				last_reviewed: today,
				// The first version is the first material change: its revision, and what a training before it predates.
				reviews: [{ date: today, by: one('owner'), change: 'material', note: 'First version.' }],
			})}\n---\n\n${sections(config.sop_sections)}`;
			break;
		case 'training':
			text = `---\n${yaml({
				title: one('title'),
				owner: one('owner'),
				approvers: answers.get('approver'),
				last_reviewed: today,
				track: answers.get('track'),
				order: Number(one('order')),
				duration_minutes: Number(one('duration')),
				reviews: [{ date: today, by: one('owner'), note: 'First version.' }],
			})}\n---\n\n${sections(['What you will learn', 'Practice'])}`;
			break;
		case 'client':
			text = `${yaml({
				name: one('name'),
				pod: one('pod'),
				csa: one('csa'),
				backup_csa: one('backup-csa'),
				...(answers.has('bpa') ? { bpas: answers.get('bpa') } : {}),
				platform: one('platform'),
			})}\n`;
			break;
		case 'person':
			text = `${yaml({
				name: one('name'),
				roles: answers.get('role'),
				...(one('pod') ? { pod: one('pod') } : {}),
				...(one('email') ? { email: one('email') } : {}),
				...(one('github') ? { github: one('github') } : {}),
			})}\n`;
			break;
	}
	// Dates must stay plain YAML dates, not quoted strings the reader has to wonder about.
	text = text.replace(/: '(\d{4}-\d{2}-\d{2})'/g, ': $1');
	const relative = path.slice(root.length + 1).replace(/\\/g, '/');
	// Read the new file back as the check will, and write nothing it would refuse.
	const problems = shapeProblems(spec, text, today);
	if (problems.length > 0) fail(`${relative} was not written: ${problems.join(' ')}`);
	try {
		writeFileInRoot(root, relative, text, { create: true });
	} catch (error) {
		if (error instanceof WriteRefused) fail(`${relative} was not written: ${error.message}`);
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') fail(`${relative} already exists; new never overwrites. Choose another id, or edit that file.`);
		if (code) fail(`${relative} could not be written (${code}). Check that you may write to its folder.`);
		throw error;
	}
	process.stdout.write(`Wrote ${relative}.\n`);
	const { report } = checkHandbook({ root, today, only: { changed: new Set([relative]), removed: new Set() } });
	// A new client has no SOP yet by definition; the next step says to write one.
	report.diagnostics = report.diagnostics.filter((d) => !(kind === 'client' && d.rule === 'client/no-sop'));
	report.summary.errors = report.diagnostics.filter((d) => d.severity === 'error').length;
	if (report.summary.errors > 0) {
		process.stdout.write(formatReport(report, 'pretty', { color: false }));
		return 1;
	}
	if (kind === 'client') process.stdout.write(`Next: write its SOPs with npm run handbook -- new sop --client ${id} ...\n`);
	return 0;
}
