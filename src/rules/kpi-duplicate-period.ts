import { at, type Rule } from '../engine/rule.ts';
import { resultsByFigure } from '../reports/kpi-results.ts';
import { figureName, kpiWith, QUARTERS, recording } from './utils/kpi-results.ts';

export const kpiDuplicatePeriod: Rule = {
	id: 'kpi/duplicate-period',
	severity: 'error',
	description: 'A KPI has two results for the same period of the same figure.',
	why: 'A period has one figure: with two, the page and `/handbook.json` could show only one of them, and nobody could tell which the supervisor meant.',
	fix: 'Keep one result per period for each figure: remove the other, or correct its period.',
	examples: {
		fails: [
			{
				title: 'the same quarter recorded twice',
				files: kpiWith(`${QUARTERS}  - { period: 2026-Q3, value: 27, note: Recounted. }\n`),
				message:
					'results[2] is a second result for 2026-Q3 of the figure in business-hours ("to answer a client message"); results[1] already gives that period, and the page can show only one.',
			},
		],
		passes: [
			{
				title: 'one quarter for each of two figures',
				files: kpiWith(`${QUARTERS}  - { period: 2026-Q3, value: 96, unit: percent }\n`),
			},
		],
	},
	*check({ handbook }) {
		for (const kpi of recording(handbook.kpis.values())) {
			for (const [figure, results] of resultsByFigure(kpi.data)) {
				const seen = new Map<string, number>();
				for (const { result, index } of results) {
					const first = seen.get(result.period);
					if (first === undefined) {
						seen.set(result.period, index);
						continue;
					}
					yield at(
						kpi.file,
						['results', index, 'period'],
						`results[${index}] is a second result for ${result.period} of ${figureName(kpi.data.figures[figure]!)}; results[${first}] already gives that period, and the page can show only one.`,
						`Keep one result for ${result.period}: remove results[${index}] or results[${first}], or correct the period of this one.`,
					);
				}
			}
		}
	},
};
