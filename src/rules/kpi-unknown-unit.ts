import { at, type Rule } from '../engine/rule.ts';
import { fieldName } from '../model/schema-messages.ts';
import { figureOfResult } from '../reports/kpi-results.ts';
import { count } from '../text/plural.ts';
import { KPI_FILE, KPI_TEXT, kpiWith, QUARTERS, recording } from './utils/kpi-results.ts';

/** `a, b and c`. */
function inWords(items: readonly string[]): string {
	return items.length < 2
		? (items[0] ?? '')
		: `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

export const kpiUnknownUnit: Rule = {
	id: 'kpi/unknown-unit',
	severity: 'error',
	description:
		"A KPI result names a unit that none of the KPI's figures is counted in, or the KPI has results but no figures.",
	why: 'A result is read against the target of the figure it measures: its page draws the target beside it and says whether it was met. A result whose unit names no figure has no target, so it could only be shown as a bare number, or not at all.',
	fix: "Set the result's `unit` to the unit of the figure it measures (without one it measures the first figure), or add the figure under `figures`.",
	examples: {
		fails: [
			{
				title: 'a result in business days for a KPI counted in business hours and percent',
				files: kpiWith(`${QUARTERS}  - { period: 2026-Q3, value: 2, unit: business-days }\n`),
				message:
					"results[2].unit is business-days, but none of the KPI's figures is counted in business-days (they are in business-hours and percent), so the result has no target to be read against.",
			},
			{
				title: 'results for a KPI with no figures',
				files: {
					[KPI_FILE]: `${KPI_TEXT.replace(/figures:\n( {2}- .*\n)+/, '')}results:\n${QUARTERS}`,
				},
				message:
					'results has 2 entries, but the KPI has no figures, so no result has a target to be read against.',
			},
		],
		passes: [
			{
				title: 'results for the first figure, and one that names the second by its unit',
				files: kpiWith(`${QUARTERS}  - { period: 2026-Q3, value: 96, unit: percent }\n`),
			},
		],
	},
	*check({ handbook }) {
		for (const kpi of recording(handbook.kpis.values())) {
			const { figures, results } = kpi.data;
			if (figures.length === 0) {
				yield at(
					kpi.file,
					['results'],
					`results has ${count(results.length, 'entry', 'entries')}, but the KPI has no figures, so no result has a target to be read against.`,
					'Add the target in numbers, one figure per number in the target, e.g.:\nfigures:\n  - { value: 95, unit: percent, of: "<what it counts>" }',
				);
				continue;
			}
			const units = [...new Set(figures.map((f) => f.unit))];
			for (const [i, result] of results.entries()) {
				if (figureOfResult(figures, result) !== undefined) continue;
				yield at(
					kpi.file,
					['results', i, 'unit'],
					`${fieldName(['results', i, 'unit'])} is ${result.unit}, but none of the KPI's figures is counted in ${result.unit} (they are in ${inWords(units)}), so the result has no target to be read against.`,
					`Write the unit of the figure it measures, e.g.:\n    unit: ${units[0]}\nor add a figure in ${result.unit} under figures.`,
				);
			}
		}
	},
};
