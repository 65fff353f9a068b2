import { idPattern, kindSpec } from '../model/kinds.ts';
import type { Rule } from '../engine/rule.ts';
import { toKebab } from '../text/suggest.ts';
import { FILE_PROBLEMS } from './utils/next-steps.ts';

export const idFormat: Rule = {
	id: 'id/format',
	severity: 'error',
	description: 'A file name is not a lowercase kebab-case id, or a flat folder has sub-folders.',
	why: 'Ids are how files name each other and how pages are addressed; one way of writing them (lowercase words joined by hyphens) means nobody has to guess.',
	fix: 'Rename the file in lowercase words joined by hyphens, and update the places that name it.',
	next: FILE_PROBLEMS,
	examples: {
		fails: [
			{
				title: 'capitals and an underscore in a file name',
				files: {
					'src/content/people/Eve_Stone.yaml': 'name: Eve Stone\nroles: [bpa]\npod: east\n',
				},
				message:
					'the file name gives the id "Eve_Stone"; people files sit directly in src/content/people/ and are named in lowercase words joined by hyphens.',
			},
			{
				title: 'a person in a sub-folder',
				files: {
					'src/content/people/east/eve-stone.yaml': 'name: Eve Stone\nroles: [bpa]\npod: east\n',
				},
				message:
					'the file name gives the id "east/eve-stone"; people files sit directly in src/content/people/ and are named in lowercase words joined by hyphens.',
			},
		],
		passes: [
			{
				title: 'a lowercase, hyphenated file name',
				files: {
					'src/content/people/eve-stone.yaml': 'name: Eve Stone\nroles: [bpa]\npod: east\n',
				},
			},
		],
	},
	*check({ handbook }) {
		for (const file of handbook.files) {
			// A link, a pipe or a folder the check cannot read is not named by its id: file/not-regular says what to do.
			if (file.problems.some((p) => p.rule === 'file/not-regular')) continue;
			const spec = kindSpec(file.kind);
			if (idPattern(spec).test(file.id)) continue;
			const extension = file.path.slice(file.path.lastIndexOf('.'));
			const suggested = spec.nested ? toKebab(file.id) : toKebab(file.id.replace(/\//g, '-'));
			yield {
				file: file.path,
				line: 1,
				column: 1,
				message: spec.nested
					? `the file name gives the id "${file.id}"; ids are lowercase words joined by hyphens.`
					: `the file name gives the id "${file.id}"; ${spec.folder} files sit directly in src/content/${spec.folder}/ and are named in lowercase words joined by hyphens.`,
				hint: `Rename the file to src/content/${spec.folder}/${suggested}${extension} and update the places that name it.`,
			};
		}
	},
};
