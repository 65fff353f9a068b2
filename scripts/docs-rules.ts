/**
 * `npm run docs:rules`: writes the rule table of `docs/rules.md` and the sample handbook's rules
 * page from the rules themselves (`src/docs/rules-reference.ts`). `--root DIR` writes the page
 * into another handbook (a firm's own) instead.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
	PROJECT_ROOT,
	RULES_DOC_PATH,
	RULES_PAGE,
	RULES_PAGE_PATH,
	rulesPage,
	withRulesTable,
} from '../src/docs/rules-reference.ts';
import { RULES } from '../src/rules/index.ts';

const { values } = parseArgs({ options: { root: { type: 'string' } } });
if (values.root === undefined) {
	writeFileSync(RULES_DOC_PATH, withRulesTable(readFileSync(RULES_DOC_PATH, 'utf8')));
	writeFileSync(RULES_PAGE_PATH, rulesPage());
	process.stdout.write(
		`Wrote the rule table in docs/rules.md and ${relative(PROJECT_ROOT, RULES_PAGE_PATH)} (${RULES.length} rules).\n`,
	);
} else {
	const page = join(resolve(values.root), RULES_PAGE);
	mkdirSync(dirname(page), { recursive: true });
	writeFileSync(page, rulesPage());
	process.stdout.write(`Wrote ${page} (${RULES.length} rules).\n`);
}
