import { z } from 'astro/zod';
import { plainText } from './text.ts';
import { ref } from './reference.ts';

/** The units a KPI's figures are counted in. */
export const KPI_UNITS = ['percent', 'business-hours', 'business-days', 'per-day', 'per-week', 'per-quarter', 'count', 'score'] as const;

/** Units of time taken: a target in one is a most, so a lower figure is better. */
export const KPI_TIME_UNITS: readonly KpiUnit[] = ['business-hours', 'business-days'];

/** Which way a measured figure should go: `higher` (the target is a least) or `lower` (a most). */
export const KPI_BETTER = ['higher', 'lower'] as const;

/** What the handbook can measure by itself, from its own files. */
export const KPI_COMPUTED = ['sop-maintenance'] as const;

/** One number in a KPI's target: `{ value: 95, unit: percent, of: file issues resolved within 5 business days }`. */
export const kpiFigureSchema = z.strictObject({
	/** The number: `95`, `24`, `1`. */
	value: z.number().nonnegative(),
	/** What it counts: `percent`, `business-hours`, `business-days`, `per-day`, `per-week`, `per-quarter`, `count` or `score`. */
	unit: z.enum(KPI_UNITS),
	/** What the number is of, in a few words: `of client messages answered`. */
	of: plainText,
	/**
	 * Whether a higher or a lower measured figure is better: `higher` when the target is a
	 * least, `lower` when it is a most. Default: `lower` for business-hours and business-days
	 * and for a target of 0, `higher` for the rest. Say it when the default reads the target
	 * the wrong way round: `{ value: 5, unit: business-days, of: "before time off, the hand-off note is shared", better: higher }`.
	 */
	better: z.enum(KPI_BETTER).optional(),
});

/** A quarter (`2026-Q3`) or a month (`2026-09`): the period a KPI result covers. */
export const KPI_PERIOD = /^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/;

/** One period's measured figure, recorded by a supervisor: `{ period: 2026-Q3, value: 96, unit: percent }`. */
export const kpiResultSchema = z.strictObject({
	/** The period measured: a quarter, `2026-Q3`, or a month, `2026-09`. */
	period: z.string().regex(KPI_PERIOD, { error: 'not-a-period' }),
	/** The figure measured over the period: `96`. */
	value: z.number().nonnegative(),
	/** Which of the KPI's figures it measures, by unit: `percent`. Default: the KPI's first figure. */
	unit: z.enum(KPI_UNITS).optional(),
	/** What a reader should know about the figure, in a few words: `two new clients on-boarded in the quarter`. */
	note: plainText.optional(),
});

/** A key performance indicator the firm measures people by: `src/content/kpis/<kpi-id>.yaml`. */
export const kpiSchema = z.strictObject({
	/** The KPI's name as people say it: `Client response time`. */
	name: plainText,
	/** The role it applies to, one of the handbook config's roles: `csa`. */
	role: ref('role'),
	/** The target in words: `Every client message answered within 24 business hours.` */
	target: z.string().min(1),
	/** The target in numbers, one figure per number in the words: `- { value: 24, unit: business-hours, of: to answer a client message }`. */
	figures: z.array(kpiFigureSchema).default([]),
	/** How it is measured, and by whom, in words: `The supervisor samples ten client threads a month ...` */
	measure: z.string().min(1),
	/** Where a KPI is read, in lists: lower first. Default: by name. */
	order: z.int().positive().optional(),
	/** Set when the handbook measures this KPI from its own files; `sop-maintenance`: client SOPs reviewed within their cycle, per CSA and pod. */
	computed: z.enum(KPI_COMPUTED).optional(),
	/** The figures measured each period, oldest first, as the supervisor records them: `- { period: 2026-Q3, value: 96, unit: percent }`. */
	results: z.array(kpiResultSchema).default([]),
});

export type Kpi = z.infer<typeof kpiSchema>;
export type KpiUnit = (typeof KPI_UNITS)[number];
export type KpiFigure = z.infer<typeof kpiFigureSchema>;
export type KpiResult = z.infer<typeof kpiResultSchema>;
