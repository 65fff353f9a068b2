import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { referenceRule } from './utils/reference-rule.ts';

export const refUnknownPerson = referenceRule('person', 'person', {
	why: 'An owner, backup or approver who is not on the roster cannot be reached, cover or sign off; it is usually a typo, or someone never added.',
	examples: {
		fails: [
			{
				title: 'a misspelt owner',
				files: edited(EXAMPLE_SOP, ['owner: ana-silva', 'owner: ana-silvia']),
				message:
					'owner names person "ana-silvia", but there is no such person. Did you mean "ana-silva"?',
			},
		],
		passes: [
			{
				title: 'a new colleague, added to the roster first',
				files: {
					'src/content/people/eve-stone.yaml': 'name: Eve Stone\nroles: [csa]\npod: east\n',
					...edited(EXAMPLE_SOP, ['person: ben-ode', 'person: eve-stone']),
				},
			},
		],
	},
});
