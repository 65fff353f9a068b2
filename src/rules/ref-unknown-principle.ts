import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { referenceRule } from './utils/reference-rule.ts';

export const refUnknownPrinciple = referenceRule('principle', 'principle', {
	why: 'Each SOP names the principles it puts into practice, and the site links the two both ways; an id that names nothing breaks the link.',
	examples: {
		fails: [
			{
				title: 'a principle named by part of its id',
				files: edited(EXAMPLE_SOP, ['principles: [verify-first]', 'principles: [verify]']),
				message: 'principles[0] names principle "verify", but there is no such principle.',
			},
		],
		passes: [
			{
				title: 'two principles, by their ids',
				files: edited(EXAMPLE_SOP, [
					'principles: [verify-first]',
					'principles: [verify-first, write-it-down]',
				]),
			},
		],
	},
});
