import { gapInWords } from '../coverage/describe.ts';
import { at, type Rule } from '../engine/rule.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { coverage } from './utils/coverage-gaps.ts';
import { COVERAGE_GAPS } from './utils/next-steps.ts';

/** The example SOP run by a CSA and a BPA, with its steps labelled. */
const TWO_ROLE_SOP = edited(
	EXAMPLE_SOP,
	['client: acme\n', 'client: acme\nroles: [csa, bpa]\n'],
	[
		'1. Check the approvals.\n2. Release the run.',
		'1. **CSA**: Check the approvals.\n2. **BPA**: Release the run.',
	],
);

export const coverageSingleBpa: Rule = {
	id: 'coverage/single-bpa',
	severity: 'warning',
	description: 'A client whose SOPs have a BPA part has one bill pay associate and no backup BPA.',
	why: "When a client's only BPA is out, nobody enters or pays its bills, and the run slips past the cut-off.",
	fix: 'Cross-train another BPA on the client and list them under `backup_bpas`.',
	next: COVERAGE_GAPS,
	examples: {
		fails: [
			{
				title: 'a bill run with a BPA part, and one BPA on the client',
				files: TWO_ROLE_SOP,
				message:
					'Acme Dental has one BPA (Dev Rao) and no backup BPA for the BPA part of 1 SOP: when Dev Rao is out, no one enters its bills (clients/acme/bill-run).',
			},
		],
		passes: [
			{
				title: 'a second BPA trained as backup',
				files: {
					...TWO_ROLE_SOP,
					...edited('src/content/clients/acme.yaml', [
						'bpas: [dev-rao]\n',
						'bpas: [dev-rao]\nbackup_bpas: [eve-stone]\n',
					]),
					'src/content/people/eve-stone.yaml': 'name: Eve Stone\nroles: [bpa]\npod: east\n',
				},
			},
		],
	},
	*check(context) {
		for (const gap of coverage(context).gaps) {
			if (gap.kind !== 'single-bpa') continue;
			const words = gapInWords(context.handbook, gap);
			const sops = gap.sops.map((s) => s.id).join(', ');
			yield at(
				gap.client.file,
				['bpas'],
				`${words.what.replace(/\.$/, '')} (${sops}).`,
				'Add a cross-trained BPA:\nbackup_bpas: [<person id>]',
			);
		}
	},
};
