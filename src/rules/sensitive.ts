import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FileFinding, describeValue, scanFile, type ScannableFile } from '../sensitive/scan-handbook.ts';
import { redact, type SensitiveRule } from '../sensitive/scan.ts';
import type { Finding } from '../model/diagnostic.ts';
import type { Handbook } from '../model/handbook.ts';
import { parseYaml } from '../model/yaml-source.ts';
import { CONFIG_FILE } from '../paths.ts';
import { type FileWork, type NextStep, type Rule, type RuleContext, type RuleExamples, workOn } from '../engine/rule.ts';
import { count } from '../text/plural.ts';
import { sopBodyWith } from './utils/base-handbook.ts';

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
const sensitiveScan: FileWork<FileFinding[]> = { name: 'sensitive', run: (file) => scanFile(file) };

/**
 * Every sensitive value in the handbook's content files and in its config, as written and
 * as the site renders them (see `scanFile`), and in every file's name.
 */
export function scanHandbookAndConfig(handbook: Handbook, scope?: ReadonlySet<string>): FileFinding[] {
	const config = configFile(handbook.root);
	const findings = config ? scanFile(config) : [];
	for (const file of handbook.files) if (!scope || scope.has(file.path)) findings.push(...workOn(sensitiveScan, file, handbook));
	return findings;
}

function hint(rule: SensitiveRule, tail: string, yaml: boolean): string {
	const masked = tail ? `Keep only the last four digits, e.g. "ending ${tail}" or ****${tail}. ` : 'Remove it and keep it in the password manager. ';
	const marker = yaml ? `# handbook-allow ${rule}: <why this is safe>` : `{/* handbook-allow ${rule}: <why this is safe> */}`;
	return `${masked}If it is truly safe (a published test number), mark the line before it:\n${marker}`;
}

/** Why a marker next to the value did not allow it. */
function markerProblem(f: FileFinding): string {
	if (f.markerWithoutReason) return ' Its handbook-allow marker gives no reason, so it does not count.';
	if (f.markerReasonTooShort) return ' Its handbook-allow marker does not say why in a few words (at least three), so it does not count.';
	return '';
}

const FILE_NAME_HINT = 'Rename the file so its name holds no such value; the name is its address and its entry in handbook.json, so no marker can allow it.';

/** Every sensitive value comes first: it is exposed for as long as it stays. */
const SENSITIVE_VALUES: NextStep = {
	priority: 0,
	advice: (n) =>
		`${count(n, 'sensitive value')} must come out of the handbook before anything else: mask numbers to their last four digits, and remove passwords and keys (they belong in the password manager).`,
};

/** Why a failing example is not printed on the site's rules page. */
const REAL_SHAPED = 'it holds a real-shaped value, which the check of the page itself would report';

function sensitiveRule(id: SensitiveRule, what: string, about: { looksLike: string; why: string; fix?: string; examples: RuleExamples }): Rule {
	return {
		id,
		severity: 'error',
		// The body is read as the build parses it, so these are body rules.
		reads: 'body',
		work: sensitiveScan,
		description: `${what} in a content file or the config, read as the site renders it (frontmatter as parsed, body as the reader sees it, attributes and links included): ${about.looksLike}; masked values are fine.`,
		why: about.why,
		fix:
			about.fix ??
			'Mask it to the last four digits (`ending 4821`, `****4821`); a value that is truly safe passes with a `handbook-allow` marker in a comment on its line or the line before, with a reason of a few words.',
		next: SENSITIVE_VALUES,
		examples: about.examples,
		*check(context): Iterable<Finding> {
			for (const f of sensitiveFindings(context)) {
				if (f.match.rule !== id || f.allowedBecause) continue;
				if (f.inFileName) {
					yield {
						file: f.file,
						line: f.line,
						column: f.column,
						message: `has what looks like ${describeValue(f.match)} in its file name, which is published in the page's address, in handbook.json and in search.`,
						hint: FILE_NAME_HINT,
					};
					continue;
				}
				const yaml = f.file.endsWith('.yaml') || f.file.endsWith('.yml') || (context.handbook.files.find((s) => s.path === f.file)?.bodyLine ?? 0) > f.line;
				yield {
					file: f.file,
					line: f.line,
					column: f.column,
					message: `contains what looks like ${describeValue(f.match)}. The handbook is read by everyone and indexed by search.${markerProblem(f)}`,
					hint: hint(id, f.match.tail, yaml),
				};
			}
		},
		*allowed(context) {
			for (const f of sensitiveFindings(context)) {
				if (f.match.rule === id && f.allowedBecause) yield { rule: id, file: f.file, line: f.line, value: describeValue(f.match), reason: redact(f.allowedBecause) };
			}
		},
	};
}

export const sensitiveRoutingNumber = sensitiveRule('sensitive/routing-number', 'A bank routing number', {
	looksLike: 'nine digits that pass the ABA checksum with a valid Federal Reserve prefix, unless the words before call them something else (invoice, check no., ...)',
	why: "The handbook is read by the whole firm and indexed by search; a client's routing number beside its account number is what a fraudulent debit needs.",
	examples: {
		fails: [{ title: 'a routing number in a step', files: sopBodyWith('Wire to routing number 021000021 at First Harbor Bank.'), unpublished: REAL_SHAPED }],
		passes: [{ title: 'the last four digits only', files: sopBodyWith('Wire to the routing number ending 0021 at First Harbor Bank.') }],
	},
});
export const sensitiveAccountNumber = sensitiveRule('sensitive/account-number', 'A bank account number', {
	looksLike: '6 to 17 digits near account words (account, acct, DDA, checking, savings) or a routing number, or an IBAN that passes its mod-97 check',
	why: "A client's or vendor's bank account number in a page anyone can read and search is bank data exposed; the last four digits identify the account well enough for the work.",
	examples: {
		fails: [{ title: 'an account number in a step', files: sopBodyWith('Deposit refunds into checking account 483920175533.'), unpublished: REAL_SHAPED }],
		passes: [{ title: 'the last four digits only', files: sopBodyWith('Deposit refunds into the checking account ending 5533 (****5533).') }],
	},
});
export const sensitiveCardNumber = sensitiveRule('sensitive/card-number', 'A payment card number', {
	looksLike: "13 to 19 digits, spaces or dashes allowed, with a card network's prefix and a valid Luhn check",
	why: 'A full card number in the handbook is cardholder data in a place not built to hold it; the last four digits identify the card well enough for the work.',
	examples: {
		fails: [{ title: 'a card number in a step', files: sopBodyWith('Pay the renewal with card 4539 1488 0343 6467.'), unpublished: REAL_SHAPED }],
		passes: [
			{ title: 'the last four digits only', files: sopBodyWith('Pay the renewal with the card ending 6467.') },
			{
				title: "a card network's published test number, marked safe with a reason",
				files: sopBodyWith('{/* handbook-allow sensitive/card-number: the card networks publish this test number */}\nIn the sandbox, pay with 4111 1111 1111 1111.'),
				unpublished: 'the page itself would then list the allowed value in every report',
			},
		],
	},
});
export const sensitiveSsn = sensitiveRule('sensitive/ssn', 'A Social Security number', {
	looksLike: 'NNN-NN-NNNN with a valid area, group and serial, or nine digits near SSN words',
	why: "A contractor's Social Security number is what identity theft needs; W-9 details stay in the client's files, never in an SOP.",
	examples: {
		fails: [{ title: 'an SSN in a step', files: sopBodyWith("The contractor's SSN is 219-09-9999."), unpublished: REAL_SHAPED }],
		passes: [{ title: 'masked to the last four digits', files: sopBodyWith("The contractor's SSN ends XXX-XX-9999.") }],
	},
});
export const sensitiveTaxId = sensitiveRule('sensitive/tax-id', 'An EIN or ITIN', {
	looksLike: 'NN-NNNNNNN with an IRS prefix, an ITIN, or nine digits near EIN, TIN or W-9',
	why: "A vendor's EIN or ITIN belongs with its W-9 in the client's files; in the handbook it is taxpayer data open to everyone.",
	examples: {
		fails: [{ title: 'an EIN in a step', files: sopBodyWith('Their EIN: 12-3456789.'), unpublished: REAL_SHAPED }],
		passes: [{ title: 'where to find it instead', files: sopBodyWith("Their EIN is on the W-9 in the client's vendor folder.") }],
	},
});
export const sensitiveSecret = sensitiveRule('sensitive/secret', 'A private key, API token or password', {
	looksLike:
		'a private key block (PEM or PGP), a token in a well-known format (AWS, GitHub, Slack tokens and webhook addresses, Stripe, Google, OpenAI and Anthropic keys, JWT), or a password, token or secret field with a real-looking value',
	why: "A password or API token in the handbook hands a client's bank or accounting login to everyone who can read the page, and to everything that indexes it.",
	fix: 'Remove it and keep it in the password manager; name the entry there instead.',
	examples: {
		fails: [{ title: 'a token in a step', files: sopBodyWith('Use token ghp_abcdefghijklmnopqrstuvwxyz0123456789 for the export.'), unpublished: REAL_SHAPED }],
		passes: [{ title: 'the password manager entry named instead', files: sopBodyWith('Use the "Acme export token" entry in the password manager for the export.') }],
	},
});
