import { edited } from './utils/base-handbook.ts';
import { referenceRule } from './utils/reference-rule.ts';

export const refUnknownTraining = referenceRule('training', 'training module', {
	why: 'A prerequisite that does not exist leaves a new hire unsure whether they are ready for the module.',
	examples: {
		fails: [
			{
				title: 'a prerequisite that was never written',
				files: edited('src/content/training/csa/first-week.mdx', [
					'order: 1\n',
					'order: 1\nprerequisites: [csa/orientation]\n',
				]),
				message:
					'prerequisites[0] names training module "csa/orientation", but there is no such training module.',
			},
		],
		passes: [
			{
				title: 'the prerequisite module written first',
				files: {
					'src/content/training/csa/orientation.mdx':
						'---\ntitle: Orientation\nowner: ana-silva\napprovers: [cara-wu]\nlast_reviewed: 2026-09-01\ntrack: [csa]\norder: 1\nduration_minutes: 20\n---\n\nWho is who, and where the handbook is.\n',
					...edited('src/content/training/csa/first-week.mdx', [
						'order: 1\n',
						'order: 2\nprerequisites: [csa/orientation]\n',
					]),
				},
			},
		],
	},
});
