import type { Entry, Handbook } from '../model/handbook.ts';
import { isInUse } from '../model/status.ts';
import type { Kpi, KpiFigure } from '../schemas/kpi.ts';
import type { Sop } from '../schemas/sop.ts';

/** The KPIs in reading order: by `order`, then by name. */
export function sortedKpis(handbook: Handbook): Entry<Kpi>[] {
	return [...handbook.kpis.values()].sort(
		(a, b) => (a.data.order ?? Number.MAX_SAFE_INTEGER) - (b.data.order ?? Number.MAX_SAFE_INTEGER) || a.data.name.localeCompare(b.data.name, 'en'),
	);
}

/** The SOPs in use that name a KPI under `kpis`, by title. */
export function sopsServing(handbook: Handbook, kpi: string): Entry<Sop>[] {
	return [...handbook.sops.values()].filter((s) => isInUse(s) && s.data.kpis.includes(kpi)).sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

export { roleLabel } from '../model/roles.ts';

const UNITS: Record<KpiFigure['unit'], (n: number) => string> = {
	percent: (n) => `${n}%`,
	'business-hours': (n) => `${n} business hour${n === 1 ? '' : 's'}`,
	'business-days': (n) => `${n} business day${n === 1 ? '' : 's'}`,
	'per-day': (n) => `${n} a day`,
	'per-week': (n) => `${n} a week`,
	'per-quarter': (n) => `${n} a quarter`,
	count: (n) => String(n),
	score: (n) => `a score of ${n}`,
};

/** A figure in words: `24 business hours`, `95%`. */
export function figureText(figure: KpiFigure): string {
	return UNITS[figure.unit](figure.value);
}
