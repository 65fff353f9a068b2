import { at, type Rule } from '../engine/rule.ts';
import { activeDocuments } from './utils/active-documents.ts';
import { count } from '../text/plural.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';

export const ownerInactive: Rule = {
	id: 'owner/inactive',
	severity: 'warning',
	description: 'The owner of a document in use is marked inactive, so only the backup can run it.',
	why: 'A document whose owner has left has nobody to keep it current or to answer questions on it, and it goes stale at its next review.',
	fix: 'Hand it to an active colleague: set `owner` to their id.',
	next: {
		priority: 60,
		advice: (n) =>
			`${count(n, 'document has an owner', 'documents have owners')} who left. Hand each to an active colleague.`,
	},
	examples: {
		fails: [
			{
				title: 'an SOP owned by someone who has left',
				files: edited(EXAMPLE_SOP, ['owner: ana-silva', 'owner: old-hand']),
				message:
					'owner "old-hand" (Old Hand) is marked inactive, so only the backup (ben-ode) can run it.',
			},
		],
		passes: [
			{
				title: 'the SOP handed to an active colleague',
				files: edited(EXAMPLE_SOP, ['owner: ana-silva', 'owner: dev-rao']),
			},
		],
	},
	*check({ handbook }) {
		for (const doc of activeDocuments(handbook)) {
			const owner = handbook.people.get(doc.data.owner);
			if (!owner || owner.data.active) continue;
			const backup = doc.kind === 'sop' ? doc.data.backup?.person : undefined;
			yield at(
				doc.file,
				['owner'],
				`owner "${doc.data.owner}" (${owner.data.name}) is marked inactive${backup ? `, so only the backup (${backup}) can run it` : ''}.`,
				`Hand it to an active colleague${backup ? `, for example the backup, and cross-train a new backup` : ''}:\nowner: <their id>`,
			);
		}
	},
};
