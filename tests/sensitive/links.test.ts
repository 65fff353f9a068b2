import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanBuiltSite } from '../../src/sensitive/scan-site.ts';
import { scanPath, scanText } from '../../src/sensitive/scan.ts';
import { buildLinkCorpus } from './links.ts';

const show = (text: string, found: { rule: string }[]) =>
	`${text} -> ${found.map((m) => m.rule).join(', ')}`;

describe('real-world links and file names', () => {
	const { sentences, paths } = buildLinkCorpus();

	it('has links from cloud documents, issue trackers and help centres, and file names', () => {
		expect(sentences.length).toBeGreaterThanOrEqual(700);
		expect(paths.length).toBeGreaterThanOrEqual(150);
		for (const host of [
			'docs.google.com',
			'drive.google.com',
			'sharepoint.com',
			'onedrive.live.com',
			'dropbox.com',
			'atlassian.net/browse',
			'github.com',
			'linear.app',
			'zendesk.com',
			'intercom.help',
			'freshdesk.com',
			'atlassian.net/wiki',
			'notion.so',
		]) {
			expect(
				sentences.some((s) => s.includes(host)),
				host,
			).toBe(true);
		}
	});

	it('gives no finding in a sentence that links to them', () => {
		const flagged = sentences
			.map((s) => ({ s, found: scanText(s) }))
			.filter(({ found }) => found.length > 0);
		console.log(`link corpus: ${flagged.length} of ${sentences.length} sentences flagged`);
		expect(flagged.map(({ s, found }) => show(s, found))).toEqual([]);
	});

	it('gives no finding in a content or site file named like them', () => {
		expect(
			paths
				.map((p) => ({ p, found: scanPath(p) }))
				.filter(({ found }) => found.length > 0)
				.map(({ p, found }) => show(p, found)),
		).toEqual([]);
	});

	it('gives no finding in a built page that links to them, nor in its name', () => {
		const dir = mkdtempSync(join(tmpdir(), 'handbook-dist-'));
		try {
			for (const [i, path] of paths.entries()) {
				const file = path.endsWith('.html') ? path : `${path.replace(/\.[a-z]+$/, '')}/index.html`;
				mkdirSync(join(dir, dirname(file)), { recursive: true });
				writeFileSync(
					join(dir, file),
					`<main><p>${sentences[i]!.replace(/\[([^\]]*)\]\(([^)]*)\)/g, '<a href="$2">$1</a>')}</p></main>`,
				);
			}
			writeFileSync(join(dir, 'handbook.json'), JSON.stringify({ links: sentences }));
			expect(scanBuiltSite(dir, new Set()).map((f) => `${f.file}: ${f.match.rule}`)).toEqual([]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
