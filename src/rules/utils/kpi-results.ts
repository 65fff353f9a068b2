import type { ExampleFiles } from '../../engine/rule.ts';
import type { Entry } from '../../model/handbook.ts';
import type { Kpi, KpiFigure } from '../../schemas/kpi.ts';

/*
 * The figures a supervisor records under a KPI's `results` must each be readable against
 * one target: a figure of the KPI, one result per period, periods in order and of one kind.
 * src/reports/kpi-results.ts reads them for the KPI page and /handbook.json.
 */

export const KPI_FILE = 'src/content/kpis/client-response.yaml';
export const KPI_TEXT = `name: Client response time
role: csa
target: Every client message answered within 24 business hours.
figures:
  - { value: 24, unit: business-hours, of: to answer a client message }
  - { value: 100, unit: percent, of: client messages answered in time }
measure: The pod lead samples ten client threads per CSA each month.
`;

/** The example KPI with `results` (lines under `results:`), and `extra` lines before them. */
export function kpiWith(results: string, extra = ''): ExampleFiles {
	return { [KPI_FILE]: `${KPI_TEXT}${extra}results:\n${results}` };
}

export const QUARTERS =
	'  - { period: 2026-Q2, value: 20 }\n  - { period: 2026-Q3, value: 31, note: Two threads waited over the July close. }\n';

/** `the figure in percent ("client messages answered in time")`: a figure as an author finds it in the file. */
export function figureName(figure: KpiFigure): string {
	return `the figure in ${figure.unit} ("${figure.of}")`;
}

/** The KPIs that record results, with the handbook's own (computed) ones left to kpi/computed-results. */
export function* recording(kpis: Iterable<Entry<Kpi>>): Iterable<Entry<Kpi>> {
	for (const kpi of kpis) if (!kpi.data.computed && kpi.data.results.length > 0) yield kpi;
}
