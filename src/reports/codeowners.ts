import { controlledDocuments, type Handbook } from '../model/handbook.ts';
import { isActivePerson, isRetired } from '../model/status.ts';
import { CODEOWNERS_PATH } from '../paths.ts';

export interface CodeownersResult {
	text: string;
	/** People named as owners or approvers who have no `github` handle. */
	missingHandles: string[];
}

/**
 * CODEOWNERS for the handbook, the same default-deny policy as `approvals`: every path
 * belongs to the supervisors, except that a pull request that touches a document asks its
 * owner and approvers to review (a later line wins in CODEOWNERS).
 */
export function buildCodeowners(handbook: Handbook): CodeownersResult {
	const missing = new Set<string>();
	const handle = (id: string) => {
		const github = handbook.people.get(id)?.data.github;
		if (!github) missing.add(id);
		return github ? `@${github}` : undefined;
	};
	const lines = [
		'# Written by `npm run handbook -- codeowners` from the owners and approvers in the',
		'# handbook. Do not edit by hand: change the documents, then run the command again.',
		'',
	];
	const supervisors = [...handbook.people.values()]
		.filter((p) => isActivePerson(p) && p.data.roles.includes('supervisor'))
		.map((p) => handle(p.id))
		.filter((h) => h !== undefined)
		.sort();
	if (supervisors.length > 0)
		lines.push(
			'# Every path not named below: code, config, workflows, people, clients and pages.',
			`* ${supervisors.join(' ')}`,
			'',
		);
	for (const doc of controlledDocuments(handbook)) {
		if (isRetired(doc)) continue;
		const owners = [
			...new Set(
				[doc.data.owner, ...doc.data.approvers].map(handle).filter((h) => h !== undefined),
			),
		];
		if (owners.length > 0) lines.push(`/${doc.file.path.replace(/ /g, '\\ ')} ${owners.join(' ')}`);
	}
	lines.push(
		'',
		'# Who reviews changes to this file.',
		`/${CODEOWNERS_PATH} ${supervisors.join(' ')}`.trimEnd(),
		'',
	);
	return { text: lines.join('\n'), missingHandles: [...missing].sort() };
}
