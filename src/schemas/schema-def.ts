import type { z } from 'astro/zod';

/** The parts of a zod schema's definition that walking a schema's fields reads. */
export interface SchemaDef {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	innerType?: z.ZodType;
	in?: z.ZodType;
	entries?: Record<string, string | number>;
}

/** A schema's definition: its type, and what it wraps or holds. */
export const defOf = (schema: z.ZodType): SchemaDef =>
	(schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
