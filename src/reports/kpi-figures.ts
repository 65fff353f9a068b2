import type { PlainDate } from '../schemas/date.ts';
import type { Entry, Handbook } from '../model/handbook.ts';
import type { Kpi, KpiFigure } from '../schemas/kpi.ts';
import { roleLabel } from '../model/roles.ts';
import type { SopMaintenanceReport } from './sop-maintenance.ts';
import { parsePeriod } from '../dates/calendar.ts';
import { amountText, figureOfResult, meets } from './kpi-results.ts';

/** One figure measured in a KPI's latest period, beside the target figure of the same unit. */
export interface KpiResultFigure {
	value: number;
	/** The unit it was recorded in; the KPI's first figure's when the result names none, `null` when the KPI has no figures. */
	unit: KpiFigure['unit'] | null;
	note: string | null;
	/** The KPI's target figure in the same unit, `null` when it has none. */
	target: KpiFigure | null;
	/** Whether the value met that target (which way is better: `src/reports/kpi-results.ts`), `null` without one. */
	met: boolean | null;
}

/** The SOP-maintenance KPI as the handbook measures it today: the firm's client SOPs within their review cycle. */
export interface KpiComputed {
	measure: 'sop-maintenance';
	as_of: PlainDate;
	sops: number;
	within: number;
	/** `within / sops`, `null` when there is nothing to count. */
	share: number | null;
	/** The share as a whole percentage, `null` when there is nothing to count. */
	value: number | null;
	unit: 'percent';
	/** The KPI's percent target figure, `null` when it has none. */
	target: KpiFigure | null;
}

/** A KPI's newest figures against its targets. */
export interface KpiFigures {
	id: string;
	name: string;
	role: string;
	/** The role as readers see it: `CSA`. */
	role_label: string;
	/** The target in words. */
	target: string;
	/** The results of the newest period recorded, `null` when none is. */
	latest: { period: string; results: KpiResultFigure[] } | null;
	/** For a KPI the handbook measures itself, today's figure. */
	computed: KpiComputed | null;
}

/** The newest period among the results (by its last day; of two that end together, the one recorded last), and its results. */
function latestOf(kpi: Kpi): KpiFigures['latest'] {
	let latest: { id: string; to: string } | undefined;
	for (const r of kpi.results) {
		const period = parsePeriod(r.period);
		if (period && (latest === undefined || period.to >= latest.to)) latest = period;
	}
	if (latest === undefined) return null;
	const period = latest.id;
	const results = kpi.results
		.filter((r) => r.period === period)
		.map((r) => {
			const index = figureOfResult(kpi.figures, r);
			const target = index === undefined ? null : kpi.figures[index]!;
			return {
				value: r.value,
				unit: r.unit ?? kpi.figures[0]?.unit ?? null,
				note: r.note ?? null,
				target,
				met: target === null ? null : meets(target, r.value),
			};
		});
	return { period, results };
}

function computedOf(kpi: Kpi, maintenance: SopMaintenanceReport): KpiComputed | null {
	if (kpi.computed !== 'sop-maintenance') return null;
	const { sops, within, share } = maintenance.firm.now;
	return {
		measure: 'sop-maintenance',
		as_of: maintenance.today,
		sops,
		within,
		share,
		value: share === null ? null : Math.round(share * 100),
		unit: 'percent',
		target: kpi.figures.find((f) => f.unit === 'percent') ?? null,
	};
}

/** Every KPI, by `order` then name, with its newest recorded figures and, when the handbook measures it, today's. */
export function kpiFigures(handbook: Handbook, maintenance: SopMaintenanceReport): KpiFigures[] {
	const order = (k: Entry<Kpi>) => k.data.order ?? Number.MAX_SAFE_INTEGER;
	return [...handbook.kpis.values()]
		.sort((a, b) => order(a) - order(b) || a.data.name.localeCompare(b.data.name, 'en'))
		.map((k) => ({
			id: k.id,
			name: k.data.name,
			role: k.data.role,
			role_label: roleLabel(handbook.config, k.data.role),
			target: k.data.target,
			latest: latestOf(k.data),
			computed: computedOf(k.data, maintenance),
		}));
}

/** A number in its unit, in words: `24 business hours`, `95%`; a bare number when the unit is unknown. */
export function valueText(value: number, unit: KpiFigure['unit'] | null): string {
	return unit === null ? String(value) : amountText(value, unit);
}
