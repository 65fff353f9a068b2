import { at, type Rule } from '../engine/rule.ts';
import { count } from '../text/plural.ts';
import { KPI_FILE, KPI_TEXT, kpiWith } from './utils/kpi-results.ts';

export const kpiComputedResults: Rule = {
	id: 'kpi/computed-results',
	severity: 'error',
	description: 'A KPI the handbook measures itself (computed) has results written in its file.',
	why: "A computed KPI's figures come from the handbook's own files, on its page and in the review dashboard; figures written by hand beside them would never be shown, and would disagree with those that are.",
	fix: 'Remove `results`; or, if the KPI is measured by hand after all, remove `computed`.',
	examples: {
		fails: [
			{
				title: 'results on the computed SOP-maintenance KPI',
				files: kpiWith(
					'  - { period: 2026-Q3, value: 100, unit: percent }\n',
					'computed: sop-maintenance\n',
				),
				message:
					'results has 1 entry, but this KPI is computed: sop-maintenance, so the handbook measures it from its own files and never shows figures written here.',
			},
		],
		passes: [
			{
				title: 'the computed KPI without results',
				files: { [KPI_FILE]: `${KPI_TEXT}computed: sop-maintenance\n` },
			},
		],
	},
	*check({ handbook }) {
		for (const kpi of handbook.kpis.values()) {
			const { computed, results } = kpi.data;
			if (!computed || results.length === 0) continue;
			yield at(
				kpi.file,
				['results'],
				`results has ${count(results.length, 'entry', 'entries')}, but this KPI is computed: ${computed}, so the handbook measures it from its own files and never shows figures written here.`,
				'Remove results. If the KPI is measured by hand after all, remove computed instead.',
			);
		}
	},
};
