/**
 * Paths as `git diff --name-only` lists them: separated by NUL with `-z`, else one per
 * line, where git puts a path with unusual characters in double quotes with C escapes.
 */
export function parsePathList(text: string): string[] {
	if (text.includes('\0')) return text.split('\0').filter(Boolean);
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => (/^".*"$/.test(line) ? unquote(line) : line));
}

const ESCAPES: Record<string, number> = {
	a: 7,
	b: 8,
	t: 9,
	n: 10,
	v: 11,
	f: 12,
	r: 13,
	'"': 34,
	'\\': 92,
};

/** `"caf\303\251.mdx"` → `café.mdx`: octal escapes are bytes of UTF-8. */
function unquote(quoted: string): string {
	const chars = Array.from(quoted.slice(1, -1));
	const bytes: number[] = [];
	for (let i = 0; i < chars.length; i++) {
		if (chars[i] !== '\\') {
			bytes.push(...Buffer.from(chars[i]!, 'utf8'));
			continue;
		}
		const octal = chars.slice(i + 1, i + 4).join('');
		if (/^[0-7]{3}$/.test(octal)) {
			bytes.push(parseInt(octal, 8));
			i += 3;
			continue;
		}
		const next = chars[i + 1] ?? '';
		const escaped = ESCAPES[next];
		bytes.push(...(escaped === undefined ? Buffer.from(next, 'utf8') : [escaped]));
		i += 1;
	}
	return Buffer.from(bytes).toString('utf8');
}
