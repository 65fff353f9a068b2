import type { ExampleFiles, Rule } from '../engine/rule.ts';
import { at } from '../engine/rule.ts';
import type { Entry } from '../model/handbook.ts';
import { fieldName } from '../model/schema-messages.ts';
import { periodAt, periodOf, type Period } from '../dates/calendar.ts';
import { figureOfResult, resultsByFigure, seriesKind } from '../reports/kpi-results.ts';
import type { Kpi, KpiFigure } from '../schemas/kpi.ts';
import { count } from '../text/plural.ts';

/*
 * The figures a supervisor records under a KPI's `results` must each be readable against
 * one target: a figure of the KPI, one result per period, periods in order and of one kind.
 * src/reports/kpi-results.ts reads them for the KPI page and /handbook.json.
 */

const KPI_FILE = 'src/content/kpis/client-response.yaml';
const KPI_TEXT = `name: Client response time
role: csa
target: Every client message answered within 24 business hours.
figures:
  - { value: 24, unit: business-hours, of: to answer a client message }
  - { value: 100, unit: percent, of: client messages answered in time }
measure: The pod lead samples ten client threads per CSA each month.
`;

/** The example KPI with `results` (lines under `results:`), and `extra` lines before them. */
function kpiWith(results: string, extra = ''): ExampleFiles {
	return { [KPI_FILE]: `${KPI_TEXT}${extra}results:\n${results}` };
}

const QUARTERS = '  - { period: 2026-Q2, value: 20 }\n  - { period: 2026-Q3, value: 31, note: Two threads waited over the July close. }\n';

/** `the figure in percent ("client messages answered in time")`: a figure as an author finds it in the file. */
function figureName(figure: KpiFigure): string {
	return `the figure in ${figure.unit} ("${figure.of}")`;
}

/** `a, b and c`. */
function inWords(items: readonly string[]): string {
	return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

const kinds = (period: Period) => (period.kind === 'quarter' ? 'quarters' : 'months');

/** The KPIs that record results, with the handbook's own (computed) ones left to kpi/computed-results. */
function* recording(kpis: Iterable<Entry<Kpi>>): Iterable<Entry<Kpi>> {
	for (const kpi of kpis) if (!kpi.data.computed && kpi.data.results.length > 0) yield kpi;
}

export const kpiUnknownUnit: Rule = {
	id: 'kpi/unknown-unit',
	severity: 'error',
	description: "A KPI result names a unit that none of the KPI's figures is counted in, or the KPI has results but no figures.",
	why: 'A result is read against the target of the figure it measures: its page draws the target beside it and says whether it was met. A result whose unit names no figure has no target, so it could only be shown as a bare number, or not at all.',
	fix: "Set the result's `unit` to the unit of the figure it measures (without one it measures the first figure), or add the figure under `figures`.",
	examples: {
		fails: [
			{ title: 'a result in business days for a KPI counted in business hours and percent', files: kpiWith(`${QUARTERS}  - { period: 2026-Q3, value: 2, unit: business-days }\n`) },
			{ title: 'results for a KPI with no figures', files: { [KPI_FILE]: `${KPI_TEXT.replace(/figures:\n( {2}- .*\n)+/, '')}results:\n${QUARTERS}` } },
		],
		passes: [
			{ title: 'results for the first figure, and one that names the second by its unit', files: kpiWith(`${QUARTERS}  - { period: 2026-Q3, value: 96, unit: percent }\n`) },
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

export const kpiDuplicatePeriod: Rule = {
	id: 'kpi/duplicate-period',
	severity: 'error',
	description: 'A KPI has two results for the same period of the same figure.',
	why: 'A period has one figure: with two, the page and `/handbook.json` could show only one of them, and nobody could tell which the supervisor meant.',
	fix: 'Keep one result per period for each figure: remove the other, or correct its period.',
	examples: {
		fails: [{ title: 'the same quarter recorded twice', files: kpiWith(`${QUARTERS}  - { period: 2026-Q3, value: 27, note: Recounted. }\n`) }],
		passes: [{ title: 'one quarter for each of two figures', files: kpiWith(`${QUARTERS}  - { period: 2026-Q3, value: 96, unit: percent }\n`) }],
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

export const kpiMixedPeriods: Rule = {
	id: 'kpi/mixed-periods',
	severity: 'error',
	description: "A KPI's results for one figure mix months (2026-09) and quarters (2026-Q3).",
	why: "A month's figure and a quarter's figure are not the same measure: drawn side by side, a quarter looks like one long month, and which months are missing cannot be told.",
	fix: 'Record each figure by quarter throughout, or by month throughout.',
	examples: {
		fails: [{ title: 'a month among quarters', files: kpiWith(`${QUARTERS}  - { period: 2026-10, value: 18 }\n`) }],
		passes: [
			{
				title: 'one figure by quarter, the other by month',
				files: kpiWith(`${QUARTERS}  - { period: 2026-09, value: 100, unit: percent }\n  - { period: 2026-10, value: 95, unit: percent }\n`),
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

export const kpiComputedResults: Rule = {
	id: 'kpi/computed-results',
	severity: 'error',
	description: 'A KPI the handbook measures itself (computed) has results written in its file.',
	why: "A computed KPI's figures come from the handbook's own files, on its page and in the review dashboard; figures written by hand beside them would never be shown, and would disagree with those that are.",
	fix: 'Remove `results`; or, if the KPI is measured by hand after all, remove `computed`.',
	examples: {
		fails: [{ title: 'results on the computed SOP-maintenance KPI', files: kpiWith('  - { period: 2026-Q3, value: 100, unit: percent }\n', 'computed: sop-maintenance\n') }],
		passes: [{ title: 'the computed KPI without results', files: { [KPI_FILE]: `${KPI_TEXT}computed: sop-maintenance\n` } }],
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

function monthsOf(quarter: Period): string[] {
	return [0, 1, 2].map((i) => periodAt('month', quarter.index * 3 + i).id);
}
