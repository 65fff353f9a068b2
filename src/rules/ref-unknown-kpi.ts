import { EXAMPLE_SOP, edited } from './utils/base-handbook.ts';
import { referenceRule } from './utils/reference-rule.ts';

export const refUnknownKpi = referenceRule('kpi', 'KPI', {
	why: "An SOP names the KPIs its Targets serve, and each KPI's page lists the SOPs that serve it; an id that names nothing drops the SOP from that list, so the target looks unsupported.",
	examples: {
		fails: [
			{
				title: 'a KPI named by another id than its file name',
				files: edited(EXAMPLE_SOP, [
					'principles: [verify-first]',
					'principles: [verify-first]\nkpis: [response-time]',
				]),
				message: 'kpis[0] names KPI "response-time", but there is no such KPI.',
			},
		],
		passes: [
			{
				title: 'the KPI written first, then named by its file name',
				files: {
					'src/content/kpis/client-response.yaml':
						'name: Client response\nrole: csa\ntarget: Every client message answered within 24 business hours.\nmeasure: The supervisor samples ten client threads a month.\n',
					...edited(EXAMPLE_SOP, [
						'principles: [verify-first]',
						'principles: [verify-first]\nkpis: [client-response]',
					]),
				},
			},
		],
	},
});
