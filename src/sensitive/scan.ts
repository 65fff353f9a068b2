import { createHash } from 'node:crypto';
import { abaChecksum, abaPrefix, cardPrefix, einValid, itinValid, luhn, ssnValid } from './checksums.ts';

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

const fingerprint = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 16);

const ROUTING_CONTEXT = /\b(routing|aba|rtn|r\/t|transit|wire|wires|ach|bank|direct deposit)\b/;
const ACCOUNT_CONTEXT = /\b(account|acct|a\/c|dda|checking|savings|iban|deposit)\b|acct#|acc#/;
const CARD_CONTEXT = /\b(card|visa|mastercard|amex|american express|discover|diners|jcb|cc)\b/;
const SSN_CONTEXT = /\b(ssn|ss#|social security|soc\.? sec)\b/;
const TAX_CONTEXT = /\b(ein|fein|itin|tin|tax ?id|taxpayer|employer identification|federal id|w-?9|w-?8)\b/;
/** Words that, right before a number, say what else it is. */
const OTHER_NUMBER =
	/\b(invoice|inv|bill|bills|po|p\.o\.|order|matter|claim|case|ticket|check|cheque|txn|transaction|ref|reference|confirmation|conf|tracking|phone|tel|fax|mobile|cell|zip|postcode|employee|vendor id|customer|batch|run|lot|sku|item|receipt|deposit slip|journal|je|qbo|entry|page|room|suite|ext|extension|policy|load|job|project|docket|file|memo|payment id|employee id|vendor id|customer id)\s*(no\.?|number|#|id|:)?\s*[:#]?\s*$/;

/** Lower-cased text around a match: some words before, a few after. */
function around(text: string, start: number, end: number, before = 60, after = 30): { before: string; after: string; near: string } {
	const b = text.slice(Math.max(0, start - before), start).toLowerCase();
	const a = text.slice(end, end + after).toLowerCase();
	return { before: b, after: a, near: `${b} ${a}` };
}

/** The last few words right before a match: what the author called this number. */
function label(text: string, start: number): string {
	return text.slice(Math.max(0, start - 24), start).toLowerCase();
}

const NUMBER_RUN = /(?<![A-Za-z0-9_.,/$€£@#-])(?:\d+(?:[ -]\d+)*)(?![A-Za-z0-9_]|[.,]\d)/g;

function scanNumbers(text: string, out: SensitiveMatch[]): void {
	for (const match of text.matchAll(NUMBER_RUN)) {
		const raw = match[0];
		const digits = raw.replace(/[ -]/g, '');
		if (digits.length < 6) continue;
		const groups = raw.split(/[ -]/).map((g) => g.length);
		// Dates, phone numbers and the like: no shape that could be sensitive.
		const ssnShape = groups.length === 3 && groups[0] === 3 && groups[1] === 2 && groups[2] === 4;
		const einShape = groups.length === 2 && groups[0] === 2 && groups[1] === 7;
		if (!ssnShape && !einShape && digits.length < 13 && !groups.some((g) => g >= 6)) continue;
		const start = match.index;
		const end = start + raw.length;
		const ctx = around(text, start, end);
		const other = OTHER_NUMBER.test(label(text, start));
		const push = (rule: SensitiveRule, kind: string, value = digits) =>
			out.push({ rule, index: start, length: raw.length, kind, tail: value.slice(-4), fingerprint: fingerprint(value) });

		// Shapes with separators first: their shape says what they are.
		if (ssnShape && raw[3] === raw[6]) {
			if (itinValid(digits)) push('sensitive/tax-id', 'an ITIN');
			else if (ssnValid(digits) && (raw[3] === '-' || SSN_CONTEXT.test(ctx.near)) && !other) push('sensitive/ssn', 'a Social Security number');
			continue;
		}
		if (einShape && raw[2] === '-') {
			if (einValid(digits) && !other) push('sensitive/tax-id', 'an EIN');
			continue;
		}
		// A long account number can pass the card checks by chance; what it is called decides.
		const calledAccount = ACCOUNT_CONTEXT.test(label(text, start)) && !CARD_CONTEXT.test(ctx.near);
		if (digits.length >= 13 && digits.length <= 19 && cardPrefix(digits) && luhn(digits) && !other && !calledAccount) {
			const grouped = groups.length === 1 || groups.every((g, i) => g === 4 || i === groups.length - 1) || groups.join() === '4,6,5' || groups.join() === '4,6,4';
			if (grouped) {
				push('sensitive/card-number', 'a payment card number');
				continue;
			}
		}
		// Each group on its own: bank details are written as plain digit runs.
		let offset = 0;
		for (const part of raw.split(/[ -]/)) {
			const partStart = start + offset;
			offset += part.length + 1;
			if (part.length < 6) continue;
			const near = around(text, partStart, partStart + part.length).near;
			const partOther = OTHER_NUMBER.test(label(text, partStart));
			const emit = (rule: SensitiveRule, kind: string) =>
				out.push({ rule, index: partStart, length: part.length, kind, tail: part.slice(-4), fingerprint: fingerprint(part) });
			const named = label(text, partStart);
			const calledAccount = ACCOUNT_CONTEXT.test(named) && !ROUTING_CONTEXT.test(named);
			if (part.length === 9 && !calledAccount) {
				const aba = abaChecksum(part) && abaPrefix(part);
				const kinds: [RegExp, boolean, SensitiveRule, string][] = [
					[SSN_CONTEXT, ssnValid(part), 'sensitive/ssn', 'a Social Security number'],
					[TAX_CONTEXT, einValid(part) || itinValid(part), 'sensitive/tax-id', itinValid(part) ? 'an ITIN' : 'an EIN'],
					[ROUTING_CONTEXT, aba, 'sensitive/routing-number', 'a bank routing number'],
				];
				// What the author called the number decides first; the wider sentence second.
				const chosen = kinds.find(([context, valid]) => valid && context.test(named)) ?? kinds.find(([context, valid]) => valid && context.test(near));
				if (chosen) {
					emit(chosen[2], chosen[3]);
					continue;
				}
				if (aba && !partOther) {
					emit('sensitive/routing-number', 'a bank routing number');
					continue;
				}
			}
			if (part.length <= 17 && !partOther && (ACCOUNT_CONTEXT.test(near) || nearRouting(out, partStart))) {
				emit('sensitive/account-number', 'a bank account number');
			}
		}
	}
}

/** Whether a routing number was found within a short distance before `at`. */
function nearRouting(found: SensitiveMatch[], at: number): boolean {
	return found.some((m) => m.rule === 'sensitive/routing-number' && Math.abs(at - m.index) < 80 && m.index !== at);
}

/** Well-known token formats; `hint` is a plain substring every such token contains, for a cheap first look. */
const TOKENS: { kind: string; hint: RegExp; pattern: RegExp }[] = [
	{ kind: 'a private key', hint: /PRIVATE KEY/, pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g },
	{ kind: 'an AWS access key', hint: /AKIA|ASIA/, pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
	{ kind: 'a GitHub token', hint: /gh[pousr]_|github_pat_/, pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/g },
	{ kind: 'a Slack token', hint: /xox[abposr]-/, pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
	{ kind: 'a Stripe secret key', hint: /_live_/, pattern: /\b(?:sk|rk)_live_[A-Za-z0-9]{16,}\b/g },
	{ kind: 'a Google API key', hint: /AIza/, pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
	{ kind: 'a signed token (JWT)', hint: /eyJ/, pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
];
const SECRET_WORDS = /pass|pwd|token|secret|key/i;

const ASSIGNMENT = /\b(password|passwd|pwd|passcode|passphrase|token|secret|api[ _-]?key|client[ _-]?secret|access[ _-]?key)\b\s*(?:is|was|:|=|=>|-)\s*["'`]?([^\s"'`<>]{6,})/gi;
const PLACEHOLDER = /^(\*+|x+|•+|\.{3,}|redacted|hidden|masked|example|placeholder|none|n\/a|null|changeit|stored|saved|kept|shared|managed|rotated|required|set|reset|in|the|our|your|their|a|an|see|per|from|via|1password|lastpass|bitwarden|keeper|vault|\$\{.*\}|\{\{.*\}\}|%.*%)$/i;

/** Whether a value after "password:" looks like a real one rather than words or a placeholder. */
function realLooking(value: string): boolean {
	const clean = value.replace(/[.,;:!?)\]]+$/, '');
	if (clean.length < 8 || PLACEHOLDER.test(clean) || /^[a-z]+$/.test(clean) || /^[A-Z][a-z]+$/.test(clean)) return false;
	const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((c) => c.test(clean)).length;
	return classes >= 2 || clean.length >= 16;
}

function scanSecrets(text: string, out: SensitiveMatch[]): void {
	for (const { kind, hint, pattern } of TOKENS) {
		if (!hint.test(text)) continue;
		for (const match of text.matchAll(pattern)) {
			out.push({ rule: 'sensitive/secret', index: match.index, length: match[0].length, kind, tail: '', fingerprint: fingerprint(match[0]) });
		}
	}
	if (!SECRET_WORDS.test(text)) return;
	for (const match of text.matchAll(ASSIGNMENT)) {
		const value = match[2]!;
		if (!realLooking(value)) continue;
		const at = match.index + match[0].length - value.length;
		if (out.some((m) => m.rule === 'sensitive/secret' && m.index <= at && at < m.index + m.length)) continue;
		out.push({ rule: 'sensitive/secret', index: at, length: value.length, kind: `a ${match[1]!.toLowerCase().replace(/[ _-]/g, ' ')}`, tail: '', fingerprint: fingerprint(value) });
	}
}

/** Every sensitive value in `text`, in order of position. */
export function scanText(text: string): SensitiveMatch[] {
	const out: SensitiveMatch[] = [];
	scanNumbers(text, out);
	scanSecrets(text, out);
	return out.sort((a, b) => a.index - b.index);
}

/**
 * `text` with every sensitive-looking value masked (`****1234`, or `[secret]`), for any
 * output that quotes an author's text back: no report, log or annotation repeats a full value.
 */
export function redact(text: string): string {
	const matches = scanText(text);
	let out = text;
	for (const m of matches.reverse()) out = out.slice(0, m.index) + (m.tail ? `****${m.tail}` : '[secret]') + out.slice(m.index + m.length);
	return out;
}
