import { z } from 'astro/zod';

export const REVIEW_CYCLES = ['monthly', 'quarterly', 'semiannual', 'annual'] as const;

/** How often a document must be reviewed. */
export const reviewCycle = z.enum(REVIEW_CYCLES);
export type ReviewCycle = z.infer<typeof reviewCycle>;

/** Calendar months between reviews, per cycle. */
export const CYCLE_MONTHS: Record<ReviewCycle, number> = {
	monthly: 1,
	quarterly: 3,
	semiannual: 6,
	annual: 12,
};
