import type { Rule } from '../engine/rule.ts';
import { FILE_PROBLEMS } from './utils/next-steps.ts';
import { loadProblems } from './utils/load-problems.ts';

export const fileEncoding: Rule = {
	id: 'file/encoding',
	severity: 'error',
	description:
		'A content file is not UTF-8 text (a Word or wiki export saved in another encoding).',
	why: "Read as UTF-8, the other encoding's accented letters and symbols turn into �: a client's name, a vendor's or a currency sign would be published wrong, and nobody would notice until a reader does.",
	next: FILE_PROBLEMS,
	fix: 'Save the file as UTF-8 and check the characters on the line named.',
	examples: {
		fails: [
			{
				title: 'a page exported from an old wiki in Latin-1',
				files: {
					'src/content/docs/notes.mdx': {
						latin1: '---\ntitle: Notes\n---\n\nCaf\u00e9 au lait for the pod check-in.\n',
					},
				},
				message:
					'is not UTF-8 text: line 5 holds bytes in another encoding, which the site would show as �.',
			},
		],
		passes: [
			{
				title: 'the same page saved as UTF-8',
				files: {
					'src/content/docs/notes.mdx':
						'---\ntitle: Notes\n---\n\nCaf\u00e9 au lait for the pod check-in.\n',
				},
			},
		],
	},
	check: (context) => loadProblems(context, 'file/encoding'),
};
