/** CESEDA R434-5 minimum surfaces: the whole table of docs/law/resources-and-housing.md, computed from the dated rule. */
import { describe, expect, it } from 'vitest';
import { minimumSurface } from '../../src/lib/law/housing';
import { parameters, ruleAt } from '../../src/lib/law/parameters';

const rule = ruleAt(parameters, 'regroupement.housingSurface', '2026-03-10');

// docs/law/resources-and-housing.md, persons 2…10
const TABLE = {
  A_bis: [22, 32, 42, 52, 62, 72, 82, 87, 92],
  A: [22, 32, 42, 52, 62, 72, 82, 87, 92],
  B1: [24, 34, 44, 54, 64, 74, 84, 89, 94],
  B2: [24, 34, 44, 54, 64, 74, 84, 89, 94],
  C: [28, 38, 48, 58, 68, 78, 88, 93, 98],
} as const;

describe('minimumSurface', () => {
  for (const [zone, row] of Object.entries(TABLE)) {
    it(`zone ${zone}: 2 to 10 persons`, () => {
      const got = row.map((_, i) => minimumSurface(rule, zone as keyof typeof TABLE, i + 2));
      expect(got).toEqual([...row]);
    });
  }
  it('gives the base to a person alone', () => {
    expect(minimumSurface(rule, 'C', 1)).toBe(28);
  });
  it('adds 5 m² per person beyond 8 without limit', () => {
    expect(minimumSurface(rule, 'A', 12)).toBe(22 + 60 + 20);
  });
});
