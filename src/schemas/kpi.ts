import { z } from 'astro/zod';
import { plainText } from './text.ts';
import { ref } from './reference.ts';

/** The units a KPI's figures are counted in. */
export const KPI_UNITS = [
	'percent',
	'business-hours',
	'business-days',
	'per-day',
	'per-week',
	'per-quarter',
	'count',
	'score',
] as const;

/** Units of time taken: a target in one is a most, so a lower figure is better. */
export const KPI_TIME_UNITS: readonly KpiUnit[] = ['business-hours', 'business-days'];

/** Which way a measured figure should go: `higher` (the target is a least) or `lower` (a most). */
export const KPI_BETTER = ['higher', 'lower'] as const;

/** What the handbook can measure by itself, from its own files. */
export const KPI_COMPUTED = ['sop-maintenance'] as const;

/** One number in a KPI's target. */
export const kpiFigureSchema = z.strictObject({
	value: z
		.number()
		.nonnegative()
		.meta({ description: 'The number.', examples: [95, 24, 1] }),
	unit: z.enum(KPI_UNITS).meta({
		description:
			'What it counts: `percent`, `business-hours`, `business-days`, `per-day`, `per-week`, `per-quarter`, `count` or `score`.',
		examples: ['percent'],
	}),
	of: plainText.meta({
		description: 'What the number is of, in a few words.',
		examples: ['of client messages answered'],
	}),
	better: z
		.enum(KPI_BETTER)
		.optional()
		.meta({
			description:
				'Whether a higher or a lower measured figure is better: `higher` when the target is a least, `lower` when it is a most. Default: `lower` for business-hours and business-days and for a target of 0, `higher` for the rest. Say it when the default reads the target the wrong way round: `{ value: 5, unit: business-days, of: "before time off, the hand-off note is shared", better: higher }`.',
			examples: ['higher'],
		}),
});

/** A quarter (`2026-Q3`) or a month (`2026-09`): the period a KPI result covers. */
export const KPI_PERIOD = /^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/;

/** One period's measured figure, recorded by a supervisor. */
export const kpiResultSchema = z.strictObject({
	period: z
		.string()
		.regex(KPI_PERIOD, { error: 'not-a-period' })
		.meta({
			description: 'The period measured: a quarter, `2026-Q3`, or a month, `2026-09`.',
			examples: ['2026-Q3', '2026-09'],
		}),
	value: z
		.number()
		.nonnegative()
		.meta({ description: 'The figure measured over the period.', examples: [96] }),
	unit: z
		.enum(KPI_UNITS)
		.optional()
		.meta({
			description:
				"Which of the KPI's figures it measures, by unit. Default: the KPI's first figure.",
			examples: ['percent'],
		}),
	note: plainText.optional().meta({
		description: 'What a reader should know about the figure, in a few words.',
		examples: ['two new clients on-boarded in the quarter'],
	}),
});

/** A key performance indicator the firm measures people by: `src/content/kpis/<kpi-id>.yaml`. */
export const kpiSchema = z.strictObject({
	name: plainText.meta({
		description: "The KPI's name as people say it.",
		examples: ['Client response time'],
	}),
	role: ref('role').meta({
		description: "The role it applies to, one of the handbook config's roles.",
		examples: ['csa'],
	}),
	target: z
		.string()
		.min(1)
		.meta({
			description: 'The target in words.',
			examples: ['Every client message answered within 24 business hours.'],
		}),
	figures: z
		.array(kpiFigureSchema)
		.default([])
		.meta({
			description: 'The target in numbers, one figure per number in the words.',
			examples: [[{ value: 24, unit: 'business-hours', of: 'to answer a client message' }]],
		}),
	measure: z
		.string()
		.min(1)
		.meta({
			description: 'How it is measured, and by whom, in words.',
			examples: [
				'The supervisor samples ten client threads a month and counts the business hours to the first reply.',
			],
		}),
	order: z
		.int()
		.positive()
		.optional()
		.meta({
			description: 'Where a KPI is read, in lists: lower first. Default: by name.',
			examples: [1],
		}),
	computed: z
		.enum(KPI_COMPUTED)
		.optional()
		.meta({
			description:
				'Set when the handbook measures this KPI from its own files; `sop-maintenance`: client SOPs reviewed within their cycle, per CSA and pod.',
			examples: ['sop-maintenance'],
		}),
	results: z
		.array(kpiResultSchema)
		.default([])
		.meta({
			description:
				'The figures measured each period, oldest first, as the supervisor records them.',
			examples: [[{ period: '2026-Q3', value: 96, unit: 'percent' }]],
		}),
});

export type Kpi = z.infer<typeof kpiSchema>;
export type KpiUnit = (typeof KPI_UNITS)[number];
export type KpiFigure = z.infer<typeof kpiFigureSchema>;
export type KpiResult = z.infer<typeof kpiResultSchema>;
