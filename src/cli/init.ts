import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { checkHandbook } from '../check.ts';
import { handbookDay } from '../dates/today.ts';
import { writeFileInRoot, WriteRefused } from '../editing/safe-write.ts';
import { formatReport } from '../formats/index.ts';
import { KINDS } from '../model/kinds.ts';
import { CONFIG_FILE, SAMPLE_FOLDER } from '../paths.ts';
import { configSchema, isTimeZone } from '../schemas/config.ts';
import { ID_PATTERN } from '../schemas/id.ts';
import { type CommandHelp, commonOptions, parseCommand, rootFrom, todayFrom } from './options.ts';
import { askInTerminal, questionFlags, valuesOf, type Question } from './ask.ts';
import { fail } from './usage-error.ts';

export const INIT_USAGE =
	'npm run handbook -- init --firm "<name>" [--time-zone Area/City] [--supervisor ID --supervisor-name "Full Name"] [--email ADDRESS] [--github HANDLE]';

const QUESTIONS: readonly Question[] = [
	{ flag: 'firm', question: "The firm's name, as the handbook shows it", required: true },
	{
		flag: 'time-zone',
		question: 'The time zone whose calendar decides "today" (e.g. America/Chicago; empty for UTC)',
		required: false,
		refuse: (zone) =>
			isTimeZone(zone)
				? undefined
				: `"${zone}" is not a time zone; write it as Area/City, e.g. America/Chicago or Asia/Kolkata.`,
	},
	{
		flag: 'supervisor',
		question: "The first supervisor's id: lowercase words joined by hyphens (e.g. maria-lopez)",
		required: true,
		refuse: (id) =>
			ID_PATTERN.test(id)
				? undefined
				: `"${id}" is not an id; use lowercase words joined by hyphens, e.g. maria-lopez.`,
	},
	{ flag: 'supervisor-name', question: "The supervisor's full name", required: true },
	{ flag: 'email', question: "The supervisor's work email (empty for none)", required: false },
	{
		flag: 'github',
		question: "The supervisor's GitHub handle, without @ (empty for none)",
		required: false,
		refuse: (handle) =>
			/^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/.test(handle)
				? undefined
				: `"${handle}" is not a GitHub handle; write it without @, e.g. mlopez.`,
	},
];

export const INIT_HELP: CommandHelp = {
	usage: INIT_USAGE,
	about: [
		"Start the firm's own handbook in this project: write handbook.config.yaml, the first supervisor",
		'under src/content/people/, a home page and an empty folder for each kind. Nothing of the sample',
		'is copied. In a terminal it asks for what the flags leave out. It refuses to run where a',
		'handbook already is, and never overwrites a file.',
	].join(' '),
	flags: questionFlags(QUESTIONS),
	examples: [
		'npm run handbook -- init --firm "Harbor Pay" --time-zone America/Chicago --supervisor maria-lopez --supervisor-name "Maria Lopez"',
	],
};

/** The config a new handbook starts with: the firm, its calendar, the roles and review cycles every rule reads, all written out so the firm can see and change them. */
function firmConfig(firm: string, timeZone: string): string {
	const defaults = configSchema.parse({});
	const settings = {
		organisation: firm,
		time_zone: timeZone,
		warn_days: defaults.warn_days,
		roles: defaults.roles,
		role_labels: {
			csa: 'CSA',
			bpa: 'BPA',
			'billing-specialist': 'Billing specialist',
			reconciliation: 'Reconciliation associate',
		},
		review_cycles: defaults.review_cycles,
		sop_sections: defaults.sop_sections,
		material_sections: defaults.material_sections,
		tracks: defaults.tracks,
		retrain_days: defaults.retrain_days,
		coverage_weeks: defaults.coverage_weeks,
		principles: { core: 0, plus_one: 0 },
	};
	return [
		`# ${firm}'s handbook: the settings every rule and page reads. src/schemas/config.ts (and`,
		'# json-schema/config.schema.json in an editor) describes each one.',
		'#',
		'# principles: set core and plus_one to the number of guiding principles once they are',
		'# written in src/content/principles/ (13 and 1 in the sample firm).',
		stringify(settings, { lineWidth: 0 }).trimEnd(),
		'',
	].join('\n');
}

function homePage(firm: string): string {
	return [
		'---',
		`title: ${JSON.stringify(`${firm} Handbook`)}`,
		'---',
		'',
		`The procedures, principles and onboarding of ${firm.replace(/[{}<>]/g, '')}, kept in git and checked on every change.`,
		'',
		'## Where to start',
		'',
		'- Write an SOP with `npm run handbook -- new sop`, or bring in the ones you have with',
		'  `npm run handbook -- import <files>`.',
		'- Add your colleagues with `npm run handbook -- new person`, and your clients with',
		'  `npm run handbook -- new client`.',
		'',
	].join('\n');
}

/**
 * `init`: makes a clone of the tool the firm's own handbook. It writes the config, a first
 * supervisor and a home page into the project, and never overwrites: a project that
 * already has a handbook is refused. The sample stays where it is, in its own folder.
 */
export async function runInit(args: string[], defaultRoot: string): Promise<number> {
	const { values } = parseCommand(args, {
		...commonOptions(defaultRoot),
		...questionFlags(QUESTIONS),
	});
	const root = rootFrom(values.root);
	for (const taken of [CONFIG_FILE, 'src/content']) {
		if (existsSync(join(root, taken)))
			fail(
				`${taken} already exists in ${root}: this project has a handbook of its own, and init never overwrites one.`,
			);
	}
	const answers = new Map<string, string[]>();
	for (const q of QUESTIONS) {
		const given = valuesOf(q, (values as Record<string, string | undefined>)[q.flag]);
		if (given.length > 0) answers.set(q.flag, given);
	}
	if (process.stdin.isTTY && answers.size < QUESTIONS.length)
		await askInTerminal(QUESTIONS, answers);
	const missing = QUESTIONS.filter((q) => q.required && !answers.has(q.flag));
	if (missing.length > 0)
		fail(`init needs ${missing.map((q) => `--${q.flag}`).join(', ')}.\nUsage: ${INIT_USAGE}`);
	for (const q of QUESTIONS) {
		const refused = (answers.get(q.flag) ?? [])
			.map((v) => q.refuse?.(v))
			.find((r) => r !== undefined);
		if (refused) fail(`--${q.flag} ${refused}`);
	}
	const answer = (flag: string) => answers.get(flag)?.[0];
	const firm = answer('firm')!;
	const supervisor = answer('supervisor')!;
	const person = {
		name: answer('supervisor-name')!,
		roles: ['supervisor', 'approver'],
		...(answers.has('email') ? { email: answer('email') } : {}),
		...(answers.has('github') ? { github: answer('github') } : {}),
	};
	const files: [string, string][] = [
		[CONFIG_FILE, firmConfig(firm, answer('time-zone') ?? 'UTC')],
		[`src/content/people/${supervisor}.yaml`, stringify(person, { lineWidth: 0 })],
		['src/content/docs/index.mdx', homePage(firm)],
		// Every other kind's folder, empty for now, so git keeps it and the site finds it.
		...KINDS.filter((k) => k.kind !== 'person' && k.kind !== 'doc').map((k): [string, string] => [
			`src/content/${k.folder}/.gitkeep`,
			'',
		]),
	];
	try {
		for (const [path, text] of files) writeFileInRoot(root, path, text, { create: true });
	} catch (error) {
		if (error instanceof WriteRefused) fail(`init stopped: ${error.message}`);
		throw error;
	}
	for (const [path] of files)
		if (!path.endsWith('.gitkeep')) process.stdout.write(`Wrote ${path}.\n`);
	const { today } = handbookDay(root, todayFrom(values.today));
	const { report } = checkHandbook({ root, today });
	if (report.summary.errors > 0) {
		process.stdout.write(formatReport(report, 'pretty', { color: false }));
		return 1;
	}
	process.stdout.write(
		[
			`${firm}'s handbook is started, and checks clean as of ${today}.`,
			'Next: npm start serves it; add people, clients and SOPs with npm run handbook -- new ..., or import the ones you have.',
			`The sample handbook stays in ${SAMPLE_FOLDER}/ to read and to learn from.`,
			'',
		].join('\n'),
	);
	return 0;
}
