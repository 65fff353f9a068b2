import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, edit, SOP, TODAY, writeHandbook } from '../support/handbook.ts';
import { servedSite } from '../support/served-site.ts';

/**
 * "What changed in the steps", from git history at build time: a handbook whose SOP's
 * steps changed in a commit that also recorded the material change, built from the full
 * history and from a shallow clone that lacks the version before.
 */
const git = (root: string, ...args: string[]) =>
	execFileSync(
		'git',
		['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args],
		{ encoding: 'utf8' },
	);

function handbookWithHistory(): string {
	const root = writeHandbook();
	git(root, 'init', '-q', '-b', 'main');
	git(root, 'add', '-A');
	git(root, 'commit', '-q', '-m', 'first version');
	const changed = edit(
		edit(BASE[SOP]!, '2. Release the run.', '2. Release the run before 2 pm.'),
		'last_reviewed: 2026-10-01\n',
		'last_reviewed: 2026-11-20\nreviews:\n  - date: 2026-11-20\n    by: ana-silva\n    change: material\n    note: The run is released before 2 pm.\n',
	);
	writeFileSync(join(root, SOP), changed);
	git(root, 'commit', '-q', '-am', 'release before 2 pm');
	return root;
}

const SOP_PAGE = '/sops/clients/acme/bill-run/';

describe('the steps before a material change, from the full history', () => {
	const site = servedSite('handbook-steps-', () => ({
		HANDBOOK_ROOT: handbookWithHistory(),
		HANDBOOK_TODAY: TODAY,
	}));

	it('shows the step taken out and the step put in, as text a screen reader names', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.base}${SOP_PAGE}`);
		const details = page.locator('details.steps-change');
		await expect(details.locator('summary').innerText()).resolves.toBe(
			'What changed in the Steps on 20 Nov 2026',
		);
		// The before-and-after is fetched when the reader opens it: the page itself does not carry it.
		await expect(details.locator('del').count()).resolves.toBe(0);
		await details.locator('summary').click();
		await details.locator('del').first().waitFor();
		await expect(details.locator('del').allTextContents()).resolves.toEqual([
			'Removed: − 2. Release the run.',
		]);
		await expect(details.locator('ins').allTextContents()).resolves.toEqual([
			'Added: + 2. Release the run before 2 pm.',
		]);
		await expect(details.locator('.diff > span').allInnerTexts()).resolves.toEqual([
			'1. Check the approvals.',
		]);
		await page.close();
	});

	it('leads a reader without JavaScript to a page of the change, left out of search', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.base}${SOP_PAGE}`);
		await page.locator('details.steps-change summary').click();
		await page.getByRole('link', { name: 'The Steps before and after this change' }).click();
		await expect(page.locator('h1').innerText()).resolves.toBe(
			'What changed in the Steps: Acme weekly bill run',
		);
		await expect(page.locator('del').allTextContents()).resolves.toEqual([
			'Removed: − 2. Release the run.',
		]);
		await expect(page.locator('main').getAttribute('data-pagefind-body')).resolves.toBeNull();
		await context.close();
	});
});

describe('the steps before a material change, from a shallow clone', () => {
	const site = servedSite('handbook-steps-shallow-', () => {
		const clone = join(mkdtempSync(join(tmpdir(), 'handbook-shallow-')), 'handbook');
		execFileSync('git', ['clone', '-q', '--depth', '1', `file://${handbookWithHistory()}`, clone]);
		return { HANDBOOK_ROOT: clone, HANDBOOK_TODAY: TODAY };
	});

	it('says why it cannot show them, instead of showing nothing', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.base}${SOP_PAGE}`);
		const details = page.locator('details.steps-change');
		await details.locator('summary').click();
		await expect(details.locator('p').innerText()).resolves.toBe(
			'This copy of the handbook is a shallow clone without the version before the change, so the steps before it cannot be shown.',
		);
		await page.close();
	});
});
