/**
 * The kinds of value a fact can take. Each kind carries the zod type that checks it, so that a fact is
 * declared once and its schema, its form field and its generated test values all follow from it.
 */
import { z } from 'zod';

export const isoDate = z.iso.date({ error: 'expected a real calendar date written YYYY-MM-DD' });

const COUNTRY = /^[A-Z]{2}$/;

export type FactKind =
  'enum' | 'enumList' | 'date' | 'money' | 'number' | 'integer' | 'bool' | 'country' | 'text';

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
