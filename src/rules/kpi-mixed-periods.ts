import { periodAt, periodOf, type Period } from '../dates/calendar.ts';
import { at, type Rule } from '../engine/rule.ts';
import { fieldName } from '../model/schema-messages.ts';
import { resultsByFigure, seriesKind } from '../reports/kpi-results.ts';
import { figureName, kpiWith, QUARTERS, recording } from './utils/kpi-results.ts';

const kinds = (period: Period) => (period.kind === 'quarter' ? 'quarters' : 'months');

export const kpiMixedPeriods: Rule = {
	id: 'kpi/mixed-periods',
	severity: 'error',
	description: "A KPI's results for one figure mix months (2026-09) and quarters (2026-Q3).",
	why: "A month's figure and a quarter's figure are not the same measure: drawn side by side, a quarter looks like one long month, and which months are missing cannot be told.",
	fix: 'Record each figure by quarter throughout, or by month throughout.',
	examples: {
		fails: [
			{
				title: 'a month among quarters',
				files: kpiWith(`${QUARTERS}  - { period: 2026-10, value: 18 }\n`),
				message:
					'results[2].period is 2026-10, a month, but the figure in business-hours ("to answer a client message") is recorded in quarters (results[0] is 2026-Q2); one figure is read in one kind of period.',
			},
		],
		passes: [
			{
				title: 'one figure by quarter, the other by month',
				files: kpiWith(
					`${QUARTERS}  - { period: 2026-09, value: 100, unit: percent }\n  - { period: 2026-10, value: 95, unit: percent }\n`,
				),
			},
		],
	},
	*check({ handbook }) {
		for (const kpi of recording(handbook.kpis.values())) {
			for (const [figure, results] of resultsByFigure(kpi.data)) {
				const kind = seriesKind(results.map((r) => r.period));
				const model = results.find((r) => r.period.kind === kind)!;
				for (const { result, index, period } of results) {
					if (period.kind === kind) continue;
					yield at(
						kpi.file,
						['results', index, 'period'],
						`${fieldName(['results', index, 'period'])} is ${result.period}, a ${period.kind}, but ${figureName(kpi.data.figures[figure]!)} is recorded in ${kinds(model.period)} (results[${model.index}] is ${model.result.period}); one figure is read in one kind of period.`,
						period.kind === 'month'
							? `Record it by quarter like the others, e.g. the quarter that holds this month:\n    period: ${periodOf('quarter', period.from).id}`
							: `Record it by month like the others, one result per month: ${monthsOf(period).join(', ')}.`,
					);
				}
			}
		}
	},
};

function monthsOf(quarter: Period): string[] {
	return [0, 1, 2].map((i) => periodAt('month', quarter.index * 3 + i).id);
}
