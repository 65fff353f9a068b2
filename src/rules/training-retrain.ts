import { retrainState } from '../dates/revision.ts';
import { at, type NextStep, type Rule } from '../engine/rule.ts';
import { count } from '../text/plural.ts';
import { activeDocuments } from './utils/active-documents.ts';
import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { changedOn, type Trainee, trainees } from './utils/trainees.ts';

const RETRAIN: NextStep = {
	priority: 65,
	advice: (n) =>
		`${count(n, 'person is', 'people are')} trained on an older version of an SOP. Re-train them, then record it with: npm run handbook -- trained <sop-id> --person <id>`,
};

const field = (t: Trainee) =>
	t.isBackup ? 'backup.trained_on' : `trained[${String(t.path[1])}].on`;

export const trainingRetrain: Rule = {
	id: 'training/retrain',
	severity: 'warning',
	description:
		'Someone trained on the SOP (the backup or a trained entry) was trained before its last material change: within retrain_days of the change (14 unless the config says otherwise) for the backup, at any time for the others.',
	why: 'A material change means the steps people learned are no longer the steps. Whoever runs the SOP from memory runs the old one until they re-learn it; coverage stops counting them after `retrain_days`.',
	fix: 'Walk them through what changed, then record the training: `npm run handbook -- trained <sop-id> --person <id>`.',
	next: RETRAIN,
	examples: {
		fails: [
			{
				title: 'a backup trained before a change made last week',
				files: changedOn('2026-11-15'),
				message:
					'ben-ode was trained on 2026-01-10, before the material change of 2026-11-15: "Approvals over $5,000 now go to the controller."; re-train them by 2026-11-29 (in 7 days), or the SOP has no cross-trained backup.',
			},
			{
				title: 'a trained colleague who missed a change two months ago',
				files: changedOn('2026-09-20', [
					'  trained_on: 2026-01-10\n',
					'  trained_on: 2026-09-21\ntrained:\n  - { person: dev-rao, on: 2026-03-02 }\n',
				]),
				message:
					'dev-rao was trained on 2026-03-02, before the material change of 2026-09-20: "Approvals over $5,000 now go to the controller."; they no longer count as able to run it (the 14 days to re-train ended on 2026-10-04).',
			},
		],
		passes: [
			{
				title: 'a backup re-trained on the day of the change',
				files: changedOn('2026-11-15', ['trained_on: 2026-01-10', 'trained_on: 2026-11-15']),
			},
			{
				title: 'an editorial review after the training',
				files: edited(EXAMPLE_SOP, [
					'last_reviewed: 2026-10-01\n',
					'last_reviewed: 2026-10-01\nreviews:\n  - date: 2026-10-01\n    by: ana-silva\n    change: editorial\n    note: Fixed two links.\n',
				]),
			},
		],
	},
	*check({ handbook, today }) {
		const days = handbook.config.retrain_days;
		for (const doc of activeDocuments(handbook)) {
			if (doc.kind !== 'sop') continue;
			for (const trainee of trainees(doc.data)) {
				const state = retrainState(doc.data, trainee.on, today, days);
				if (state.state === 'current') continue;
				if (trainee.isBackup && state.state === 'retrain-overdue') continue; // backup/old-version reports it as an error.
				const note = state.change.note ? `: "${state.change.note}"` : '';
				const when =
					state.state === 'retrain-due'
						? `re-train them by ${state.due} (${state.daysLeft === 0 ? 'today' : `in ${count(state.daysLeft, 'day')}`})${trainee.isBackup ? ', or the SOP has no cross-trained backup' : ''}`
						: `they no longer count as able to run it (the ${count(days, 'day')} to re-train ended on ${state.due})`;
				yield at(
					doc.file,
					trainee.path,
					`${trainee.person} was trained on ${trainee.on}, before the material change of ${state.change.date}${note}; ${when}.`,
					`Once they have re-learned it, record it with:\n  npm run handbook -- trained ${doc.id} --person ${trainee.person}\n(or set ${field(trainee)}: <the training day>)`,
				);
			}
		}
	},
};
