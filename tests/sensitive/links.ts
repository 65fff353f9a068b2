/**
 * Real-world shapes of links and file names, as SOPs and imported wikis carry them: cloud
 * documents, issue trackers, help-centre articles. Their ids are long digit runs and their
 * paths name passwords and secrets; none of them is a sensitive value. Ids are generated,
 * seeded, so every run sees the same corpus.
 */

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

export interface LinkCorpus {
	/** Sentences with a link in them, as written in a page. */
	sentences: string[];
	/** Content file paths and built-site paths. */
	paths: string[];
}

export function buildLinkCorpus(seed = 20261123): LinkCorpus {
	const rand = prng(seed);
	const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
	const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)]!;
	const digits = (n: number) =>
		Array.from({ length: n }, (_, i) => (i === 0 ? int(1, 9) : int(0, 9))).join('');
	const chars = (alphabet: string, n: number) =>
		Array.from({ length: n }, () => pick(Array.from(alphabet))).join('');
	const alnum = (n: number) =>
		chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', n);
	const hex = (n: number) => chars('0123456789abcdef', n);
	const guid = () => `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`.toUpperCase();
	const slug = () =>
		pick([
			'how-to-reset-your-password',
			'password-protect-a-pdf',
			'about-secret-scanning',
			'set-up-two-factor-authentication',
			'update-bank-details',
			'add-a-routing-number',
			'change-the-account-number-on-file',
			'api-key-rotation',
			'secret-scanning-push-protection',
			'reset-a-forgotten-passcode',
		]);
	const title = () =>
		pick([
			'Vendor bank details',
			'ACH batch log',
			'Wire approvals 2026',
			'Card statements',
			'Password policy',
			'Secret rotation',
			'Payroll account changes',
		]);
	const plus = (t: string) => t.replace(/ /g, '+');
	const pct = (t: string) => t.replace(/ /g, '%20');
	const project = () => pick(['AP', 'ACCT', 'BANK', 'PAY', 'OPS', 'FIN']);

	const links: (() => string)[] = [
		// Google Docs, Sheets, Slides and Drive.
		() => `https://docs.google.com/spreadsheets/d/${alnum(44)}/edit#gid=${digits(int(9, 10))}`,
		() =>
			`https://docs.google.com/spreadsheets/d/${alnum(44)}/edit?gid=${digits(9)}#gid=${digits(9)}`,
		() =>
			`https://docs.google.com/spreadsheets/d/${alnum(44)}/edit#gid=${digits(9)}&range=A1:F${int(10, 999)}`,
		() =>
			`https://docs.google.com/document/d/${alnum(44)}/edit?usp=sharing&ouid=${digits(21)}&rtpof=true&sd=true`,
		() =>
			`https://docs.google.com/document/d/${alnum(44)}/edit#heading=h.${alnum(12).toLowerCase()}`,
		() =>
			`https://docs.google.com/presentation/d/${alnum(44)}/edit#slide=id.g${hex(10)}_0_${int(0, 99)}`,
		() => `https://drive.google.com/file/d/${alnum(33)}/view?usp=drive_link`,
		() => `https://drive.google.com/drive/folders/${alnum(33)}?usp=sharing`,
		() => `https://drive.google.com/drive/u/${int(0, 3)}/folders/${alnum(33)}`,
		// SharePoint and OneDrive.
		() =>
			`https://contoso.sharepoint.com/:x:/r/sites/Finance/_layouts/15/Doc.aspx?sourcedoc=%7B${guid()}%7D&file=${pct(title())}.xlsx&action=default&mobileredirect=true`,
		() => `https://contoso.sharepoint.com/:w:/s/AccountsPayable/E${alnum(46)}?e=${alnum(6)}`,
		() => `https://contoso.sharepoint.com/sites/Finance/Shared%20Documents/${pct(title())}.pdf`,
		() =>
			`https://contoso-my.sharepoint.com/personal/ap_contoso_com/Documents/${pct(title())}.xlsx?web=1`,
		() =>
			`https://onedrive.live.com/edit.aspx?cid=${hex(16)}&resid=${hex(16).toUpperCase()}%21${int(100, 99999)}&ithint=file%2cxlsx&authkey=%21${alnum(16)}`,
		() => `https://1drv.ms/x/s!${alnum(10)}-${alnum(20)}?e=${alnum(6)}`,
		// Dropbox.
		() => `https://www.dropbox.com/s/${alnum(15).toLowerCase()}/${pct(title())}.pdf?dl=0`,
		() =>
			`https://www.dropbox.com/scl/fi/${alnum(21).toLowerCase()}/${pct(title())}.xlsx?rlkey=${alnum(25).toLowerCase()}&dl=0`,
		() => `https://www.dropbox.com/home/Finance/${pct(title())}?preview=Statement_${digits(9)}.pdf`,
		// Jira, GitHub and Linear.
		() => `https://acme.atlassian.net/browse/${project()}-${int(1, 99999)}`,
		() =>
			`https://acme.atlassian.net/jira/software/c/projects/${project()}/boards/${int(1, 999)}?selectedIssue=${project()}-${int(1, 9999)}`,
		() =>
			`https://acme.atlassian.net/jira/servicedesk/projects/${project()}/queues/custom/${int(1, 99)}/${project()}-${int(1, 99999)}`,
		() => `https://acme.atlassian.net/issues/?filter=${digits(5)}&jql=project%20%3D%20${project()}`,
		() => `https://github.com/acme/handbook/issues/${int(1, 99999)}`,
		() => `https://github.com/acme/handbook/pull/${int(1, 9999)}#issuecomment-${digits(10)}`,
		() => `https://github.com/acme/handbook/pull/${int(1, 9999)}#discussion_r${digits(10)}`,
		() =>
			`https://github.com/acme/handbook/blob/${hex(40)}/docs/${slug()}.md#L${int(1, 300)}-L${int(301, 600)}`,
		() => `https://github.com/acme/handbook/commit/${hex(40)}`,
		() => `https://github.com/acme/handbook/actions/runs/${digits(11)}/job/${digits(11)}`,
		() => `https://linear.app/acme/issue/${pick(['ENG', 'OPS', 'AP'])}-${int(1, 9999)}/${slug()}`,
		// Zendesk, Intercom and Freshdesk help centres.
		() => `https://support.acme.com/hc/en-us/articles/360${digits(9)}-${slug()}`,
		() => `https://acme.zendesk.com/hc/en-us/articles/${digits(int(13, 14))}-${slug()}`,
		() => `https://acme.zendesk.com/agent/tickets/${digits(int(5, 8))}`,
		() => `https://support.zendesk.com/hc/en-us/community/posts/${digits(int(12, 14))}`,
		() => `https://intercom.help/acme/en/articles/${digits(7)}-${slug()}`,
		() => `https://www.intercom.com/help/en/articles/${digits(6)}-${slug()}`,
		() => `https://acme.freshdesk.com/support/solutions/articles/${digits(11)}-${slug()}`,
		() => `https://acme.freshdesk.com/a/tickets/${digits(int(4, 7))}`,
		() => `https://docs.github.com/en/code-security/secret-scanning/${slug()}`,
		() =>
			`https://support.microsoft.com/en-us/office/${slug()}-${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
		() => `https://helpx.adobe.com/acrobat/using/${slug()}.html`,
		// Confluence and Notion.
		() =>
			`https://acme.atlassian.net/wiki/spaces/${project()}/pages/${digits(int(9, 10))}/${plus(title())}`,
		() => `https://acme.atlassian.net/wiki/pages/viewpage.action?pageId=${digits(int(9, 10))}`,
		() => `https://wiki.acme.com/display/${project()}/${plus(title())}`,
		() => `https://acme.atlassian.net/wiki/x/${alnum(8)}`,
		() => `https://www.notion.so/acme/${title().replace(/ /g, '-')}-${hex(32)}`,
		() => `https://www.notion.so/${hex(32)}?v=${hex(32)}&p=${hex(32)}&pvs=4`,
		() => `https://acme.notion.site/${title().replace(/ /g, '-')}-${hex(32)}?pvs=4`,
		// Meetings and chat, linked from escalation steps.
		() => `https://zoom.us/j/${digits(int(10, 11))}`,
		() => `https://acme.slack.com/archives/C${alnum(10).toUpperCase()}/p${digits(16)}`,
		() =>
			`https://teams.microsoft.com/l/meetup-join/19%3ameeting_${alnum(40)}%40thread.v2/0?context=%7b%22Tid%22%3a%22${guid()}%22%7d`,
	];
	const files: (() => string)[] = [
		() => `secret-scan.png`,
		() => `password-protect-a-pdf.png`,
		() => `about-secret-scanning.mdx`,
		() => `api-key-rotation.md`,
		() => `${slug()}.png`,
		() =>
			`Screenshot ${int(2024, 2026)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')} at ${int(1, 12)}.${String(int(0, 59)).padStart(2, '0')}.${String(int(0, 59)).padStart(2, '0')}.png`,
		() =>
			`IMG_${int(2024, 2026)}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 28)).padStart(2, '0')}_${digits(6)}.jpg`,
		() => `scan${String(int(1, 999)).padStart(4, '0')}.pdf`,
		() => `Invoice_${digits(9)}.pdf`,
		() =>
			`${int(2024, 2026)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}-bank-rec.xlsx`,
		() =>
			`ACH_Batch_${int(2024, 2026)}${String(int(1, 12)).padStart(2, '0')}${String(int(1, 28)).padStart(2, '0')}.csv`,
		() => `Vendor List (${int(1, 9)}).xlsx`,
		() => `statement-${digits(9)}.pdf`,
		() => `zendesk-${digits(int(12, 14))}.mdx`,
		() => `remittance_${digits(10)}.pdf`,
	];

	const sentences: string[] = [];
	const paths: string[] = [];
	const frame: ((link: string) => string)[] = [
		(link) => `See ${link} for the bank details process.`,
		(link) => `[${title()}](${link})`,
		(link) => `<${link}>`,
		(link) => `The routing and account changes are tracked in ${link}.`,
		(link) => `- Card statements: ${link}`,
		(link) => `<a href="${link}">the password policy</a>`,
	];
	for (let i = 0; i < 600; i++) sentences.push(pick(frame)(links[i % links.length]!()));
	for (let i = 0; i < 150; i++) {
		const file = files[i % files.length]!();
		sentences.push(
			pick([
				`![${title()}](./images/${file})`,
				`Attach ${file} to the ticket.`,
				`[${file}](/files/${encodeURI(file)})`,
			]),
		);
		const name = file
			.replace(/\.[a-z]+$/, '')
			.replace(/[^A-Za-z0-9]+/g, '-')
			.toLowerCase();
		paths.push(
			pick([
				`src/content/docs/reference/${name}.mdx`,
				`src/content/sops/clients/acme/${name}.mdx`,
				`reference/${name}/index.html`,
				`_astro/${name}.${hex(8)}.png`,
			]),
		);
	}
	return { sentences, paths };
}
