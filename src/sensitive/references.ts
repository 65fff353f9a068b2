/** Named character references that can write a digit's neighbours: spaces, dashes, invisible characters. */
const ENTITIES: Record<string, string> = {
	nbsp: '\u00A0',
	amp: '&',
	quot: '"',
	apos: "'",
	lt: '<',
	gt: '>',
	shy: '\u00AD',
	ndash: '\u2013',
	mdash: '\u2014',
	hyphen: '\u2010',
	dash: '\u2010',
	minus: '\u2212',
	period: '.',
	colon: ':',
	sol: '/',
	num: '#',
	thinsp: '\u2009',
	ensp: '\u2002',
	emsp: '\u2003',
	numsp: '\u2007',
	puncsp: '\u2008',
	hairsp: '\u200A',
	nobreak: '\u2060',
	zwsp: '\u200B',
	zwj: '\u200D',
	zwnj: '\u200C',
	lrm: '\u200E',
	rlm: '\u200F',
};

/** Character references as the reader sees them: `&#52;` is a 4, `&#8203;` an invisible space. */
export function decodeReferences(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(
		/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));?/gi,
		(whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
			const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : undefined;
			if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
			return whole.endsWith(';') ? (ENTITIES[name!.toLowerCase()] ?? whole) : whole;
		},
	);
}
