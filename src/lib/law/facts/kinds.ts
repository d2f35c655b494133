/**
 * The kinds of value a fact can take. Each kind carries the zod type that checks it, so that a fact is
 * declared once and its schema, its form field and its generated test values all follow from it.
 */
import { z } from 'zod';

export const isoDate = z.iso.date({ error: 'expected a real calendar date written YYYY-MM-DD' });

/**
 * A date that may be known only to the month (`YYYY-MM`) or the year (`YYYY`): the engine reads it as
 * every day it can be (src/lib/law/approximate.ts).
 */
export const approxDate = z
  .string()
  .regex(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/, {
    error:
      'expected a date written YYYY-MM-DD, or YYYY-MM or YYYY when only the month or the year is known',
  })
  .refine((v) => v.length !== 10 || isoDate.safeParse(v).success, {
    error: 'expected a real calendar date written YYYY-MM-DD',
  })
  .refine((v) => v.length !== 7 || (Number(v.slice(5)) >= 1 && Number(v.slice(5)) <= 12), {
    error: 'expected a month between 01 and 12',
  });

const COUNTRY = /^[A-Z]{2}$/;

export type FactKind =
  | 'enum'
  | 'enumList'
  | 'date'
  | 'approxDate'
  | 'money'
  | 'number'
  | 'integer'
  | 'bool'
  | 'country'
  | 'text';

export interface FactType<S extends z.ZodType = z.ZodType> {
  readonly kind: FactKind;
  readonly schema: S;
  /** The allowed values of `enum` and `enumList` facts. */
  readonly values?: readonly string[];
  /** Bounds of numbers and lengths, as the schema checks them. */
  readonly min?: number;
  readonly max?: number;
}

export const kinds = {
  enumOf: <const V extends readonly [string, ...string[]]>(values: V) => ({
    kind: 'enum' as const,
    values,
    schema: z.enum(values),
  }),
  enumListOf: <const V extends readonly [string, ...string[]]>(values: V) => ({
    kind: 'enumList' as const,
    values,
    schema: z.array(z.enum(values)),
  }),
  date: () => ({ kind: 'date' as const, schema: isoDate }),
  /** A date the family may know only to the month or the year. */
  approxDate: () => ({ kind: 'approxDate' as const, schema: approxDate }),
  money: () => ({
    kind: 'money' as const,
    min: 0,
    max: 1_000_000,
    schema: z.number().finite().min(0, 'an amount cannot be negative').max(1_000_000),
  }),
  /** A positive measure (a surface). */
  positive: (max: number, message: string) => ({
    kind: 'number' as const,
    min: 0,
    max,
    schema: z.number().finite().positive(message).max(max),
  }),
  integer: (min: number, max: number) => ({
    kind: 'integer' as const,
    min,
    max,
    schema: z.number().int().min(min).max(max),
  }),
  bool: () => ({ kind: 'bool' as const, schema: z.boolean() }),
  country: (message: string) => ({
    kind: 'country' as const,
    schema: z.string().regex(COUNTRY, message),
  }),
  text: (min: number, max: number, allowed?: { pattern: RegExp; message: string }) => ({
    kind: 'text' as const,
    min,
    max,
    schema: allowed
      ? z.string().min(min).max(max).regex(allowed.pattern, allowed.message)
      : z.string().min(min).max(max),
  }),
} satisfies Record<string, (...args: never[]) => FactType>;
