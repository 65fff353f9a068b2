import { coverageOf, spanOf, type Coverage } from '../coverage/coverage.ts';
import { gapInWords } from '../coverage/describe.ts';
import { at, type NextStep, type Rule, type RuleContext } from '../engine/rule.ts';
import { absenceHolds } from '../model/away.ts';
import { count } from '../text/plural.ts';
import { EXAMPLE_SOP, edited } from './examples/base-handbook.ts';

/** The coverage model, computed once per check and shared by the coverage rules. */
const cache = new WeakMap<RuleContext, Coverage>();

function coverage(context: RuleContext): Coverage {
	let found = cache.get(context);
	if (!found) {
		found = coverageOf(context.handbook, context.today);
		cache.set(context, found);
	}
	return found;
}

const COVERAGE_GAPS: NextStep = {
	priority: 65,
	onlyWithoutErrors: true,
	advice: (n) => `${count(n, 'coverage gap')} in the coming weeks. The coverage page lists them worst first, each with what to fix.`,
};

/** Base-handbook people files with time off added. */
const away = (file: 'ana-silva' | 'ben-ode', absences: string) => edited(`src/content/people/${file}.yaml`, ['pod: east\n', `pod: east\nout_of_office:\n${absences}`]);

/** The example SOP run by a CSA and a BPA, with its steps labelled. */
const TWO_ROLE_SOP = edited(
	EXAMPLE_SOP,
	['client: acme\n', 'client: acme\nroles: [csa, bpa]\n'],
	['1. Check the approvals.\n2. Release the run.', '1. **CSA**: Check the approvals.\n2. **BPA**: Release the run.'],
);

export const coverageSingleBpa: Rule = {
	id: 'coverage/single-bpa',
	severity: 'warning',
	description: 'A client whose SOPs have a BPA part has one bill pay associate and no backup BPA.',
	why: "When a client's only BPA is out, nobody enters or pays its bills, and the run slips past the cut-off.",
	fix: 'Cross-train another BPA on the client and list them under `backup_bpas`.',
	next: COVERAGE_GAPS,
	examples: {
		fails: [{ title: 'a bill run with a BPA part, and one BPA on the client', files: TWO_ROLE_SOP }],
		passes: [
			{
				title: 'a second BPA trained as backup',
				files: {
					...TWO_ROLE_SOP,
					...edited('src/content/clients/acme.yaml', ['bpas: [dev-rao]\n', 'bpas: [dev-rao]\nbackup_bpas: [eve-stone]\n']),
					'src/content/people/eve-stone.yaml': 'name: Eve Stone\nroles: [bpa]\npod: east\n',
				},
			},
		],
	},
	*check(context) {
		for (const gap of coverage(context).gaps) {
			if (gap.kind !== 'single-bpa') continue;
			const words = gapInWords(context.handbook, gap);
			const sops = gap.sops.map((s) => s.id).join(', ');
			yield at(gap.client.file, ['bpas'], `${words.what.replace(/\.$/, '')} (${sops}).`, 'Add a cross-trained BPA:\nbackup_bpas: [<person id>]');
		}
	},
};

export const coverageNobodyIn: Rule = {
	id: 'coverage/nobody-in',
	severity: 'warning',
	description: "On some working day in the coverage window, no one who can run a role's part of an SOP in use is in (or no one is trained for it at all).",
	why: 'An SOP is only covered if someone trained for each part is at work on the day it runs; two names on the page do not help when both are on leave.',
	fix: 'Move one of the absences, or cross-train another person and record them under `trained` (or a whole role under `trained_roles`).',
	next: COVERAGE_GAPS,
	examples: {
		fails: [
			{
				title: 'the owner and the backup out on the same day',
				files: { ...away('ana-silva', '  - { from: 2026-12-01, to: 2026-12-01 }\n'), ...away('ben-ode', '  - { from: 2026-11-30, to: 2026-12-02 }\n') },
			},
		],
		passes: [
			{
				title: 'their time off on different days',
				files: { ...away('ana-silva', '  - { from: 2026-12-01, to: 2026-12-01 }\n'), ...away('ben-ode', '  - { from: 2026-12-02, to: 2026-12-03 }\n') },
			},
		],
	},
	*check(context) {
		for (const gap of coverage(context).gaps) {
			if (gap.kind !== 'sop-part') continue;
			const words = gapInWords(context.handbook, gap);
			const path = gap.sop.data.roles ? ['roles'] : gap.sop.data.backup ? ['backup'] : ['owner'];
			yield at(gap.sop.file, path, words.what, words.fix);
		}
	},
};

export const coverageCsasOut: Rule = {
	id: 'coverage/csas-out',
	severity: 'warning',
	description: "A client's CSA and backup CSA are both out on the same working day in the coverage window.",
	why: 'On that day no one who knows the client answers its messages, approves its run or notices a missed cut-off.',
	fix: 'Move one of the absences, or arrange cover with another CSA in the hand-off note.',
	next: COVERAGE_GAPS,
	examples: {
		fails: [
			{
				title: 'the CSA and the backup CSA away together',
				files: { ...away('ana-silva', '  - { from: 2026-12-07, to: 2026-12-11 }\n'), ...away('ben-ode', '  - { from: 2026-12-10, to: 2026-12-18 }\n') },
			},
		],
		passes: [
			{
				title: 'one back before the other leaves',
				files: { ...away('ana-silva', '  - { from: 2026-12-07, to: 2026-12-09 }\n'), ...away('ben-ode', '  - { from: 2026-12-10, to: 2026-12-18 }\n') },
			},
		],
	},
	*check(context) {
		for (const gap of coverage(context).gaps) {
			if (gap.kind !== 'client-csas') continue;
			const words = gapInWords(context.handbook, gap);
			yield at(gap.client.file, gap.client.data.backup_csa ? ['backup_csa'] : ['csa'], words.what, words.fix);
		}
	},
};

export const coverageLeadOut: Rule = {
	id: 'coverage/lead-out',
	severity: 'warning',
	description: 'A pod lead is out on working days in the coverage window and the absence names no acting lead.',
	why: 'Escalations go to the pod lead; while the lead is away, the pod needs to know whose door to knock on, or escalations wait until the lead is back.',
	fix: 'Name the acting lead on the absence: `acting_lead: <person id>`.',
	next: COVERAGE_GAPS,
	examples: {
		fails: [{ title: 'the pod lead away for a week with no one acting', files: away('ana-silva', '  - { from: 2026-12-07, to: 2026-12-11 }\n') }],
		passes: [{ title: 'an acting lead named', files: away('ana-silva', '  - { from: 2026-12-07, to: 2026-12-11, acting_lead: ben-ode }\n') }],
	},
	*check(context) {
		for (const gap of coverage(context).gaps) {
			if (gap.kind !== 'pod-lead') continue;
			const lead = context.handbook.people.get(gap.lead);
			if (!lead) continue;
			const index = lead.data.out_of_office.findIndex((a) => absenceHolds(a, gap.run.from) && absenceHolds(a, gap.run.to));
			yield at(
				lead.file,
				index === -1 ? ['out_of_office'] : ['out_of_office', index],
				`${lead.data.name} leads ${gap.pod.data.name} and is out on ${spanOf(gap.run)} (${count(gap.run.days, 'working day')}) with no acting lead named.`,
				`Name who leads the pod meanwhile on this absence:\n  - { from: ${lead.data.out_of_office[index]?.from ?? gap.run.from}, to: ${lead.data.out_of_office[index]?.to ?? gap.run.to}, acting_lead: <person id> }`,
			);
		}
	},
};
