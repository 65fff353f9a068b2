import { createHash } from 'node:crypto';
import {
	abaChecksum,
	abaPrefix,
	cardPrefix,
	einValid,
	ibanValid,
	itinValid,
	luhn,
	ssnValid,
} from './checksums.ts';
import { normalise, originalSpan } from './normalise.ts';

export const SENSITIVE_RULES = [
	'sensitive/routing-number',
	'sensitive/account-number',
	'sensitive/card-number',
	'sensitive/ssn',
	'sensitive/tax-id',
	'sensitive/secret',
] as const;
export type SensitiveRule = (typeof SENSITIVE_RULES)[number];

/** A sensitive value found in text. It never carries the value itself, only its last four characters. */
export interface SensitiveMatch {
	rule: SensitiveRule;
	/** Offset and length of the value in the scanned text. */
	index: number;
	length: number;
	/** What it looks like, in words: "a bank routing number", "a GitHub token". */
	kind: string;
	/** The last four digits (numbers) or nothing (secrets): all a message may show. */
	tail: string;
	/** A one-way hash of the value, to recognise it again elsewhere without keeping it. */
	fingerprint: string;
}

const fingerprint = (value: string) =>
	createHash('sha256').update(value).digest('hex').slice(0, 16);

const ROUTING_CONTEXT = /\b(routing|aba|rtn|r\/t|transit|wire|wires|ach|bank|direct deposit)\b/;
const ACCOUNT_CONTEXT = /\b(accounts?|accts?|a\/c|dda|checking|savings|iban|deposit)\b|acct#|acc#/;
const CARD_CONTEXT = /\b(cards?|visa|mastercard|amex|american express|discover|diners|jcb|cc)\b/;
const SSN_CONTEXT = /\b(ssn|ss#|social security|soc\.? sec)\b/;
const TAX_CONTEXT =
	/\b(ein|fein|itin|tin|tax ?id|taxpayer|employer identification|federal id|w-?9|w-?8)\b/;
const NAMED = [ROUTING_CONTEXT, ACCOUNT_CONTEXT, CARD_CONTEXT, SSN_CONTEXT, TAX_CONTEXT];
/** Words that, right before a number, say what else it is. */
const OTHER_NUMBER =
	/\b(invoice|inv|bill|bills|po|p\.o\.|order|matter|claim|case|ticket|check|cheque|txn|transaction|ref|reference|confirmation|conf|tracking|phone|tel|fax|mobile|cell|zip|postcode|vendor id|customer|batch|run|lot|sku|item|receipt|deposit slip|journal|je|qbo|entry|page|room|suite|ext|extension|policy|load|job|project|docket|file|memo|payment id|employee (?:id|no\.?|number|#)|vendor id|customer id)\s*(no\.?|number|#|id|:)?\s*[:#]?\s*$/;
/** Other numbers that can run to 13-19 digits; a check or invoice number never does, so neither hides a card. */
const LONG_NUMBER =
	/\b(order|claim|txn|transaction|ref|reference|confirmation|conf|tracking|policy|payment id|journal|docket)\s*(no\.?|number|#|id|:)?\s*[:#]?\s*$/;

/** Lower-cased text around a match: some words before, a few after. */
function around(
	text: string,
	start: number,
	end: number,
	before = 60,
	after = 30,
): { before: string; after: string; near: string } {
	const b = text.slice(Math.max(0, start - before), start).toLowerCase();
	const a = text.slice(end, end + after).toLowerCase();
	return { before: b, after: a, near: `${b} ${a}` };
}

/** The last few words right before a match: what the author called this number. */
function label(text: string, start: number): string {
	return text.slice(Math.max(0, start - 24), start).toLowerCase();
}

/**
 * Links: a document, article or issue id in an address is not a bank detail
 * (`#gid=710529923`, `?pageId=123456789`), unless the key right before it says it is one.
 */
const LINK =
	/\b(?:[a-z][a-z0-9+.-]{1,15}:\/\/|www\.)[^\s<>"'`()[\]{}|\\^]+|\]\([^)\s]+|\b(?:href|src)=["'][^"']+/gi;

/** The links in a text, found once and only when a number needs them. */
class Links {
	readonly text: string;
	#spans: Array<[number, number]> | undefined;
	constructor(text: string) {
		this.text = text;
	}

	get spans(): Array<[number, number]> {
		if (!this.#spans) {
			this.#spans = /:\/\/|www\.|\]\(|href=|src=/i.test(this.text)
				? [...this.text.matchAll(LINK)].map((m) => [m.index, m.index + m[0].length])
				: [];
		}
		return this.#spans;
	}

	/** The link that holds offset `at`, if any. */
	around(at: number): [number, number] | undefined {
		return this.spans.find(([s, e]) => at >= s && at < e);
	}
}

/** How a number is read: in prose, in a link, or in a file name. */
type Where = 'text' | 'link' | 'path';

/** What the author called the number right before it, and whether that says it is something else. */
interface Naming {
	/** The last few words before it, lower-cased. */
	named: string;
	/** The wider sentence around it. */
	near: string;
	/** Called another kind of number (invoice, check, transaction...), or given as a bare `#123` or `id=123`. */
	other: boolean;
	/** Called another kind of number that can be as long as a card number. */
	long: boolean;
}

function naming(text: string, start: number, end: number, where: Where, links: Links): Naming {
	if (where === 'link') {
		// In an address only the key right before the number says what it is: `?routing=...`.
		const link = links.around(start)!;
		const key =
			/([a-z_]+)[^a-z_]*$/
				.exec(text.slice(link[0], start).toLowerCase())?.[1]
				?.replace(/_/g, ' ') ?? '';
		return { named: key, near: key, other: !NAMED.some((c) => c.test(key)), long: false };
	}
	// In a file path a name says what a number is only within its own folder or file name.
	const named = where === 'path' ? label(text, start).split('\n').pop()! : label(text, start);
	const near = where === 'path' ? named : around(text, start, end).near;
	const keyed = /[#=]\s*$/.test(named) && !NAMED.some((c) => c.test(named));
	return { named, near, other: keyed || OTHER_NUMBER.test(named), long: LONG_NUMBER.test(named) };
}

// Groups of digits joined by single spaces or dashes (4111 1111, 021-000-021), or by dots
// when there are three groups or more (5555.5555.5555.4444; not an amount like 1234567.89).
const NUMBER_RUN =
	/(?=\d)(?<![A-Za-z0-9_.,/$€£@-])(?:\d+(?:\.\d+){2,}|\d+(?:[ -]\d+)*)(?![A-Za-z0-9_]|[.,]\d)/g;
const SEPARATOR = /[ .-]/;

/** The ways card numbers are printed: 4-4-4-4 (and 4-4-4-4-3), Amex 4-6-5, Diners 4-6-4. */
function cardGrouping(groups: number[]): boolean {
	if (groups.length === 1) return true;
	const shape = groups.join();
	return (
		shape === '4,6,5' ||
		shape === '4,6,4' ||
		groups.every((g, i) => g === 4 || (i === groups.length - 1 && g >= 1 && g <= 4))
	);
}

const isYear = (group: string) => /^(19|20)\d\d$/.test(group);

/** A number that starts a segment of a link's path (`/accounts/987654321012`): the key before it is the segment before. */
const PATH_NUMBER = /(?<=\/)\d+(?:[ -]\d+)*(?![A-Za-z0-9_]|[.,]\d)/g;

/**
 * A label glued to its number (`acct987654321012`, `ACCT_987654321012_2026.pdf`): the
 * number is read as if the label stood before it with a space.
 */
const GLUED_NUMBER =
	/(?<![A-Za-z])(accounts?|acct|acc|routing|aba|rtn|iban|cards?|visa|amex|ssn|ein|itin|tin|dda|checking|savings)[_#:.-]?(\d{6,19})(?!\d)/gi;

const RARE_SHAPE = /[A-Za-z_./-]\d{6}|\d{6}[A-Za-z_]/;

/** What every glued number has: six digits touching a letter, `_`, `.` or `-`. */
const GLUED_HINT = /[A-Za-z_.-]\d{6}|\d{6}[A-Za-z_]/;

function scanNumbers(text: string, out: SensitiveMatch[], where: Where): void {
	const links = new Links(where === 'text' ? text : '');
	scanRuns(text, out, where, links);
	if (where !== 'text') return;
	// Numbers that open a segment of a link's path, judged by the segment before them.
	// Both passes below need six digits touching a letter, `_`, `.`, `-` or `/`: most text has none.
	if (!RARE_SHAPE.test(text)) return;
	if (/\/\d{6}/.test(text)) {
		for (const [start, end] of links.spans) {
			const link = text.slice(start, end);
			for (const match of link.matchAll(PATH_NUMBER))
				scanRun(text, start + match.index, match[0], 'link', links, out);
		}
	}
	if (!GLUED_HINT.test(text)) return;
	for (const match of text.matchAll(GLUED_NUMBER)) {
		const digitsAt = match.index + match[0].length - match[2]!.length;
		// Where the plain scan stops: a letter, `_`, `.` or `-` right before the digits, or a letter or `_` right after.
		const glued =
			/[A-Za-z_.-]/.test(text[digitsAt - 1]!) ||
			/[A-Za-z_]/.test(text[digitsAt + match[2]!.length] ?? '');
		if (!glued || links.around(match.index)) continue;
		// The label and the number alone, as a sentence: `acct 987654321012`.
		const label = `${match[1]!} `;
		const found: SensitiveMatch[] = [];
		scanRuns(label + match[2]!, found, 'text', new Links(''));
		for (const m of found) out.push({ ...m, index: m.index - label.length + digitsAt });
	}
}

function scanRuns(text: string, out: SensitiveMatch[], where: Where, links: Links): void {
	for (const match of text.matchAll(NUMBER_RUN)) {
		const raw = match[0];
		// Fewer than six characters hold fewer than six digits: most numbers in a page.
		if (raw.length < 6) continue;
		const parts = raw.split(SEPARATOR);
		const digits = parts.join('');
		if (digits.length < 6) continue;
		const groups = parts.map((g) => g.length);
		// Dates, phone numbers and the like: no shape that could be sensitive.
		const inFours =
			groups.length >= 3 && groups.every((g, i) => g === 4 || (i === groups.length - 1 && g < 4));
		if (
			digits.length < 13 &&
			!groups.some((g) => g >= 6) &&
			!inFours &&
			!/\d{3}([ .-])\d\d\1\d{4}/.test(raw)
		)
			continue;
		const start = match.index;
		scanRun(text, start, raw, links.around(start) ? 'link' : where, links, out);
	}
}

/** The groups of one run of digits, each with its offset in the text. */
interface Group {
	text: string;
	start: number;
	/** The separator before it ('' for the first). */
	before: string;
}

function splitRun(raw: string, start: number): Group[] {
	const groups: Group[] = [];
	let offset = 0;
	let before = '';
	for (const piece of raw.split(/([ .-])/)) {
		if (SEPARATOR.test(piece) && piece.length === 1) {
			before = piece;
			offset += 1;
			continue;
		}
		groups.push({ text: piece, start: start + offset, before });
		offset += piece.length;
	}
	return groups;
}

function scanRun(
	text: string,
	runStart: number,
	raw: string,
	where: Where,
	links: Links,
	out: SensitiveMatch[],
): void {
	const all = splitRun(raw, runStart);
	const emit = (rule: SensitiveRule, kind: string, from: number, to: number) => {
		const first = all[from]!;
		const last = all[to - 1]!;
		const value = all
			.slice(from, to)
			.map((g) => g.text)
			.join('');
		out.push({
			rule,
			index: first.start,
			length: last.start + last.text.length - first.start,
			kind,
			tail: value.slice(-4),
			fingerprint: fingerprint(value),
		});
	};
	// Whole shapes first (a card, an SSN, an EIN), then the same shapes inside a longer run
	// (`Invoice 10234 4111 1111 1111 1111`: the invoice number and the card are written
	// side by side), then each group on its own.
	const taken = new Array<boolean>(all.length).fill(false);
	const runNaming = naming(text, runStart, runStart + raw.length, where, links);
	const sizes = all.map((g) => g.text.length);
	const before = digitCounts(sizes);
	for (const [from, to] of shapeWindows(all.length)) {
		if (!couldBeShape(sizes, before, from, to)) continue;
		if (taken.slice(from, to).includes(true)) continue;
		const shape = judgeShape(
			text,
			all.slice(from, to),
			where,
			links,
			from === 0 && to === all.length ? undefined : runNaming,
		);
		if (!shape) continue;
		if (shape !== 'something else') emit(shape.rule, shape.kind, from, to);
		taken.fill(true, from, to);
	}
	if (!taken.includes(false)) return;
	// A grouped account number: `Checking 1234 5678 9012 3456`.
	const inFours =
		all.length >= 3 && sizes.every((size, i) => size === 4 || (i === all.length - 1 && size < 4));
	if (!taken.includes(true) && inFours && !all.every((g) => isYear(g.text))) {
		const n = runNaming;
		if (
			before[all.length]! <= 17 &&
			ACCOUNT_CONTEXT.test(n.named) &&
			!ROUTING_CONTEXT.test(n.named) &&
			!CARD_CONTEXT.test(n.named) &&
			!n.other
		) {
			emit('sensitive/account-number', 'a bank account number', 0, all.length);
			return;
		}
	}
	// Each group on its own: bank details are written as plain digit runs.
	for (let i = 0; i < all.length; i++) {
		if (taken[i]) continue;
		const part = all[i]!;
		if (part.text.length < 6) continue;
		const partStart = part.start;
		const n = naming(text, partStart, partStart + part.text.length, where, links);
		const one = (rule: SensitiveRule, kind: string) => emit(rule, kind, i, i + 1);
		const calledAccount = ACCOUNT_CONTEXT.test(n.named) && !ROUTING_CONTEXT.test(n.named);
		if (part.text.length === 9 && !calledAccount) {
			const value = part.text;
			const aba = abaChecksum(value) && abaPrefix(value);
			const kinds: [RegExp, boolean, SensitiveRule, string][] = [
				[SSN_CONTEXT, ssnValid(value), 'sensitive/ssn', 'a Social Security number'],
				[
					TAX_CONTEXT,
					einValid(value) || itinValid(value),
					'sensitive/tax-id',
					itinValid(value) ? 'an ITIN' : 'an EIN',
				],
				[ROUTING_CONTEXT, aba, 'sensitive/routing-number', 'a bank routing number'],
			];
			// What the author called the number decides first; the wider sentence only when
			// the author did not call it something else ("transaction 021000021 ... bank").
			const chosen =
				kinds.find(([context, valid]) => valid && context.test(n.named)) ??
				(n.other ? undefined : kinds.find(([context, valid]) => valid && context.test(n.near)));
			if (chosen) {
				one(chosen[2], chosen[3]);
				continue;
			}
			if (aba && !n.other && where === 'text') {
				one('sensitive/routing-number', 'a bank routing number');
				continue;
			}
		}
		if (
			part.text.length <= 17 &&
			!n.other &&
			(ACCOUNT_CONTEXT.test(n.near) || (where === 'text' && nearRouting(out, partStart)))
		) {
			one('sensitive/account-number', 'a bank account number');
		}
	}
}

/** How many digits come before each group, and in all: `counts[to] - counts[from]` digits in a window. */
function digitCounts(sizes: number[]): number[] {
	const counts = [0];
	for (const size of sizes) counts.push(counts[counts.length - 1]! + size);
	return counts;
}

/** Whether groups `[from, to)` have a value's shape by their sizes alone: 3-2-4, 2-7, or 13-19 digits. */
function couldBeShape(sizes: number[], counts: number[], from: number, to: number): boolean {
	const digits = counts[to]! - counts[from]!;
	if (digits >= 13 && digits <= 19) return true;
	if (to - from === 3) return sizes[from] === 3 && sizes[from + 1] === 2 && sizes[from + 2] === 4;
	return to - from === 2 && sizes[from] === 2 && sizes[from + 1] === 7;
}

/** The whole run, then every window of up to five groups (the most any value shape has), longest first. */
function* shapeWindows(count: number): Generator<[number, number]> {
	yield [0, count];
	for (let from = 0; from < count; from++) {
		for (let to = Math.min(count, from + 5); to > from; to--)
			if (to - from < count) yield [from, to];
	}
}

/**
 * Whether a run of groups is, by its shape and checksum, a card number, an SSN or an EIN;
 * 'something else' when its shape says it is none of them (an invoice number written like
 * an EIN), so its groups are not read one by one. `run` is how the whole run was named,
 * when these groups are only part of it.
 */
function judgeShape(
	text: string,
	groups: Group[],
	where: Where,
	links: Links,
	run?: Naming,
): { rule: SensitiveRule; kind: string } | 'something else' | undefined {
	const whole = run === undefined;
	const digits = groups.map((g) => g.text).join('');
	const lengths = groups.map((g) => g.text.length);
	const shape = lengths.join();
	const ssnShape = shape === '3,2,4';
	const einShape = shape === '2,7';
	if (!ssnShape && !einShape && (digits.length < 13 || digits.length > 19)) return undefined;
	const seps = groups.slice(1).map((g) => g.before);
	const sameSeparator = seps.every((s) => s === seps[0]);
	const start = groups[0]!.start;
	const last = groups[groups.length - 1]!;
	const n = naming(text, start, last.start + last.text.length, where, links);

	if (ssnShape && sameSeparator) {
		// An employee number written like an SSN is an SSN: only other kinds of number hide one.
		const other = n.other && !/employee/.test(n.named);
		if (itinValid(digits)) return { rule: 'sensitive/tax-id', kind: 'an ITIN' };
		if (ssnValid(digits) && (seps[0] === '-' || SSN_CONTEXT.test(n.near)) && !other)
			return { rule: 'sensitive/ssn', kind: 'a Social Security number' };
		return 'something else';
	}
	if (einShape && (seps[0] === '-' || TAX_CONTEXT.test(n.named))) {
		return einValid(digits) && !n.other
			? { rule: 'sensitive/tax-id', kind: 'an EIN' }
			: 'something else';
	}
	if (ssnShape || einShape || !luhn(digits)) return undefined;
	const calledCard = CARD_CONTEXT.test(n.named);
	// A 16-digit number called a card is one even when its issuer is not in the table.
	if (!cardPrefix(digits) && !(calledCard && whole && digits.length >= 15)) return undefined;
	// Written in card groups, or called a card: `Card 41111111 1111 1111` is one too.
	if (!(cardGrouping(lengths) && sameSeparator) && !(calledCard && whole)) return undefined;
	// A long account number can pass the card checks by chance; what it is called decides.
	if (ACCOUNT_CONTEXT.test(n.named) && !CARD_CONTEXT.test(n.near)) return undefined;
	if (!calledCard) {
		// Only a long id written as one run hides a card; a number printed in card groups is one.
		if (groups.length === 1 && n.long) return undefined;
		// A tracking number printed in fours has card-sized stretches inside it.
		if (run?.long) return undefined;
		if (where === 'link') return undefined;
		// Bare ids in file names run to 13 and 14 digits; cards there are 15 or more.
		if (where === 'path' && digits.length < 15) return undefined;
	}
	return { rule: 'sensitive/card-number', kind: 'a payment card number' };
}

/** Whether a routing number was found within a short distance before `at`. */
function nearRouting(found: SensitiveMatch[], at: number): boolean {
	// Found in order of position: look back only as far as the distance allows.
	for (let i = found.length - 1; i >= 0; i--) {
		const m = found[i]!;
		if (m.index <= at - 80) break;
		if (m.rule === 'sensitive/routing-number' && m.index !== at && Math.abs(at - m.index) < 80)
			return true;
	}
	return false;
}

/** Well-known token formats; `hint` is a plain substring every such token contains, for a cheap first look. */
const TOKENS: { kind: string; hint: RegExp; pattern: RegExp; random?: boolean }[] = [
	// Its dashes may have become an em and an en dash (smart punctuation), as the reader sees them.
	{
		kind: 'a private key',
		hint: /PRIVATE KEY/,
		pattern: /-*BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-*/g,
	},
	{
		kind: 'an OpenAI API key',
		hint: /sk-/,
		pattern: /\bsk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}|[A-Za-z0-9]{40,})/g,
		random: true,
	},
	{
		kind: 'an Anthropic API key',
		hint: /sk-ant-/,
		pattern: /\bsk-ant-[A-Za-z0-9_-]{20,}/g,
		random: true,
	},
	{
		kind: 'a Slack webhook',
		hint: /hooks\.slack\.com/,
		pattern: /\bhooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]{20,}/g,
	},
	{ kind: 'an AWS access key', hint: /AKIA|ASIA/, pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
	{
		kind: 'a GitHub token',
		hint: /gh[pousr]_|github_pat_/,
		pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/g,
	},
	{ kind: 'a Slack token', hint: /xox[abposr]-/, pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
	{ kind: 'a Stripe secret key', hint: /_live_/, pattern: /\b(?:sk|rk)_live_[A-Za-z0-9]{16,}\b/g },
	{ kind: 'a Google API key', hint: /AIza/, pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
	{
		kind: 'a signed token (JWT)',
		hint: /eyJ/,
		pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
	},
];

/** Every token's hint at once: most text holds none, and is read once instead of once a token. */
const ANY_TOKEN = new RegExp(TOKENS.map((t) => t.hint.source).join('|'));

// The word must stand alone (not `password-protect-a-pdf`, `about-secret-scanning` or
// `secret-scan.png`, which name pages and files) and be followed by what assigns a value.
const ASSIGNMENT =
	/(p(?:ass(?:word|wd|code|phrase)?|wd|w)|token|secret|(?:api|client|access)[ _-]?(?:key|secret))(?:\s*(?::|=>|=)|\s+(?:is|was)\s|\s+-\s)\s*["'`]?([^\s"'`<>]{6,})/gi;
/** Glued to what comes before it, the word is part of a name: `my-password`, `/password-reset`. */
const GLUED = /[A-Za-z0-9/.\\-]/;
/** Short words that are also ordinary English ("pass: 3", "first pass: reconcile"): only `pass:` or `pw=` with a mixed value counts. */
const WEAK = /^(pass|pw)$/i;
const PLACEHOLDER =
	/^(\*+|x+|•+|\.{3,}|redacted|hidden|masked|example|placeholder|none|n\/a|null|changeit|stored|saved|kept|shared|managed|rotated|required|set|reset|in|the|our|your|their|a|an|see|per|from|via|1password|lastpass|bitwarden|keeper|vault|\$\{.*\}|\{\{.*\}\}|%.*%)$/i;

/** Whether a value after "password:" looks like a real one rather than words or a placeholder. */
function realLooking(value: string): boolean {
	const clean = value.replace(/[.,;:!?)\]]+$/, '');
	if (
		clean.length < 8 ||
		PLACEHOLDER.test(clean) ||
		/^[a-z]+$/.test(clean) ||
		/^[A-Z][a-z]+$/.test(clean)
	)
		return false;
	const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((c) => c.test(clean)).length;
	return classes >= 2 || clean.length >= 16;
}

/** A password named a few words before its value: `Password for the Chase portal: Summer2024!x`. */
const NAMED_PASSWORD =
	/\b(pass(?:word|code|phrase)|passwd)((?:[ \t]+[\w'&.@-]+){1,6}?)[ \t]*(?::|=|[ \t]is[ \t])[ \t]*["'`]?([^\s"'`<>]{6,})/gi;

function scanSecrets(text: string, out: SensitiveMatch[]): void {
	const anyToken = ANY_TOKEN.test(text);
	for (const { kind, hint, pattern, random } of TOKENS) {
		if (!anyToken || !hint.test(text)) continue;
		for (const match of text.matchAll(pattern)) {
			// A key is random: digits and both cases. `sk-proj-onboarding-checklist` is a page name.
			if (
				random &&
				!(/\d/.test(match[0]) && /[A-Z]/.test(match[0]) && /[a-z]/.test(match[0].slice(3)))
			)
				continue;
			out.push({
				rule: 'sensitive/secret',
				index: match.index,
				length: match[0].length,
				kind,
				tail: '',
				fingerprint: fingerprint(match[0]),
			});
		}
	}
	const tokens = out.filter((m) => m.rule === 'sensitive/secret');
	for (const match of text.matchAll(ASSIGNMENT)) {
		if (match.index > 0 && GLUED.test(text[match.index - 1]!)) continue;
		const word = match[1]!;
		const written = match[2]!;
		if (!realLooking(written)) continue;
		// A sentence's comma or full stop is not part of the value; "!" and "?" often are.
		const value = written.replace(/[.,;)\]]+$/, '');
		if (
			WEAK.test(word) &&
			(!/[:=]/.test(match[0].slice(word.length)) || !/\d/.test(value) || !/[A-Za-z]/.test(value))
		)
			continue;
		const at = match.index + match[0].length - written.length;
		if (tokens.some((m) => m.index <= at && at < m.index + m.length)) continue;
		const noun = /^(pass|passwd|pwd|pw)$/i.test(word)
			? 'password'
			: word.toLowerCase().replace(/[ _-]/g, ' ');
		const kind = `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
		out.push({
			rule: 'sensitive/secret',
			index: at,
			length: value.length,
			kind,
			tail: '',
			fingerprint: fingerprint(value),
		});
	}
	if (!/pass/i.test(text)) return;
	for (const match of text.matchAll(NAMED_PASSWORD)) {
		if (match.index > 0 && GLUED.test(text[match.index - 1]!)) continue;
		const written = match[3]!;
		if (!realLooking(written) || !/\d/.test(written)) continue;
		const value = written.replace(/[.,;)\]]+$/, '');
		const at = match.index + match[0].length - written.length;
		if (out.some((m) => m.rule === 'sensitive/secret' && m.index <= at && at < m.index + m.length))
			continue;
		out.push({
			rule: 'sensitive/secret',
			index: at,
			length: value.length,
			kind: 'a password',
			tail: '',
			fingerprint: fingerprint(value),
		});
	}
}

/** An IBAN: a country, two check digits and up to 30 letters and digits, written as one word or grouped in fours. */
const IBAN = /\b[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?)\b/gi;

function scanIbans(text: string, out: SensitiveMatch[]): void {
	if (!/[A-Z]{2}\d\d/i.test(text)) return;
	for (const match of text.matchAll(IBAN)) {
		// A grouped IBAN may have taken a short word after it (`... 7034 then`) as its last group.
		let candidate = match[0];
		for (let tries = 0; tries < 3 && candidate.length >= 15; tries++) {
			const value = candidate.replace(/ /g, '').toUpperCase();
			if (ibanValid(value)) {
				out.push({
					rule: 'sensitive/account-number',
					index: match.index,
					length: candidate.length,
					kind: 'an IBAN',
					tail: value.slice(-4),
					fingerprint: fingerprint(value),
				});
				break;
			}
			if (!candidate.includes(' ')) break;
			candidate = candidate.slice(0, candidate.lastIndexOf(' '));
		}
	}
}

/** Right-to-left overrides and embeddings, and where each ends: the reader sees what they hold reversed. */
const RTL_OPEN = /[\u202B\u202E\u2067]/;

/**
 * `text` as a reader sees it where a right-to-left override holds digits: an override
 * (U+202E) shows its characters in reverse, and an embedding or isolate (U+202B, U+2067)
 * shows its words in reverse order. Same length, so offsets mirror within each span.
 */
function visualOrder(text: string): { text: string; spans: Array<[number, number]> } | undefined {
	if (!RTL_OPEN.test(text)) return undefined;
	const spans: Array<[number, number]> = [];
	let out = '';
	let cursor = 0;
	for (const open of text.matchAll(/[\u202B\u202E\u2067]/g)) {
		if (open.index < cursor) continue;
		const start = open.index + 1;
		const closer = open[0] === '\u2067' ? /[\u2069\n]/g : /[\u202C\n]/g;
		closer.lastIndex = start;
		const end = closer.exec(text)?.index ?? text.length;
		const inner = text.slice(start, end);
		const shown =
			open[0] === '\u202E'
				? Array.from(inner).reverse().join('')
				: inner.split(/(\s+)/).reverse().join('');
		out += text.slice(cursor, start) + shown;
		spans.push([start, end]);
		cursor = end;
	}
	return { text: out + text.slice(cursor), spans };
}

/** Matches found in normalised text, placed back on the text as written. */
function scanOnce(text: string, where: Where): SensitiveMatch[] {
	const normal = normalise(text);
	const found: SensitiveMatch[] = [];
	if (where === 'text') scanIbans(normal.text, found);
	const ibans = found.length;
	scanNumbers(normal.text, found, where);
	// The digits of an IBAN are not also a number of their own.
	if (ibans > 0) {
		const spans = found.slice(0, ibans);
		const numbers = found
			.splice(ibans)
			.filter(
				(m) => !spans.some((s) => m.index < s.index + s.length && s.index < m.index + m.length),
			);
		found.push(...numbers);
	}
	if (where === 'text') scanSecrets(normal.text, found);
	return found.map((m) => ({ ...m, ...originalSpan(normal, m.index, m.index + m.length) }));
}

/** Matches in `text` as written and, where right-to-left controls reorder it, as the reader sees it. */
function scan(text: string, where: Where): SensitiveMatch[] {
	const found = scanOnce(text, where);
	const visual = visualOrder(text);
	if (visual) {
		for (const m of scanOnce(visual.text, where)) {
			const span = visual.spans.find(([s, e]) => m.index < e && s < m.index + m.length);
			// Inside a reversed span, the value stands mirrored in the text as written.
			const placed =
				span && m.index >= span[0] && m.index + m.length <= span[1]
					? { ...m, index: span[0] + span[1] - (m.index + m.length) }
					: m;
			if (!found.some((f) => f.rule === placed.rule && f.fingerprint === placed.fingerprint))
				found.push(placed);
		}
	}
	return found.sort((a, b) => a.index - b.index);
}

/** Every sensitive value in `text`, in order of position. */
export function scanText(text: string): SensitiveMatch[] {
	return scan(text, 'text');
}

/**
 * Sensitive values in a file path (`sops/4111-1111-1111-1111.mdx`, `wire-021000021.mdx`):
 * a file name is published in the page's address, in `handbook.json` and in search.
 * Only a value named as one or shaped as one counts; a bare id in a name is just an id.
 */
export function scanPath(path: string): SensitiveMatch[] {
	// Same length, so offsets stay true: the path's punctuation read as spaces between words.
	const words = path.replace(/[/\\]/g, '\n').replace(/_|\.(?!\d)|(?<!\d)\.|-(?!\d)|(?<!\d)-/g, ' ');
	return scan(words, 'path');
}

/** Digits, joined by single separators, that are shaped like a value whatever the words around them. */
const VALUE_SHAPE = /\d+(?:[ .-]\d+)*/g;

/**
 * Spans of `text` to mask whatever the words around them say: a group of nine or more
 * digits, an SSN or EIN shape, a run of 13-19 digits that passes the Luhn check in a card
 * grouping. A quoted line may be cut short or lose the word that named the value; masking
 * these shapes too keeps every message free of full values.
 */
function valueShapes(text: string): Array<{ index: number; length: number; tail: string }> {
	const spans: Array<{ index: number; length: number; tail: string }> = [];
	for (const match of text.matchAll(VALUE_SHAPE)) {
		const groups = splitRun(match[0], match.index);
		const push = (from: number, to: number) => {
			const first = groups[from]!;
			const last = groups[to - 1]!;
			const value = groups
				.slice(from, to)
				.map((g) => g.text)
				.join('');
			spans.push({
				index: first.start,
				length: last.start + last.text.length - first.start,
				tail: value.slice(-4),
			});
		};
		const sizes = groups.map((g) => g.text.length);
		const counts = digitCounts(sizes);
		for (let from = 0; from < groups.length; from++) {
			let to = from + 1;
			for (let end = Math.min(groups.length, from + 5); end > from; end--) {
				if (!(end - from === 1 && sizes[from]! >= 9) && !couldBeShape(sizes, counts, from, end))
					continue;
				const window = groups.slice(from, end);
				const lengths = window.map((g) => g.text.length);
				const digits = window.map((g) => g.text).join('');
				const shaped =
					(window.length === 1 && digits.length >= 9) ||
					lengths.join() === '3,2,4' ||
					lengths.join() === '2,7' ||
					(digits.length >= 13 &&
						digits.length <= 19 &&
						digits[0] !== '0' &&
						cardGrouping(lengths) &&
						luhn(digits));
				if (shaped) {
					push(from, end);
					to = end;
					break;
				}
			}
			from = to - 1;
		}
	}
	return spans;
}

/**
 * `text` with every sensitive-looking value masked (`****1234`, or `[secret]`): the one
 * function through which every message, hint, reason, quoted line and file name passes
 * before any report, log or annotation shows it. Masking twice changes nothing.
 */
export function redact(text: string): string {
	if (
		!/\p{Nd}|pass|pwd|pw|token|secret|key|PRIVATE|AKIA|ASIA|gh[pousr]_|github_pat_|xox|_live_|AIza|eyJ/iu.test(
			text,
		)
	)
		return text;
	const normal = normalise(text);
	const spans: Array<{ index: number; length: number; replacement: string }> = [];
	for (const m of [...scanText(normal.text), ...scanPath(normal.text)])
		spans.push({
			index: m.index,
			length: m.length,
			replacement: m.tail ? `****${m.tail}` : '[secret]',
		});
	for (const s of valueShapes(normal.text))
		spans.push({ index: s.index, length: s.length, replacement: `****${s.tail}` });
	if (spans.length === 0) return text;
	// Overlapping spans merge: the widest mask wins, and no digit of a value is left over.
	spans.sort((a, b) => a.index - b.index || b.length - a.length);
	let out = '';
	let cursor = 0;
	for (const s of spans) {
		if (s.index < cursor) {
			if (s.index + s.length > cursor) cursor = s.index + s.length;
			continue;
		}
		const from = originalSpan(normal, cursor, s.index);
		out += text.slice(from.index, from.index + from.length);
		out += s.replacement;
		cursor = s.index + s.length;
	}
	const tail = originalSpan(normal, cursor, normal.text.length);
	return out + text.slice(tail.index, tail.index + tail.length);
}
