import { at, type Rule } from '../engine/rule.ts';
import { fieldName } from '../model/schema-messages.ts';
import { resultsByFigure, seriesKind } from '../reports/kpi-results.ts';
import { figureName, kpiWith, recording } from './utils/kpi-results.ts';

export const kpiPeriodOrder: Rule = {
	id: 'kpi/period-order',
	severity: 'error',
	description: "A KPI's results for one figure are not in period order, oldest first.",
	why: 'The KPI file is the record a supervisor adds to each period, and reviewers read it top to bottom; a result out of order looks like a correction of an earlier period, or hides a period that was never recorded.',
	fix: "Order each figure's results oldest first, and add each new period at the end.",
	examples: {
		fails: [
			{
				title: 'a quarter written after a later one',
				files: kpiWith('  - { period: 2026-Q3, value: 31 }\n  - { period: 2026-Q2, value: 20 }\n'),
				message:
					'results[1].period is 2026-Q2, earlier than 2026-Q3 in results[0] above it for the figure in business-hours ("to answer a client message"); results run oldest first.',
			},
		],
		passes: [
			{
				title: 'each figure oldest first, the figures interleaved',
				files: kpiWith(
					'  - { period: 2026-Q2, value: 20 }\n  - { period: 2026-Q2, value: 100, unit: percent }\n  - { period: 2026-Q3, value: 31 }\n  - { period: 2026-Q3, value: 96, unit: percent }\n',
				),
			},
		],
	},
	*check({ handbook }) {
		for (const kpi of recording(handbook.kpis.values())) {
			for (const [figure, results] of resultsByFigure(kpi.data)) {
				// Months among quarters are kpi/mixed-periods' finding: order is judged in the kind the figure is read in.
				const kind = seriesKind(results.map((r) => r.period));
				const read = results.filter((r) => r.period.kind === kind);
				const late = read.findIndex((r, i) => i > 0 && r.period.index < read[i - 1]!.period.index);
				if (late === -1) continue;
				const { result, index } = read[late]!;
				const above = read[late - 1]!;
				yield at(
					kpi.file,
					['results', index, 'period'],
					`${fieldName(['results', index, 'period'])} is ${result.period}, earlier than ${above.result.period} in results[${above.index}] above it for ${figureName(kpi.data.figures[figure]!)}; results run oldest first.`,
					`Move results[${index}] above results[${above.index}], so the periods run from oldest to newest.`,
				);
			}
		}
	},
};
