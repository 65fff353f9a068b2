import { spanOf } from '../coverage/coverage.ts';
import { at, type Rule } from '../engine/rule.ts';
import { count } from '../text/plural.ts';
import { away, coverage } from './utils/coverage-gaps.ts';
import { COVERAGE_GAPS } from './utils/next-steps.ts';
import { absenceHolds } from '../model/away.ts';

export const coverageLeadOut: Rule = {
	id: 'coverage/lead-out',
	severity: 'warning',
	description:
		'A pod lead is out on working days in the coverage window and the absence names no acting lead.',
	why: 'Escalations go to the pod lead; while the lead is away, the pod needs to know whose door to knock on, or escalations wait until the lead is back.',
	fix: 'Name the acting lead on the absence: `acting_lead: <person id>`.',
	next: COVERAGE_GAPS,
	examples: {
		fails: [
			{
				title: 'the pod lead away for a week with no one acting',
				files: away('ana-silva', '  - { from: 2026-12-07, to: 2026-12-11 }\n'),
				message:
					'Ana Silva leads Pod East and is out on 2026-12-07 to 2026-12-11 (5 working days) with no acting lead named.',
			},
		],
		passes: [
			{
				title: 'an acting lead named',
				files: away(
					'ana-silva',
					'  - { from: 2026-12-07, to: 2026-12-11, acting_lead: ben-ode }\n',
				),
			},
		],
	},
	*check(context) {
		for (const gap of coverage(context).gaps) {
			if (gap.kind !== 'pod-lead') continue;
			const lead = context.handbook.people.get(gap.lead);
			if (!lead) continue;
			const index = lead.data.out_of_office.findIndex(
				(a) => absenceHolds(a, gap.run.from) && absenceHolds(a, gap.run.to),
			);
			yield at(
				lead.file,
				index === -1 ? ['out_of_office'] : ['out_of_office', index],
				`${lead.data.name} leads ${gap.pod.data.name} and is out on ${spanOf(gap.run)} (${count(gap.run.days, 'working day')}) with no acting lead named.`,
				`Name who leads the pod meanwhile on this absence:\n  - { from: ${lead.data.out_of_office[index]?.from ?? gap.run.from}, to: ${lead.data.out_of_office[index]?.to ?? gap.run.to}, acting_lead: <person id> }`,
			);
		}
	},
};
