import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCodeowners, CODEOWNERS_PATH } from '../reports/codeowners.ts';
import { loadConfig, loadHandbook } from '../validation/load.ts';
import { resolveToday } from '../validation/today.ts';

/** `codeowners`: writes .github/CODEOWNERS from the owners and approvers. */
export function runCodeowners(args: string[], defaultRoot: string): number {
	const { values } = parseArgs({ args, options: { root: { type: 'string', default: defaultRoot }, today: { type: 'string' } }, strict: true });
	const root = resolve(values.root);
	const { config } = loadConfig(root, '1970-01-01');
	const { today } = resolveToday({ flag: values.today, env: process.env.HANDBOOK_TODAY, timeZone: config.time_zone, now: () => new Date() });
	const { text, missingHandles } = buildCodeowners(loadHandbook(root, config, today));
	const path = join(root, CODEOWNERS_PATH);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	process.stdout.write(`Wrote ${CODEOWNERS_PATH}.\n`);
	if (missingHandles.length > 0) {
		process.stdout.write(`These people have no github handle, so pull requests cannot ask them to review: ${missingHandles.join(', ')}.\nAdd one to their file in src/content/people/, e.g.\ngithub: their-login\n`);
	}
	return 0;
}
