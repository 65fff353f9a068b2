import { at, type Rule } from '../engine/rule.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';

const retired = (replacement: string) =>
	[
		'last_reviewed: 2026-10-01\n',
		`last_reviewed: 2026-10-01\nstatus: retired\n${replacement}`,
	] as const;
/** The SOP in use that replaces the example's: the same procedure under a new title. */
const NEW_RUN = edited(EXAMPLE_SOP, [
	'title: Acme weekly bill run',
	'title: Acme bill run, from January',
])[EXAMPLE_SOP]!;

export const retiredReplacement: Rule = {
	id: 'retired/replacement',
	severity: 'error',
	description:
		'A retired SOP names no SOP in use under superseded_by: none at all, itself, or one that is a draft or retired too.',
	why: 'A retired SOP stays published, with a banner, and the rules that ask for an owner, a backup and approvers no longer judge it. Its reader must be sent to the procedure that replaced it; without one, retiring an SOP would be a way to publish a page nobody answers for.',
	fix: 'Set `superseded_by` to the id of the SOP in use that replaces it.',
	examples: {
		fails: [
			{
				title: 'retired with no replacement',
				files: edited(EXAMPLE_SOP, retired('')),
				message:
					'is retired but names no replacement under superseded_by, so its readers are sent nowhere.',
			},
			{
				title: 'retired in favour of itself',
				files: edited(EXAMPLE_SOP, retired('superseded_by: clients/acme/bill-run\n')),
				message:
					'superseded_by names this SOP itself ("clients/acme/bill-run"); a retired SOP is replaced by another one.',
			},
		],
		passes: [
			{
				title: 'retired in favour of the SOP in use that replaces it',
				files: {
					...edited(EXAMPLE_SOP, retired('superseded_by: clients/acme/new-run\n')),
					'src/content/sops/clients/acme/new-run.mdx': NEW_RUN,
				},
			},
		],
	},
	*check({ handbook }) {
		for (const sop of handbook.sops.values()) {
			if (sop.data.status !== 'retired') continue;
			const replacement = sop.data.superseded_by;
			const hint =
				'Name the SOP in use that replaces it:\nsuperseded_by: <its id, its path under sops/>';
			if (replacement === undefined) {
				yield at(
					sop.file,
					['status'],
					'is retired but names no replacement under superseded_by, so its readers are sent nowhere.',
					hint,
				);
			} else if (replacement === sop.id) {
				yield at(
					sop.file,
					['superseded_by'],
					`superseded_by names this SOP itself ("${replacement}"); a retired SOP is replaced by another one.`,
					hint,
				);
			} else {
				const target = handbook.sops.get(replacement);
				// An id that names no SOP is ref/unknown-sop's finding.
				if (target && target.data.status !== 'active') {
					yield at(
						sop.file,
						['superseded_by'],
						`superseded_by names "${replacement}", which is ${target.data.status} too; readers must be sent to an SOP in use.`,
						target.data.status === 'retired' && target.data.superseded_by
							? `superseded_by: ${target.data.superseded_by}`
							: hint,
					);
				}
			}
		}
	},
};
