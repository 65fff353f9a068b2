import { edited } from './utils/base-handbook.ts';
import { referenceRule } from './utils/reference-rule.ts';

export const refUnknownPod = referenceRule('pod', 'pod', {
	why: 'People and clients are grouped into pods who cover for each other; a pod that does not exist leaves them outside any cover.',
	examples: {
		fails: [
			{
				title: 'a client in a pod that does not exist',
				files: edited('src/content/clients/acme.yaml', ['pod: east', 'pod: west']),
				message: 'pod names pod "west", but there is no such pod. Did you mean "east"?',
			},
		],
		passes: [
			{
				title: 'the pod added first',
				files: {
					'src/content/pods/west.yaml': 'name: Pod West\nlead: cara-wu\n',
					...edited('src/content/clients/acme.yaml', ['pod: east', 'pod: west']),
				},
			},
		],
	},
});
