import { edited } from './utils/base-handbook.ts';
import { referenceRule } from './utils/reference-rule.ts';

export const refUnknownSop = referenceRule('sop', 'SOP', {
	why: 'A training module that teaches an SOP that is not there, or a retired SOP replaced by nothing, sends a new hire to a dead end.',
	examples: {
		fails: [
			{
				title: 'a training module that names an SOP without its folder',
				files: edited('src/content/training/csa/first-week.mdx', [
					'sops: [clients/acme/bill-run]',
					'sops: [bill-run]',
				]),
				message: 'sops[0] names SOP "bill-run", but there is no such SOP.',
			},
		],
		passes: [
			{
				title: "the SOP's path under `sops/`, without extension",
				files: edited('src/content/training/csa/first-week.mdx', [
					'sops: [clients/acme/bill-run]',
					'sops: [clients/acme/bill-run]',
				]),
			},
		],
	},
});
