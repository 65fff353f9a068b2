import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FileFinding, scanFile, type ScannableFile } from '../../sensitive/scan-handbook.ts';
import type { Handbook } from '../../model/handbook.ts';
import { parseYaml } from '../../model/yaml-source.ts';
import { CONFIG_FILE } from '../../paths.ts';
import { type FileWork, type RuleContext, workOn } from '../../engine/rule.ts';

/** One scan per check, shared by the six sensitive rules. */
const cache = new WeakMap<RuleContext, FileFinding[]>();

export function sensitiveFindings(context: RuleContext): FileFinding[] {
	let found = cache.get(context);
	if (!found) cache.set(context, (found = scanHandbookAndConfig(context.handbook, context.scope)));
	return found;
}

/** The handbook's config as the scan reads it: its values reach every page (`edit_url`, the organisation's name). */
function configFile(root: string): ScannableFile | undefined {
	let text: string;
	try {
		text = readFileSync(join(root, CONFIG_FILE), 'utf8');
	} catch {
		return undefined;
	}
	const yaml = parseYaml(text, 1);
	return { path: CONFIG_FILE, text, yaml: yaml.problems.length === 0 ? yaml : undefined };
}

/**
 * The scan of one content file: it depends on that file alone, so `check --cache` keeps it
 * for a file that has not changed, and its body need not be parsed again.
 */
export const sensitiveScan: FileWork<FileFinding[]> = {
	name: 'sensitive',
	run: (file) => scanFile(file),
};

/**
 * Every sensitive value in the handbook's content files and in its config, as written and
 * as the site renders them (see `scanFile`), and in every file's name.
 */
export function scanHandbookAndConfig(
	handbook: Handbook,
	scope?: ReadonlySet<string>,
): FileFinding[] {
	const config = configFile(handbook.root);
	const findings = config ? scanFile(config) : [];
	for (const file of handbook.files)
		if (!scope || scope.has(file.path)) findings.push(...workOn(sensitiveScan, file, handbook));
	return findings;
}
