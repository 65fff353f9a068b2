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
	if (digits.startsWith('6011') || digits.startsWith('65') || (n3 >= 644 && n3 <= 649) || (n6 >= 622126 && n6 <= 622925)) return len >= 16 && len <= 19;
	if (n2 === 36 || (n3 >= 300 && n3 <= 305) || n2 === 38 || n2 === 39) return len >= 14 && len <= 19;
	if (n4 >= 3528 && n4 <= 3589) return len >= 16 && len <= 19;
	if (n2 === 62) return len >= 16 && len <= 19;
	return false;
}

/** A Social Security number that the SSA could have issued: no area 000, 666 or 9xx, no group 00, no serial 0000. */
export function ssnValid(digits: string): boolean {
	if (!/^\d{9}$/.test(digits)) return false;
	const area = Number(digits.slice(0, 3));
	return area !== 0 && area !== 666 && area < 900 && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

/** An ITIN: starts with 9, and its middle two digits are 50-65, 70-88, 90-92 or 94-99. */
export function itinValid(digits: string): boolean {
	if (!/^9\d{8}$/.test(digits)) return false;
	const group = Number(digits.slice(3, 5));
	return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || (group >= 94 && group <= 99);
}

const EIN_PREFIXES = new Set([
	1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 15, 16, 20, 21, 22, 23, 24, 25, 26, 27, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 50, 51, 52, 53, 54, 55,
	56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 71, 72, 73, 74, 75, 76, 77, 80, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91, 92, 93, 94, 95, 98, 99,
]);

/** An Employer Identification Number with a prefix the IRS assigns. */
export function einValid(digits: string): boolean {
	return /^\d{9}$/.test(digits) && EIN_PREFIXES.has(Number(digits.slice(0, 2)));
}
