import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { stepRolesPlugin } from '../src/integrations/step-roles.ts';
import { roleLabel, roleOfLabel } from '../src/model/roles.ts';
import { abbreviationsIn, synonymsFor, tagsBeyond } from '../src/site/search-synonyms.ts';
import type { Retraining } from '../src/reports/retraining.ts';
import { backupRetrainWords } from '../src/site/retraining-words.ts';
import { plainDate } from '../src/schemas/date.ts';

const config = {
	roles: ['csa', 'bpa', 'pod-lead', 'reconciliation'],
	role_labels: { bpa: 'BPA', reconciliation: 'Reconciliation analyst' },
	client_roles: { 'client-approver': 'Approver' },
};

describe('role labels', () => {
	it('shows a role by its configured label, else by a readable form of its id', () => {
		expect([
			roleLabel(config, 'bpa'),
			roleLabel(config, 'csa'),
			roleLabel(config, 'pod-lead'),
			roleLabel(config, 'reconciliation'),
		]).toEqual(['BPA', 'CSA', 'Pod lead', 'Reconciliation analyst']);
	});

	it('reads a step label as its role whatever its case or a colon inside the bold', () => {
		expect([
			roleOfLabel(config, 'bpa'),
			roleOfLabel(config, 'Pod Lead:'),
			roleOfLabel(config, 'Reconciliation analyst'),
			roleOfLabel(config, 'Partner'),
		]).toEqual(['bpa', 'pod-lead', 'reconciliation', undefined]);
	});
});

describe('step roles in the built page', () => {
	const render = async (body: string, file = '/hb/src/content/sops/firm/x.mdx') =>
		(
			await markdownToHtml(body, {
				fileURL: new URL(`file://${file}`),
				hastPlugins: [stepRolesPlugin({ root: '/hb', config })],
			})
		).html;

	it('marks each step under Steps with the role its bold label names', async () => {
		const html = await render(
			'## Purpose\n\n1. **BPA**: not a step.\n\n## Steps\n\n1. **BPA**: Enter the bill.\n2. **Pod lead:** Decide.\n3. Nobody named.\n\n## Escalation\n\n- **CSA**: not a step.\n',
		);
		expect(html.match(/<li[^>]*>/g)).toEqual([
			'<li>',
			'<li data-step-role="bpa">',
			'<li data-step-role="pod-lead">',
			'<li>',
			'<li>',
		]);
		expect(html).toContain('<strong class="step-role">BPA</strong>');
	});

	it('writes only role ids from the config, never the text of the page, into the markup', async () => {
		const html = await render(
			'## Steps\n\n1. **BPA" onclick="x**: Enter.\n2. **Partner**: Sign.\n',
		);
		expect(html).not.toContain('data-step-role');
		expect(html).not.toContain('class="step-role"');
	});

	it('leaves pages other than SOPs alone', async () => {
		expect(
			await render('## Steps\n\n1. **BPA**: Enter.\n', '/hb/src/content/training/bpa/x.mdx'),
		).not.toContain('data-step-role');
	});
});

describe('search synonyms', () => {
	const groups = [
		['PTO', 'OOO', 'time off', 'vacation'],
		['vendor', 'supplier'],
	];

	it('adds the other words of a group that the page uses, phrases and any case included', () => {
		expect(synonymsFor('Hand off before your Time  Off starts.', groups)).toEqual([
			'PTO',
			'OOO',
			'vacation',
		]);
	});

	it('adds nothing for a word that only appears inside another word', () => {
		expect(synonymsFor('The OPTOUT list and the vendorless page.', groups)).toEqual([]);
	});

	it('reads a plural as the word', () => {
		expect(synonymsFor('Pay the vendors.', groups)).toEqual(['supplier']);
	});
});

describe('tags as search words', () => {
	it('keeps the tags that say what the title does not', () => {
		expect(
			tagsBeyond('Payment exceptions and returns', ['ach', 'returns', 'exceptions', 'disputes']),
		).toEqual(['ach', 'disputes']);
	});

	it('drops a tag the title already says, in any case or as a plural', () => {
		expect(
			tagsBeyond('Acme Dental: weekly bill run', ['Dental', 'bill runs', 'approvals']),
		).toEqual(['approvals']);
	});
});

describe("the SOP panel's backup line when the backup must re-train", () => {
	const r: Retraining = {
		person: 'priya-raman',
		person_name: 'Priya Raman',
		id: 'clients/tidewater-logistics/carrier-and-fuel-bills',
		title: 'Tidewater',
		backup: true,
		trained_on: plainDate('2026-05-26'),
		changed_on: plainDate('2026-11-16'),
		note: 'Holds changed.',
		due: plainDate('2026-11-30'),
		state: 'due',
	};
	it('says by when, inside the window', () => {
		expect(backupRetrainWords(r)).toBe(' · must re-learn it by 30 Nov 2026');
	});
	it('says in words that the backup does not cover it, after the window', () => {
		expect(backupRetrainWords({ ...r, state: 'overdue' })).toBe(
			' · not covering: trained before the 16 Nov 2026 change, and not re-trained by 30 Nov 2026',
		);
	});
});

describe('abbreviations of the trade in search', () => {
	const groups = [
		['POD', 'proof of delivery'],
		['PTO', 'time off'],
	];
	it('reads an abbreviation by its case: "POD" is a proof of delivery, "Pod North" a team', () => {
		expect(synonymsFor('Pod North covers the west coast clients.', groups)).toEqual([]);
		expect(synonymsFor('Put the bill on HOLD POD until the carrier sends it.', groups)).toEqual([
			'proof of delivery',
		]);
		expect(abbreviationsIn('Put the bill on HOLD POD until the carrier sends it.', groups)).toEqual(
			['POD'],
		);
		expect(abbreviationsIn('Pod North', groups)).toEqual([]);
	});
	it('still finds the other words of a group whatever their case', () => {
		expect(synonymsFor('Before your Time Off, hand over.', groups)).toEqual(['PTO']);
	});
});
