import { writeFileInRoot, WriteRefused } from '../editing/safe-write.ts';
import { fail } from './usage-error.ts';
import { CODEOWNERS_PATH } from '../paths.ts';
import { buildCodeowners } from '../reports/codeowners.ts';
import { loadHandbook } from '../model/load.ts';
import { type CommandHelp, commonOptions, parseCommand, rootFrom, todayFrom } from './options.ts';
import { handbookDay } from '../dates/today.ts';

export const CODEOWNERS_HELP: CommandHelp = {
	usage: 'npm run handbook -- codeowners [--root DIR] [--today YYYY-MM-DD]',
	about: [
		`Write ${CODEOWNERS_PATH}, so that a pull request touching a document asks its owner and approvers`,
		'(by their github handles) to review it, and one touching the CODEOWNERS file its supervisors.',
		'Once the file exists, check reports it when it is out of date (codeowners/stale).',
	].join(' '),
	flags: {},
	examples: ['npm run handbook -- codeowners'],
};

/** `codeowners`: writes .github/CODEOWNERS from the owners and approvers. */
export function runCodeowners(args: string[], defaultRoot: string): number {
	const { values } = parseCommand(args, commonOptions(defaultRoot));
	const root = rootFrom(values.root);
	const { config, today } = handbookDay(root, todayFrom(values.today));
	const { text, missingHandles } = buildCodeowners(
		loadHandbook(root, config, { exampleDay: today }),
	);
	try {
		writeFileInRoot(root, CODEOWNERS_PATH, text);
	} catch (error) {
		if (error instanceof WriteRefused) fail(`${CODEOWNERS_PATH} was not written: ${error.message}`);
		throw error;
	}
	process.stdout.write(`Wrote ${CODEOWNERS_PATH}.\n`);
	if (missingHandles.length > 0) {
		process.stdout.write(
			`These people have no github handle, so pull requests cannot ask them to review: ${missingHandles.join(', ')}.\nAdd one to their file in src/content/people/, e.g.\ngithub: their-login\n`,
		);
	}
	return 0;
}
