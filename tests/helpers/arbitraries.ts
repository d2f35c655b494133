/**
 * Generated situations for the property tests, derived from the fact registry: every declared fact is
 * drawn (a fact added to the registry is drawn too), each by its kind of value, unless a test narrows
 * its range so that the dates it draws keep their order.
 */
import fc from 'fast-check';
import type { Fact, Facts } from '../../src/lib/law/facts';

export const isoDate = (min: string, max: string) =>
  fc
    .date({
      min: new Date(`${min}T00:00:00Z`),
      max: new Date(`${max}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

/** Drops the keys whose value is undefined (the contract leaves unknown facts out). */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** A value of the fact's kind, within the bounds its schema checks. */
export function factArbitrary(f: Fact): fc.Arbitrary<unknown> {
  const { type } = f;
  const values = (type.values ?? []) as string[];
  switch (type.kind) {
    case 'enum':
      return fc.constantFrom(...values);
    case 'enumList':
      return fc.uniqueArray(fc.constantFrom(...values), { maxLength: 3 });
    case 'date':
      return isoDate('1940-01-01', '2027-12-31');
    case 'approxDate':
      return fc.oneof(
        { weight: 3, arbitrary: isoDate('1940-01-01', '2027-12-31') },
        isoDate('1940-01-01', '2027-12-31').map((d) => d.slice(0, 7)),
        isoDate('1940-01-01', '2027-12-31').map((d) => d.slice(0, 4)),
      );
    case 'money':
      return fc.integer({ min: 0, max: 500_000 }).map((cents) => cents / 100);
    case 'number':
      return fc.integer({ min: 1, max: Math.min(type.max ?? 200, 200) });
    case 'integer':
      return fc.integer({ min: type.min ?? 0, max: Math.min(type.max ?? 12, 12) });
    case 'bool':
      return fc.boolean();
    case 'country':
      return fc.constantFrom('MA', 'DZ', 'TR', 'SY', 'ES', 'FR');
    case 'text':
      return fc.string({ minLength: type.min ?? 1, maxLength: Math.min(type.max ?? 20, 20) });
  }
}

export interface EntityOptions {
  /** Narrower values for some facts, by path inside the entity (`housing.surfaceM2`). */
  overrides?: Readonly<Record<string, fc.Arbitrary<unknown>>>;
  /** How an optional fact or group is left out. */
  maybe?: <T>(arb: fc.Arbitrary<T>) => fc.Arbitrary<T | undefined>;
}

const leftOutSometimes = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

/** An object of facts: required facts always, the others sometimes left out. */
export function entityArbitrary(
  facts: Facts,
  options: EntityOptions = {},
  prefix = '',
): fc.Arbitrary<Record<string, unknown>> {
  const maybe = options.maybe ?? leftOutSometimes;
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, d] of Object.entries(facts)) {
    const path = `${prefix}${name}`;
    if (d.fact) {
      const arb = options.overrides?.[path] ?? factArbitrary(d);
      shape[name] = d.meta.required ? arb : maybe(arb);
    } else shape[name] = maybe(entityArbitrary(d.facts, options, `${path}.`));
  }
  return fc.record(shape).map(compact);
}
