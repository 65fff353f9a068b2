import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { referenceRule } from './utils/reference-rule.ts';

export const refUnknownClient = referenceRule('client', 'client', {
	why: "An SOP tied to a client id that does not exist is missing from that client's page and from the coverage report.",
	examples: {
		fails: [
			{
				title: 'the client named by its full name',
				files: edited(EXAMPLE_SOP, ['client: acme', 'client: acme-dental']),
				message: 'client names client "acme-dental", but there is no such client.',
			},
		],
		passes: [
			{
				title: "the client's id, its file name",
				files: edited(EXAMPLE_SOP, ['client: acme', 'client: acme']),
			},
		],
	},
});
