import { handbookDay } from '../dates/today.ts';
import { reportJson, reportText } from '../import/report.ts';
import { runImport } from '../import/run.ts';
import type { ImportKind } from '../import/to-sop.ts';
import { loadHandbook } from '../model/load.ts';
import { knownIds } from '../model/references.ts';
import { closest } from '../text/suggest.ts';
import {
	type CommandHelp,
	commonOptions,
	formatFrom,
	formatOption,
	parseCommand,
	rootFrom,
	todayFrom,
} from './options.ts';
import { fail } from './usage-error.ts';

export const IMPORT_USAGE =
	'npm run handbook -- import <files|folders|.zip>... [--kind sop|docs|training] [--client ID] [--owner ID --backup ID --approver ID] [--dry-run] [--format pretty|json]';

const FORMATS = ['pretty', 'json'] as const;
const KINDS: Record<string, ImportKind> = { sop: 'sop', docs: 'doc', training: 'training' };

const IMPORT_FLAGS = {
	kind: {
		type: 'string',
		default: 'sop',
		value: 'sop|docs|training',
		help: 'What the documents become: SOPs (default), general pages under docs/imported/, or training modules (drafts).',
	},
	client: {
		type: 'string',
		value: 'ID',
		help: 'File the SOPs under this client: sops/clients/<client>/... (default: sops/firm/).',
	},
	owner: {
		type: 'string',
		value: 'ID',
		help: 'The owner every imported document names; without owner, backup and approvers it stays a draft.',
	},
	backup: {
		type: 'string',
		value: 'ID',
		help: 'The cross-trained backup every imported SOP names.',
	},
	approver: {
		type: 'string',
		multiple: true,
		value: 'ID',
		help: 'An approver every imported document names; give the flag once per approver.',
	},
	'dry-run': {
		type: 'boolean',
		default: false,
		help: 'Write nothing; report what would be written.',
	},
	...formatOption(
		FORMATS,
		'pretty (what was written, masked and dropped, and what each document still needs) or json.',
	),
} as const;

export const IMPORT_HELP: CommandHelp = {
	usage: IMPORT_USAGE,
	about: [
		'Take documents in as SOPs: .docx (Word, Google Docs), .html (Google Docs, Confluence exports),',
		'.md (wiki exports) and .zip archives of them; people.csv or clients.csv write person or client',
		'files. One file per document, never over an existing one; sections are filed under the',
		'configured headings, bank and card numbers are masked, and a document that lacks an owner,',
		'a backup, approvers or a section stays a draft. Exit code 0: all imported; 1: some were not.',
	].join(' '),
	flags: IMPORT_FLAGS,
	examples: [
		'npm run handbook -- import ~/Downloads/procedures.zip --owner maria-lopez --backup sam-okafor --approver dana-whitfield --dry-run',
	],
};

/**
 * `import`: takes a firm's documents in (Word, Google Docs and Confluence exports, wiki
 * Markdown, zips of them, and roster CSVs), one handbook file per document, never over an
 * existing one. Exit 0 when every document was imported, 1 when some were not, 2 when it
 * could not run.
 */
export async function runImportCommand(args: string[], defaultRoot: string): Promise<number> {
	const { values, positionals } = parseCommand(
		args,
		{ ...commonOptions(defaultRoot), ...IMPORT_FLAGS },
		true,
	);
	if (positionals.length === 0)
		fail(`import needs the files, folders or .zip archives to read.\nUsage: ${IMPORT_USAGE}`);
	const format = formatFrom(values.format, FORMATS);
	const kind = KINDS[values.kind];
	if (!kind) fail(`--kind is "${values.kind}"; use sop, docs or training.`);
	const root = rootFrom(values.root);
	const { config, today } = handbookDay(root, todayFrom(values.today));
	const handbook = loadHandbook(root, config, { exampleDay: today });
	const approvers = (values.approver ?? [])
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
	const people = [...knownIds(handbook, 'person')];
	for (const [flag, id] of [
		['owner', values.owner],
		['backup', values.backup],
		...approvers.map((a) => ['approver', a]),
	] as Array<[string, string | undefined]>) {
		if (id === undefined) continue;
		if (!people.includes(id)) {
			const guess = closest(id, people);
			fail(
				`--${flag} "${id}" names no person.${guess ? ` Did you mean "${guess}"?` : ' Import the roster first (import people.csv).'}`,
			);
		}
	}
	if (values.client !== undefined) {
		const clients = [...knownIds(handbook, 'client')];
		if (!clients.includes(values.client)) {
			const guess = closest(values.client, clients);
			fail(
				`--client "${values.client}" names no client.${guess ? ` Did you mean "${guess}"?` : ''}`,
			);
		}
	}
	const terminal = process.stderr.isTTY && format === 'pretty';
	const report = await runImport(positionals, {
		root,
		config,
		today,
		kind,
		client: values.client,
		owner: values.owner,
		backup: values.backup,
		approvers,
		dryRun: values['dry-run'],
		...(terminal
			? {
					progress: (done: number, total: number) =>
						process.stderr.write(`\rImporting ${done} of ${total}${done === total ? '\n' : ''}`),
				}
			: {}),
	});
	process.stdout.write(format === 'json' ? reportJson(report) : reportText(report));
	return report.skipped.length > 0 ? 1 : 0;
}
