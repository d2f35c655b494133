/**
 * How a fact is declared: its kind of value, when it matters and under which articles, whether the
 * engine reports it missing, and an example. Facts are grouped as the situation nests them
 * (`sponsor.housing.surfaceM2`); the type of every path and of the zod schema follows from the
 * declarations.
 */
import { z } from 'zod';
import type { FactType } from './kinds';

export interface FactMeta {
  /** When the fact matters, in one sentence (printed by the contract document). */
  readonly matters: string;
  /** The articles that make it matter. */
  readonly sources: readonly string[];
  /** An example value, for the contract document. */
  readonly example: unknown;
  /** The object holding it is invalid without it. */
  readonly required?: true;
  /**
   * The engine reports it missing when it matters and is not given; the guided interview must then
   * have a question that asks it, and the law catalog a label `fact.<name>`.
   */
  readonly reported?: true;
  /** Catalog set naming its values (`interview.opt.<set>.<value>`), for enum facts. */
  readonly optionSet?: string;
  /**
   * Member facts: the relations it can matter for (its "when it matters", as data); absent when it
   * matters whatever the relation. The expert form shows a member only the fields of its relation.
   */
  readonly relations?: readonly string[];
  /** Why the guided interview never asks it (the API and the expert form still take it). */
  readonly notAsked?: string;
  /** A description published in the JSON Schema. */
  readonly description?: string;
}

export interface Fact<T extends FactType = FactType, M extends FactMeta = FactMeta> {
  readonly fact: true;
  readonly type: T;
  readonly meta: M;
}

export interface Group<F extends Facts = Facts> {
  readonly fact: false;
  /** What the object as a whole describes. */
  readonly about: string;
  readonly facts: F;
}

export type Facts = { readonly [name: string]: Fact | Group };

export function fact<T extends FactType, const M extends FactMeta>(type: T, meta: M): Fact<T, M> {
  return { fact: true, type, meta };
}

export function group<const F extends Facts>(about: string, facts: F): Group<F> {
  return { fact: false, about, facts };
}

/** The zod shape of a group of facts: required facts as they are, the others optional. */
export type ShapeOf<F extends Facts> = {
  -readonly [K in keyof F]: F[K] extends Fact<infer T, infer M>
    ? M extends { required: true }
      ? T['schema']
      : z.ZodOptional<T['schema']>
    : F[K] extends Group<infer G>
      ? z.ZodOptional<z.ZodObject<ShapeOf<G>, z.core.$strict>>
      : never;
};

function factSchema(d: Fact): z.ZodType {
  const schema = d.meta.required ? d.type.schema : d.type.schema.optional();
  return d.meta.description ? schema.describe(d.meta.description) : schema;
}

/** The strict zod object of a group of facts. */
export function objectSchema<F extends Facts>(facts: F): z.ZodObject<ShapeOf<F>, z.core.$strict> {
  const shape = Object.fromEntries(
    Object.entries(facts).map(([name, d]) => [
      name,
      d.fact ? factSchema(d) : objectSchema(d.facts).optional(),
    ]),
  );
  return z.strictObject(shape) as unknown as z.ZodObject<ShapeOf<F>, z.core.$strict>;
}

/** Every fact path of a group: `status`, `housing.surfaceM2`… */
export type PathsOf<F extends Facts, P extends string = ''> = {
  [K in keyof F & string]: F[K] extends Fact
    ? `${P}${K}`
    : F[K] extends Group<infer G>
      ? PathsOf<G, `${P}${K}.`>
      : never;
}[keyof F & string];

/** The paths of the facts the engine may report missing. */
export type ReportedPathsOf<F extends Facts, P extends string = ''> = {
  [K in keyof F & string]: F[K] extends Fact<FactType, infer M>
    ? M extends { reported: true }
      ? `${P}${K}`
      : never
    : F[K] extends Group<infer G>
      ? ReportedPathsOf<G, `${P}${K}.`>
      : never;
}[keyof F & string];

export interface FlatFact {
  /** Path inside its entity: `housing.surfaceM2`. */
  path: string;
  decl: Fact;
}

/** The facts of a group in declaration order, with their paths. */
export function flatten(facts: Facts, prefix = ''): FlatFact[] {
  return Object.entries(facts).flatMap(([name, d]) =>
    d.fact ? [{ path: `${prefix}${name}`, decl: d }] : flatten(d.facts, `${prefix}${name}.`),
  );
}
