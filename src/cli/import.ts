import { handbookDay } from '../dates/today.ts';
import { reportJson, reportText } from '../import/report.ts';
import { runImport } from '../import/run.ts';
import type { ImportKind } from '../import/to-sop.ts';
import { loadHandbook } from '../model/load.ts';
import { knownIds } from '../model/references.ts';
import { closest } from '../text/suggest.ts';
import { commonOptions, formatFrom, formatOption, parseCommand, rootFrom, todayFrom } from './options.ts';
import { fail } from './usage-error.ts';

export const IMPORT_USAGE =
	'npm run handbook -- import <files|folders|.zip>... [--kind sop|docs|training] [--client ID] [--owner ID --backup ID --approver ID] [--dry-run] [--format pretty|json]';

const FORMATS = ['pretty', 'json'] as const;
const KINDS: Record<string, ImportKind> = { sop: 'sop', docs: 'doc', training: 'training' };

/**
 * `import`: takes a firm's documents in (Word, Google Docs and Confluence exports, wiki
 * Markdown, zips of them, and roster CSVs), one handbook file per document, never over an
 * existing one. Exit 0 when every document was imported, 1 when some were not, 2 when it
 * could not run.
 */
export async function runImportCommand(args: string[], defaultRoot: string): Promise<number> {
	const { values, positionals } = parseCommand(
		args,
		{
			...commonOptions(defaultRoot),
			...formatOption(FORMATS),
			kind: { type: 'string', default: 'sop' },
			client: { type: 'string' },
			owner: { type: 'string' },
			backup: { type: 'string' },
			approver: { type: 'string', multiple: true },
			'dry-run': { type: 'boolean', default: false },
		},
		true,
	);
	if (positionals.length === 0) fail(`import needs the files, folders or .zip archives to read.\nUsage: ${IMPORT_USAGE}`);
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
	for (const [flag, id] of [['owner', values.owner], ['backup', values.backup], ...approvers.map((a) => ['approver', a])] as Array<[string, string | undefined]>) {
		if (id === undefined) continue;
		if (!people.includes(id)) {
			const guess = closest(id, people);
			fail(`--${flag} "${id}" names no person.${guess ? ` Did you mean "${guess}"?` : ' Import the roster first (import people.csv).'}`);
		}
	}
	if (values.client !== undefined) {
		const clients = [...knownIds(handbook, 'client')];
		if (!clients.includes(values.client)) {
			const guess = closest(values.client, clients);
			fail(`--client "${values.client}" names no client.${guess ? ` Did you mean "${guess}"?` : ''}`);
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
		...(terminal ? { progress: (done: number, total: number) => process.stderr.write(`\rImporting ${done} of ${total}${done === total ? '\n' : ''}`) } : {}),
	});
	process.stdout.write(format === 'json' ? reportJson(report) : reportText(report));
	return report.skipped.length > 0 ? 1 : 0;
}
