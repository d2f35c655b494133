/** The parameter store: one shape, checked at load; derived SMIC amounts; no figure written twice. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parameterFileSchema, VALUE_SCHEMAS } from '../../src/lib/law/parameters/schema';
import { parameters, store, valueAt } from '../../src/lib/law/parameters';
import { FIRST_EVENT_DATE } from '../../src/lib/dossier';

const dir = join(import.meta.dirname, '../../src/lib/law/parameters');
const files = ['smic.json', 'rules.json', 'procedure.json', 'cards.json'];
const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;

describe('the parameter files', () => {
  it('have the one shape and hold only parameters with a value schema', () => {
    for (const name of files) {
      const file = parameterFileSchema.parse(read(name));
      for (const [id, p] of Object.entries(file.parameters)) {
        const schema = VALUE_SCHEMAS[id as keyof typeof VALUE_SCHEMAS];
        expect(schema, `${name}: ${id}`).toBeDefined();
        for (const v of p.values)
          expect(schema.safeParse(v.value).success, `${id} ${v.from}`).toBe(true);
      }
    }
  });

  it('are all the store holds', () => {
    const ids = files.flatMap((name) =>
      Object.keys((read(name) as { parameters: object }).parameters),
    );
    expect(ids.sort()).toEqual(Object.keys(store).sort());
    expect(Object.keys(VALUE_SCHEMAS).sort()).toEqual(Object.keys(store).sort());
  });

  it('reject a value on another confidence scale, a missing source and dates out of order', () => {
    const value = {
      from: '2020-01-01',
      value: 1,
      sources: [{ ref: 'CESEDA R434-1', kind: 'code', urlPending: 'not checked yet' }],
    };
    const file = (values: unknown[]) => ({
      verifiedOn: '2026-01-01',
      parameters: { x: { description: 'a test parameter', unit: 'years', values } },
    });
    expect(parameterFileSchema.safeParse(file([{ ...value, confidence: 'V' }])).success).toBe(true);
    expect(parameterFileSchema.safeParse(file([{ ...value, confidence: 'high' }])).success).toBe(
      false,
    );
    expect(
      parameterFileSchema.safeParse(file([{ ...value, sources: [], confidence: 'V' }])).success,
    ).toBe(false);
    expect(
      parameterFileSchema.safeParse(
        file([
          { ...value, from: '2021-01-01', confidence: 'V' },
          { ...value, confidence: 'V' },
        ]),
      ).success,
    ).toBe(false);
  });
});

describe('the SMIC', () => {
  // The monthly amounts as the Ministry of Labour and the decrees state them, copied by hand.
  const published: [string, number, number][] = [
    ['2019-01-01', 1521.22, 1204.19],
    ['2020-01-01', 1539.42, 1219.0],
    ['2021-01-01', 1554.58, 1231.0],
    ['2021-10-01', 1589.47, 1258.22],
    ['2022-01-01', 1603.12, 1269.03],
    ['2022-05-01', 1645.58, 1302.64],
    ['2022-08-01', 1678.95, 1329.06],
    ['2023-01-01', 1709.28, 1353.07],
    ['2023-05-01', 1747.2, 1383.08],
    ['2024-01-01', 1766.92, 1398.69],
    ['2024-11-01', 1801.8, 1426.3],
    ['2026-01-01', 1823.03, 1443.11],
    ['2026-06-01', 1867.02, 1477.93],
  ];

  it('computes the monthly gross and net amounts from the hourly rate', () => {
    expect(
      parameters.smic.values.map((v) => [v.from, v.value.monthlyGross, v.value.monthlyNet]),
    ).toEqual(published);
  });

  it('stores a net amount only where the published one differs from the formula', () => {
    for (const v of store.smic.values) {
      if (v.value.publishedMonthlyNet === undefined) continue;
      const computed = parameters.smic.values.find((s) => s.from === v.from)!.value;
      expect(Math.round(computed.monthlyGross * 0.7916 * 100) / 100, v.from).not.toBe(
        v.value.publishedMonthlyNet,
      );
    }
  });
});

describe('valueAt', () => {
  it('gives the value in force on a date with its id, sources and verification date', () => {
    const v = valueAt('deadline.crrvAppeal', '2022-12-31');
    expect(v).toMatchObject({ id: 'deadline.crrvAppeal', from: '2020-01-01', confidence: 'V2' });
    expect(v.value).toEqual({ amount: 2, unit: 'months', dayOneIsEventDay: true });
    expect(valueAt('deadline.crrvAppeal', '2023-01-01').value.amount).toBe(30);
    expect(v.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => valueAt('fees.firstPermitTax', '2020-01-01')).toThrow(/before 2020-01-02/);
  });
});

describe('the guide figures', () => {
  it('hold only references to the store, never a value', () => {
    const file = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../src/lib/content/figures.json'), 'utf8'),
    ) as { figures: Record<string, Record<string, unknown>> };
    for (const [id, ref] of Object.entries(file.figures)) {
      expect(
        Object.keys(ref).every((k) => ['parameter', 'field', 'on', 'in'].includes(k)),
        id,
      ).toBe(true);
      expect(ref.parameter as string, id).toBeOneOf(Object.keys(store));
    }
  });
});

describe('the procedures', () => {
  it('give deadlines for events from the first day every deadline parameter covers', () => {
    expect(FIRST_EVENT_DATE).toBe('2020-01-01');
    expect(() => valueAt('deadline.courtAppeal', '2019-12-31')).toThrow();
  });
});
