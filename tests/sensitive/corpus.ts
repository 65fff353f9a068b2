/**
 * A labelled corpus for the sensitive-data scan, written for the purpose: sentences an
 * SOP author might write, with generated values. Positives carry a real-shaped value
 * (valid checksums, valid prefixes); negatives carry look-alikes that are not sensitive.
 * Seeded, so every run sees the same corpus.
 */
import { abaChecksum, abaPrefix, cardPrefix, luhn } from '../../src/sensitive/checksums.ts';
import type { SensitiveRule } from '../../src/sensitive/scan.ts';

export interface Sample {
	text: string;
	/** The rules that must fire; empty for a look-alike. */
	expect: SensitiveRule[];
}

/** A small deterministic generator (mulberry32). */
function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function buildCorpus(seed = 20261122): { positives: Sample[]; negatives: Sample[] } {
	const rand = prng(seed);
	const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
	const digits = (n: number) =>
		Array.from({ length: n }, (_, i) => (i === 0 ? int(1, 9) : int(0, 9))).join('');
	const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)]!;

	const routing = () => {
		for (;;) {
			const prefix = pick([
				'01',
				'02',
				'03',
				'04',
				'05',
				'06',
				'07',
				'08',
				'09',
				'10',
				'11',
				'12',
				'21',
				'22',
				'26',
				'31',
				'32',
				'61',
				'63',
				'67',
				'71',
				'72',
			]);
			const body = prefix + String(int(0, 999999)).padStart(6, '0');
			for (let check = 0; check <= 9; check++)
				if (abaChecksum(body + check) && abaPrefix(body)) return body + check;
		}
	};
	const account = () => digits(int(8, 14));
	const card = () => {
		const [prefix, length] = pick([
			['4', 16],
			['51', 16],
			['55', 16],
			['2221', 16],
			['37', 15],
			['6011', 16],
			['4', 13],
		] as const);
		for (;;) {
			const body = prefix + digits(length - prefix.length - 1).replace(/^./, (d) => d);
			for (let check = 0; check <= 9; check++) {
				const n = body + check;
				if (luhn(n) && cardPrefix(n)) return n;
			}
		}
	};
	const grouped = (n: string) =>
		n.length === 15
			? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`
			: n.replace(/(\d{4})(?=\d)/g, pick(['$1 ', '$1-', '$1']));
	const ssn = () =>
		`${String(pick([int(1, 665), int(667, 899)])).padStart(3, '0')}-${String(int(1, 99)).padStart(2, '0')}-${String(int(1, 9999)).padStart(4, '0')}`;
	const ein = () =>
		`${pick(['12', '27', '36', '45', '52', '61', '74', '84', '91', '95'])}-${String(int(0, 9999999)).padStart(7, '0')}`;
	const itin = () =>
		`9${String(int(0, 99)).padStart(2, '0')}-${pick(['50', '58', '65', '70', '77', '88', '90', '92', '94', '99'])}-${String(int(0, 9999)).padStart(4, '0')}`;
	const alnum = (n: number) =>
		Array.from({ length: n }, () =>
			pick(Array.from('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789')),
		).join('');
	const upper = (n: number) =>
		Array.from({ length: n }, () => pick(Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))).join('');
	const vendor = () =>
		pick([
			'Acme Supply',
			'Harbor Freight Lines',
			'Cedar Medical',
			'Bluestem Roofing',
			'Kiln Imports',
			'Northgate Printing',
			'Summit Electric',
		]);
	const bank = () =>
		pick([
			'First Harbor Bank',
			'Lakeshore Credit Union',
			'Prairie National Bank',
			'Mid-River Savings',
		]);

	const positives: Sample[] = [];
	const add = (count: number, expect: SensitiveRule[], make: () => string) => {
		for (let i = 0; i < count; i++) positives.push({ text: make(), expect });
	};
	add(60, ['sensitive/routing-number'], () =>
		pick([
			() => `Wire the deposit to routing number ${routing()} at ${bank()}.`,
			() =>
				`${vendor()} changed their ABA to ${routing()} last week; hold payments until we call back.`,
			() => `The RTN on the voided check is ${routing()}.`,
			() => `For ACH credits use transit number ${routing()}.`,
			() => `Routing: ${routing()}`,
			() => `Their bank (${bank()}) routing ${routing()} appears on the W-9 attachment.`,
		])(),
	);
	add(60, ['sensitive/account-number'], () =>
		pick([
			() => `Deposit refunds into checking account ${account()}.`,
			() => `${vendor()}'s account number is ${account()}.`,
			() => `Acct ${account()} is the operating account at ${bank()}.`,
			() => `Send the payroll funding from DDA ${account()} on Thursdays.`,
			() => `The client's savings account ${account()} must never be used for bills.`,
			() => `Bank account: ${account()}`,
		])(),
	);
	add(40, ['sensitive/routing-number', 'sensitive/account-number'], () =>
		pick([
			() => `New details from ${vendor()}: routing ${routing()}, account ${account()}.`,
			() => `Wire to ABA ${routing()} acct ${account()} at ${bank()}.`,
			() => `Routing number ${routing()} / account number ${account()}`,
		])(),
	);
	add(60, ['sensitive/card-number'], () =>
		pick([
			() => `Pay the software renewal with card ${grouped(card())}.`,
			() => `The corporate card number is ${grouped(card())}, expiry 09/28.`,
			() => `Use ${grouped(card())} for the hotel deposit.`,
			() => `Virtual card ${grouped(card())} was issued for invoice approval.`,
			() => `Card: ${card()}`,
		])(),
	);
	add(40, ['sensitive/ssn'], () =>
		pick([
			() => `The contractor's SSN is ${ssn()}.`,
			() => `Social security number ${ssn()} is on the 1099 request.`,
			() => `W-9 shows ${ssn()} in the SSN box.`,
			() => `SSN ${ssn().replace(/-/g, ' ')} was sent by email; delete it.`,
			() => `Her social security no. ${ssn().replace(/-/g, '')} is on file.`,
		])(),
	);
	add(40, ['sensitive/tax-id'], () =>
		pick([
			() => `${vendor()} EIN: ${ein()}.`,
			() => `Federal tax ID ${ein()} goes on the 1099.`,
			() => `The client's FEIN is ${ein().replace('-', '')}.`,
			() => `The consultant's ITIN is ${itin()}.`,
			() => `Use employer identification number ${ein()} for the filing.`,
		])(),
	);
	add(45, ['sensitive/secret'], () =>
		pick([
			() => `-----BEGIN RSA PRIVATE KEY-----\nMIIEow${alnum(40)}`,
			() => `The bank portal API key is AKIA${upper(16)}.`,
			() => `Use token ghp_${alnum(36)} for the export job.`,
			() => `Slack bot: xoxb-${digits(11)}-${digits(12)}-${alnum(24)}`,
			() => `Stripe key sk_live_${alnum(24)} is in the payments app.`,
			() => `Google key AIza${alnum(35)}`,
			() => `Session token eyJ${alnum(20)}.eyJ${alnum(30)}.${alnum(25)}`,
			() =>
				`The QBO admin password is ${pick(['Summer', 'Ledger', 'Harbor', 'Cedar'])}${int(2019, 2027)}!`,
			() => `password: ${alnum(6)}${int(10, 99)}#${alnum(3)}`,
			() => `api_key = ${alnum(32)}`,
			() => `client secret: ${alnum(28)}`,
		])(),
	);

	const negatives: Sample[] = [];
	const none: SensitiveRule[] = [];
	const templates: (() => string)[] = [
		() => `Invoice ${digits(int(6, 9))} from ${vendor()} is due on Friday.`,
		() => `Post bill #${digits(int(6, 10))} to account 6200 Rent.`,
		() => `QBO transaction ${digits(9)} was voided and re-entered.`,
		() => `Reference ${digits(int(8, 12))} appears on the remittance advice.`,
		() => `Matter ${int(2019, 2026)}-${String(int(1, 99999)).padStart(5, '0')} is billed monthly.`,
		() => `Matter no. ${ein()} is capped at $50,000 per phase.`,
		() =>
			`Call the vendor at ${int(200, 989)}-555-${String(int(100, 199)).padStart(4, '0')} before noon.`,
		() => `Their office line is (${int(200, 989)}) 555-${String(int(100, 199)).padStart(4, '0')}.`,
		() =>
			`Phone +1 ${int(200, 989)} 555 ${String(int(100, 199)).padStart(4, '0')} for the controller.`,
		() =>
			`Mail checks to the lockbox at ZIP ${String(int(10000, 99999))}-${String(int(1000, 9999))}.`,
		() =>
			`Reconciliations for ${int(2024, 2026)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')} are due in 2 business days.`,
		() =>
			`Approve anything above $${int(1, 99)},${String(int(0, 999)).padStart(3, '0')}.${String(int(0, 99)).padStart(2, '0')} by phone.`,
		() =>
			`The quarterly total was ${int(1, 9)},${String(int(0, 999)).padStart(3, '0')},${String(int(0, 999)).padStart(3, '0')}.${String(int(0, 99)).padStart(2, '0')} USD.`,
		() => `Check no. ${digits(int(6, 9))} cleared on Tuesday.`,
		() => `Check #${String(int(0, 999999)).padStart(9, '0')} was returned unpaid.`,
		() =>
			`Only the masked value ****${String(int(0, 9999)).padStart(4, '0')} may appear in tickets.`,
		() => `The W-9 shows XXX-XX-${String(int(0, 9999)).padStart(4, '0')}.`,
		() =>
			`Payments go to the account ending ${String(int(0, 9999)).padStart(4, '0')} at ${bank()}.`,
		() => `Card ending in ${String(int(0, 9999)).padStart(4, '0')} is the travel card.`,
		() => `Routing ending ${String(int(0, 9999)).padStart(4, '0')} was confirmed by call-back.`,
		() => `PO ${digits(7)} covers the lab fees for ${int(1, 12)} offices.`,
		() => `Order ${digits(int(9, 12))} shipped with tracking 1Z${upper(6)}${digits(10)}.`,
		() => `Tracking number ${digits(22)} shows it delivered.`,
		() => `Employee ID ${digits(6)} owns the task in the ticket system.`,
		() => `Ticket ${digits(int(6, 8))} tracks the duplicate-vendor clean-up.`,
		() => `Code lab fees to account ${int(5000, 5999)} and supplies to ${int(6000, 6999)}.`,
		() => `Batch ${digits(int(6, 9))} holds ${int(20, 90)} bills for the Tuesday run.`,
		() => `Claim ${digits(int(7, 10))} was denied by the insurer.`,
		() => `Confirmation ${digits(int(9, 16))} came from the bank portal.`,
		() => `The LEDES file for invoice ${digits(8)} had ${int(2, 40)} lines.`,
		() => `Store the password in 1Password, never in the SOP.`,
		() => `The API key is kept in the vault; ask the supervisor.`,
		() => `password: ********`,
		() => `Token: <paste your token here>`,
		() => `Ask IT to reset the password if the portal locks you out after ${int(3, 5)} tries.`,
		() => `The secret to a good run is checking approvals early.`,
		() => `Receipt ${digits(int(6, 10))} is attached to the bill.`,
		() => `Journal entry ${digits(int(6, 8))} reverses the returned payment.`,
		() => `Payment ID ${digits(int(9, 12))} was rejected with code R03.`,
		() => `Customer ${digits(int(6, 9))} is Acme Dental's number in the vendor portal.`,
		() => `Suite ${int(100, 999)}, ${int(100, 9999)} Main Street.`,
		() => `There were ${int(100000, 999999)} bills paid last year across all clients.`,
		() => `Job ${digits(6)} needs a lien waiver before payment.`,
		() => `Load ${digits(int(7, 9))} was delivered on time.`,
		() =>
			`Docket ${int(1, 9)}:${int(20, 26)}-cv-${String(int(0, 99999)).padStart(5, '0')} is in discovery.`,
	];
	for (let i = 0; i < 1_100; i++)
		negatives.push({ text: templates[i % templates.length]!(), expect: none });

	// The forms people write that the first scan missed, and their look-alikes (issue 10).
	// Generated after the first corpus, so its sentences stay exactly as they were.
	const makers = {
		int,
		digits,
		pick,
		routing,
		account,
		card,
		grouped,
		ssn,
		ein,
		alnum,
		vendor,
		bank,
	};
	const written = writtenForms(makers);
	positives.push(...written.positives);
	negatives.push(...written.negatives);
	// The forms that reached the published site (issue 21), and their look-alikes.
	const published = publishedForms(makers);
	positives.push(...published.positives);
	negatives.push(...published.negatives);
	return { positives, negatives };
}

/** Digits written the ways people and editors write them: full-width, another script, with invisible or unusual separators. */
export const writtenAs = {
	fullWidth: (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
	arabicIndic: (text: string) =>
		text.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d))),
	devanagari: (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0x0966 + Number(d))),
	zeroWidth: (text: string) => text.replace(/(\d{3})(?=\d)/g, '$1\u200B'),
	noBreakSpaces: (text: string) => text.replace(/(\d{4})(?=\d)/g, '$1\u00A0'),
	enDashes: (text: string) => text.replace(/(\d{4})(?=\d)/g, '$1\u2013'),
	dots: (text: string) => text.replace(/(\d{4})(?=\d)/g, '$1.'),
	softHyphens: (text: string) => text.replace(/(\d{2})(?=\d)/g, '$1\u00AD'),
};

interface Generators {
	int: (lo: number, hi: number) => number;
	digits: (n: number) => string;
	pick: <T>(items: readonly T[]) => T;
	routing: () => string;
	account: () => string;
	card: () => string;
	grouped: (n: string) => string;
	ssn: () => string;
	ein: () => string;
	alnum: (n: number) => string;
	vendor: () => string;
	bank: () => string;
}

function writtenForms(g: Generators): { positives: Sample[]; negatives: Sample[] } {
	const { int, digits, pick, routing, account, card, grouped, ssn, ein, alnum, vendor, bank } = g;
	const positives: Sample[] = [];
	const negatives: Sample[] = [];
	const add = (count: number, expect: SensitiveRule[], make: () => string) => {
		for (let i = 0; i < count; i++) positives.push({ text: make(), expect });
	};
	const fours = (n: string, sep = ' ') => n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
	/** A 16-digit number that passes Luhn but whose prefix no card network uses. */
	const unlistedCard = () => {
		for (;;) {
			const body = pick(['1', '7', '8', '9']) + digits(14);
			for (let check = 0; check <= 9; check++)
				if (luhn(body + check) && !cardPrefix(body + check)) return body + check;
		}
	};
	const visa = () => {
		for (;;) {
			const n = card();
			if (n.startsWith('4') && n.length === 16) return n;
		}
	};
	const sixteen = () => {
		for (;;) {
			const n = card();
			if (n.length === 16) return n;
		}
	};
	const password = () =>
		`${pick(['Summer', 'Ledger', 'Harbor', 'Cedar', 'Payables'])}${int(2019, 2027)}${pick(['!', '#', '$', '?'])}${pick(['x', 'q', 'Z', '7'])}`;
	const spacedEin = () => ein().replace('-', ' ');

	add(20, ['sensitive/routing-number', 'sensitive/account-number'], () =>
		pick([
			() => `Routing #${routing()}, Acct #${account()}`,
			() => `New remit-to for ${vendor()}: Routing #${routing()} / Acct #${account()}.`,
			() => `ABA#${routing()} acct#${account()}`,
		])(),
	);
	add(20, ['sensitive/routing-number'], () =>
		pick([
			() => `RTN#${routing()}`,
			() => `RTN #${routing()} on the voided check.`,
			() => `R/T#${routing()}`,
		])(),
	);
	add(20, ['sensitive/card-number'], () =>
		pick([
			() => `Visa #${visa()}`,
			() => `Card #${sixteen()} is the travel card.`,
			() => `MC#${fours(sixteen(), ' ')} (Mastercard)`,
		])(),
	);
	add(20, ['sensitive/card-number'], () =>
		pick([() => fours(sixteen(), '.'), () => `Pay with ${fours(sixteen(), '.')} today.`])(),
	);
	add(20, ['sensitive/account-number'], () =>
		pick([
			() => `Checking ${fours(digits(16))}`,
			() => `Savings ${fours(digits(12))} at ${bank()}.`,
			() => `Operating account ${fours(digits(int(12, 16)), '-')} funds the run.`,
		])(),
	);
	add(
		30,
		['sensitive/routing-number'],
		() =>
			`Routing ${pick([writtenAs.fullWidth, writtenAs.arabicIndic, writtenAs.devanagari, writtenAs.zeroWidth, writtenAs.softHyphens])(routing())} at ${bank()}.`,
	);
	add(
		30,
		['sensitive/card-number'],
		() =>
			`Card ${pick([writtenAs.fullWidth, writtenAs.noBreakSpaces, writtenAs.enDashes, writtenAs.zeroWidth, writtenAs.dots])(sixteen())}`,
	);
	add(10, ['sensitive/ssn'], () => `SSN ${writtenAs.fullWidth(ssn())}`);
	add(20, ['sensitive/tax-id'], () =>
		pick([
			() => `EIN ${spacedEin()}`,
			() => `${vendor()}'s EIN is ${spacedEin()}.`,
			() => `Tax ID: ${spacedEin()}`,
		])(),
	);
	add(20, ['sensitive/secret'], () =>
		pick([
			() => `pass: ${password()}`,
			() => `Portal login: ap@example.com, pass: ${password()}`,
			() => `pw=${password()}`,
			() => `DB_PASSWORD=${password()}`,
		])(),
	);
	add(20, ['sensitive/ssn'], () =>
		pick([
			() => `Employee ${ssn()}`,
			() => `Employee: ${ssn()}`,
			() => `Employee ${int(1000, 9999)} ${ssn()} starts Monday.`,
		])(),
	);
	add(30, ['sensitive/card-number'], () =>
		pick([
			() => `Invoice ${grouped(sixteen()).replace(/(\d{4})(?=\d)/g, '$1 ')}`,
			() => `Check ${fours(sixteen())} was declined.`,
			() => `Invoice ${int(10000, 99999)} ${fours(sixteen())}`,
			() => `Check ${int(1000, 9999)}: paid with ${fours(sixteen(), '-')}.`,
			() => `Invoice ${sixteen()} paid by phone.`,
		])(),
	);
	add(20, ['sensitive/card-number'], () =>
		pick([
			() => `Card ${fours(unlistedCard())}`,
			() => `Store card number ${unlistedCard()} for the fuel account.`,
			() => `Gift card: ${fours(unlistedCard(), '-')}`,
		])(),
	);

	const lookAlikes: (() => string)[] = [
		// What the author called the number outranks "bank" later in the sentence.
		() => `Transaction ${routing()} was returned by the bank.`,
		() => `Invoice ${routing()} was sent to ${bank()} for payment.`,
		() => `QBO transaction #${routing()} matches the bank feed.`,
		() => `Invoice no. ${routing()}: the bank wire arrived late.`,
		// Words that look like credentials but are pages, files and plain English.
		() =>
			`See https://helpx.example.com/acrobat/using/password-protect-a-pdf.html before sending statements.`,
		() =>
			`Read https://docs.github.com/en/code-security/secret-scanning/about-secret-scanning for the repository rules.`,
		() => `![The scan settings](./images/secret-scan.png)`,
		() => `The guide password-protect-a-pdf shows the steps.`,
		() => `Attach api-key-rotation-${int(2024, 2026)}.pdf to the ticket.`,
		() => `First pass: reconcile-everything-before-the-run.`,
		() => `pass: ${int(1, 3)}`,
		() => `Boarding pass: printed.`,
		() => `The secret-santa list is in the team channel.`,
		// Links whose ids look like bank numbers.
		() =>
			`The vendor list is at https://docs.google.com/spreadsheets/d/${alnum(44)}/edit#gid=${routing()} (bank tab).`,
		() =>
			`Wire log: https://docs.google.com/spreadsheets/d/${alnum(44)}/edit?gid=${digits(9)}#gid=${digits(9)}`,
		() =>
			`Bank details page: https://acme.atlassian.net/wiki/pages/viewpage.action?pageId=${routing()}`,
		() =>
			`Routing changes go through https://acme.atlassian.net/wiki/spaces/AP/pages/${routing()}/Bank+Details`,
		// Numbers written in other scripts and shapes that are not sensitive.
		() => `Invoice ${writtenAs.fullWidth(digits(7))} is due Friday.`,
		() =>
			`Reconcile ${writtenAs.fullWidth(`${int(2024, 2026)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`)} first.`,
		() => `The server is at 10.${int(0, 255)}.${int(0, 255)}.${int(0, 255)}.`,
		() => `Upgrade to version ${int(1, 9)}.${int(0, 20)}.${int(0, 40)} of the bank connector.`,
		() =>
			`Statements dated ${String(int(1, 28)).padStart(2, '0')}.${String(int(1, 12)).padStart(2, '0')}.${int(2024, 2026)} are archived.`,
		() =>
			`The total was ${int(1, 9)}.${String(int(0, 999)).padStart(3, '0')}.${String(int(0, 999)).padStart(3, '0')},${String(int(0, 99)).padStart(2, '0')} EUR.`,
		() => `Tracking 9400 ${fours(`1${digits(17)}`)} shows it delivered.`,
		() => `See #${routing()} in the tracker.`,
		() => `Employee ID ${digits(6)} approved it.`,
		() => `Check ${digits(int(4, 6))} and invoice ${digits(int(5, 7))} are both in the batch.`,
		() =>
			`Only ****${String(int(0, 9999)).padStart(4, '0')} may appear; the EIN ends ${String(int(0, 9999)).padStart(4, '0')}.`,
		() => `Card ending ${writtenAs.fullWidth(String(int(1000, 9999)))} is the travel card.`,
	];
	for (let i = 0; i < 600; i++)
		negatives.push({ text: lookAlikes[i % lookAlikes.length]!(), expect: [] });
	return { positives, negatives };
}

/** An IBAN for `country` with a random account and the check digits that make it valid (ISO 7064 mod 97). */
function iban(country: string, bban: string): string {
	const numeric = Array.from(`${bban}${country}00`, (c) =>
		c <= '9' ? c : String(c.charCodeAt(0) - 55),
	).join('');
	let remainder = 0;
	for (const d of numeric) remainder = (remainder * 10 + Number(d)) % 97;
	return `${country}${String(98 - remainder).padStart(2, '0')}${bban}`;
}

function publishedForms(g: Generators): { positives: Sample[]; negatives: Sample[] } {
	const { int, digits, pick, routing, account, card, alnum, vendor, bank } = g;
	const positives: Sample[] = [];
	const negatives: Sample[] = [];
	const add = (count: number, expect: SensitiveRule[], make: () => string) => {
		for (let i = 0; i < count; i++) positives.push({ text: make(), expect });
	};
	const letters = (n: number) =>
		Array.from({ length: n }, () => pick(Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ'))).join('');
	const anIban = () =>
		pick([
			() => iban('DE', digits(18)),
			() => iban('GB', `${letters(4)}${digits(14)}`),
			() => iban('FR', digits(23)),
			() => iban('NL', `${letters(4)}${digits(10)}`),
			() => iban('ES', digits(20)),
		])();
	const fours = (n: string) => n.replace(/(.{4})(?=.)/g, '$1 ');
	const sixteen = () => {
		for (;;) {
			const n = card();
			if (n.length === 16) return n;
		}
	};
	const password = () =>
		`${pick(['Summer', 'Ledger', 'Harbor', 'Cedar', 'Payables'])}${int(2019, 2027)}${pick(['!', '#', '$', '?'])}${pick(['x', 'q', 'Z', '7'])}`;
	const upperDigits = (n: number) =>
		Array.from({ length: n }, () => pick(Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))).join(
			'',
		);
	const key = (n: number) => `${alnum(n - 2)}${int(10, 99)}`;
	const ignorable = () =>
		pick(['\u034F', '\u3164', '\u2800', '\u2061', '\uFE0F', '\u115F', '\u17B4', '\u{E0020}']);

	add(30, ['sensitive/account-number'], () =>
		pick([
			() => `Refunds go to ${anIban()}.`,
			() => `${vendor()}'s IBAN: ${fours(anIban())}`,
			() => `Pay the Munich office at ${fours(anIban())} (${bank()}).`,
			() => `Old IBAN ${anIban()}, new ${fours(anIban())} from May.`,
		])(),
	);
	add(20, ['sensitive/account-number'], () =>
		pick([
			() => `Refunds go to acct${account()}.`,
			() => `Attach ACCT_${account()}_${int(2024, 2026)}.pdf to the ticket.`,
			() => `See the statement at https://bank.example.com/accounts/${account()}/statements.`,
			() => `[The statement](https://portal.example.com/acct/${account()}) is in the portal.`,
		])(),
	);
	add(
		10,
		['sensitive/routing-number'],
		() => `Wire to \u202E${Array.from(routing()).reverse().join('')}\u202C at ${bank()}.`,
	);
	add(20, ['sensitive/card-number'], () => {
		const mark = ignorable();
		return `Pay with card ${sixteen().replace(/(\d{4})(?=\d)/g, `$1${mark}`)}.`;
	});
	add(30, ['sensitive/secret'], () =>
		pick([
			() => `Password for the ${vendor()} portal: ${password()}`,
			() => `The password for ${bank()} is ${password()}`,
			() => `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF${alnum(40)}`,
			() => `Use sk-proj-${key(48)} for the export.`,
			() =>
				`Alerts post to https://hooks.slack.com/services/T${upperDigits(8)}/B${upperDigits(10)}/${key(24)}`,
		])(),
	);

	const lookAlikes: (() => string)[] = [
		// IBAN shapes whose check digits fail, and country codes before other numbers.
		() => {
			const valid = anIban();
			return `Reference ${valid.slice(0, 2)}${String((Number(valid.slice(2, 4)) % 97) + 1).padStart(2, '0')}${valid.slice(4, 12)} is on the remittance.`;
		},
		() => `Flight DE${int(1000, 9999)} lands at ${int(1, 12)}:${int(10, 59)}.`,
		() => `The GB${int(10, 99)} form goes to the UK office.`,
		// Labels glued to numbers that are not bank details.
		() => `Attach INV_${digits(12)}_${int(2024, 2026)}.pdf to the bill.`,
		() => `PO${digits(8)} covers the laptops.`,
		() => `The accounts${int(2024, 2026)} folder holds the statements.`,
		() => `Ticket ACC-${int(100, 99999)} tracks the clean-up.`,
		// Numbers in links that are articles, issues and pages.
		() =>
			`See https://support.example.com/hc/en-us/articles/${digits(12)}-How-to-pay-a-bill for the steps.`,
		() => `The fix is in https://github.com/acme/handbook/issues/${int(100, 99999)}.`,
		() => `The vendor portal is https://app.example.com/accounts/settings/${int(100, 999)}.`,
		() => `Open https://acme.zendesk.com/agent/tickets/${digits(9)} for the thread.`,
		// Passwords named, with no value.
		() => `Password for the ${vendor()} portal: in 1Password, under "${vendor()}".`,
		() => `The password for ${bank()} is kept in the vault.`,
		() => `Password rules for ${int(2025, 2027)}: at least 14 characters.`,
		// Page names and keys that are not keys.
		() => `Read sk-proj-onboarding-checklist-for-new-hires before day one.`,
		() => `The Slack app is at https://hooks.slack.com/apps.`,
		() => `-----BEGIN PGP PUBLIC KEY BLOCK-----`,
		// Invisible characters around ordinary numbers.
		() => `Invoice ${digits(7)}\u034F is due.`,
		() => `Call ${int(200, 989)}\u2800555\u2800${String(int(100, 199)).padStart(4, '0')}.`,
	];
	for (let i = 0; i < 400; i++)
		negatives.push({ text: lookAlikes[i % lookAlikes.length]!(), expect: [] });
	return { positives, negatives };
}
