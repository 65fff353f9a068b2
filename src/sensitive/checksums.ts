/** ABA routing number checksum: weights 3, 7, 1 repeated; the sum is a multiple of 10. */
export function abaChecksum(digits: string): boolean {
	if (!/^\d{9}$/.test(digits)) return false;
	const d = Array.from(digits, Number);
	const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
	return sum % 10 === 0;
}

/** Federal Reserve routing symbols: 00-12 (banks), 21-32 (thrifts), 61-72 (electronic), 80 (travellers' cheques). */
export function abaPrefix(digits: string): boolean {
	const p = Number(digits.slice(0, 2));
	return (p >= 0 && p <= 12) || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80;
}

/** The Luhn check used by payment card numbers. */
export function luhn(digits: string): boolean {
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let n = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 1) {
			n *= 2;
			if (n > 9) n -= 9;
		}
		sum += n;
	}
	return sum % 10 === 0;
}

/** Issuer prefixes of the major card networks (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay). */
export function cardPrefix(digits: string): boolean {
	const n2 = Number(digits.slice(0, 2));
	const n4 = Number(digits.slice(0, 4));
	const n3 = Number(digits.slice(0, 3));
	const n6 = Number(digits.slice(0, 6));
	const len = digits.length;
	if (digits[0] === '4') return len === 13 || len === 16 || len === 19;
	if ((n2 >= 51 && n2 <= 55) || (n4 >= 2221 && n4 <= 2720)) return len === 16;
	if (n2 === 34 || n2 === 37) return len === 15;
	if (
		digits.startsWith('6011') ||
		digits.startsWith('65') ||
		(n3 >= 644 && n3 <= 649) ||
		(n6 >= 622126 && n6 <= 622925)
	)
		return len >= 16 && len <= 19;
	if (n2 === 36 || (n3 >= 300 && n3 <= 305) || n2 === 38 || n2 === 39)
		return len >= 14 && len <= 19;
	if (n4 >= 3528 && n4 <= 3589) return len >= 16 && len <= 19;
	if (n2 === 62) return len >= 16 && len <= 19;
	return false;
}

/** A Social Security number that the SSA could have issued: no area 000, 666 or 9xx, no group 00, no serial 0000. */
export function ssnValid(digits: string): boolean {
	if (!/^\d{9}$/.test(digits)) return false;
	const area = Number(digits.slice(0, 3));
	return (
		area !== 0 &&
		area !== 666 &&
		area < 900 &&
		digits.slice(3, 5) !== '00' &&
		digits.slice(5) !== '0000'
	);
}

/** An ITIN: starts with 9, and its middle two digits are 50-65, 70-88, 90-92 or 94-99. */
export function itinValid(digits: string): boolean {
	if (!/^9\d{8}$/.test(digits)) return false;
	const group = Number(digits.slice(3, 5));
	return (
		(group >= 50 && group <= 65) ||
		(group >= 70 && group <= 88) ||
		(group >= 90 && group <= 92) ||
		(group >= 94 && group <= 99)
	);
}

const EIN_PREFIXES = new Set([
	1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 15, 16, 20, 21, 22, 23, 24, 25, 26, 27, 30, 31, 32, 33, 34,
	35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
	60, 61, 62, 63, 64, 65, 66, 67, 68, 71, 72, 73, 74, 75, 76, 77, 80, 81, 82, 83, 84, 85, 86, 87,
	88, 90, 91, 92, 93, 94, 95, 98, 99,
]);

/** An Employer Identification Number with a prefix the IRS assigns. */
export function einValid(digits: string): boolean {
	return /^\d{9}$/.test(digits) && EIN_PREFIXES.has(Number(digits.slice(0, 2)));
}

/** The length of an IBAN in each country that issues them (the SWIFT IBAN registry). */
const IBAN_LENGTHS: Record<string, number> = {
	AD: 24,
	AE: 23,
	AL: 28,
	AT: 20,
	AZ: 28,
	BA: 20,
	BE: 16,
	BG: 22,
	BH: 22,
	BR: 29,
	BY: 28,
	CH: 21,
	CR: 22,
	CY: 28,
	CZ: 24,
	DE: 22,
	DK: 18,
	DO: 28,
	EE: 20,
	EG: 29,
	ES: 24,
	FI: 18,
	FO: 18,
	FR: 27,
	GB: 22,
	GE: 22,
	GI: 23,
	GL: 18,
	GR: 27,
	GT: 28,
	HR: 21,
	HU: 28,
	IE: 22,
	IL: 23,
	IQ: 23,
	IS: 26,
	IT: 27,
	JO: 30,
	KW: 30,
	KZ: 20,
	LB: 28,
	LC: 32,
	LI: 21,
	LT: 20,
	LU: 20,
	LV: 21,
	MC: 27,
	MD: 24,
	ME: 22,
	MK: 19,
	MR: 27,
	MT: 31,
	MU: 30,
	NL: 18,
	NO: 15,
	PK: 24,
	PL: 28,
	PS: 29,
	PT: 25,
	QA: 29,
	RO: 24,
	RS: 22,
	SA: 24,
	SC: 31,
	SE: 24,
	SI: 19,
	SK: 24,
	SM: 27,
	ST: 25,
	SV: 28,
	TL: 23,
	TN: 24,
	TR: 26,
	UA: 29,
	VA: 22,
	VG: 24,
	XK: 20,
};

/** An IBAN (no spaces, upper case): a known country, its length, and the ISO 7064 mod-97 check. */
export function ibanValid(value: string): boolean {
	if (IBAN_LENGTHS[value.slice(0, 2)] !== value.length || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(value))
		return false;
	let remainder = 0;
	for (const c of value.slice(4) + value.slice(0, 4)) {
		const n = c <= '9' ? c : String(c.charCodeAt(0) - 55);
		for (const d of n) remainder = (remainder * 10 + Number(d)) % 97;
	}
	return remainder === 1;
}
