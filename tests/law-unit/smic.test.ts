/**
 * The R434-4 reference: average of the SMIC on the 1st of each of the 12 full months before the filing
 * month, times the coefficient, half-up to cents (docs/law/resources-and-housing.md, with its worked example).
 */
import { describe, expect, it } from 'vitest';
import { incomeReference, scaledAverage } from '../../src/lib/law/smic';
import { parameters } from '../../src/lib/law/parameters';

describe('scaledAverage', () => {
  it('rounds half up to the cent', () => {
    // 12 months summing 12 000.06 €: average 1000.005 → 1000.01; 12 000.05 €: 1000.00416… → 1000.00
    expect(scaledAverage(1_200_006, 12, 1)).toBe(1000.01);
    expect(scaledAverage(1_200_005, 12, 1)).toBe(1000);
    expect(scaledAverage(1_200_059, 12, 1)).toBe(1000.05);
    expect(scaledAverage(1_200_054, 12, 1)).toBe(1000.05);
    expect(scaledAverage(1_200_053, 12, 1)).toBe(1000.04);
  });
  it('applies the coefficient to the unrounded average', () => {
    // 17149.22 € over 12 months: 1429.1016… → × 1.1 = 1572.0118… → 1572.01
    expect(scaledAverage(1_714_922, 12, 1.1)).toBe(1572.01);
    expect(scaledAverage(1_714_922, 12, 1.2)).toBe(1714.92);
    // 21664.06 € gross: × 1.2 / 12 = 2166.406 → 2166.41
    expect(scaledAverage(2_166_406, 12, 1.2)).toBe(2166.41);
  });
});

describe('incomeReference', () => {
  it('takes the 12 full months before the filing month', () => {
    const ref = incomeReference(parameters, '2026-03-10', 12);
    expect(ref.months.map((m) => m.month)).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    // 10 × 1426.30 + 2 × 1443.11 and 10 × 1801.80 + 2 × 1823.03, in cents
    expect(ref.netCents).toBe(1_714_922);
    expect(ref.grossCents).toBe(2_166_406);
    expect(ref.singleSourceFrom).toEqual([]);
  });
  it('uses the value in force on the 1st of each month', () => {
    const ref = incomeReference(parameters, '2022-09-15', 12);
    expect(ref.months.map((m) => m.smicFrom)).toEqual([
      '2021-01-01',
      '2021-10-01',
      '2021-10-01',
      '2021-10-01',
      '2022-01-01',
      '2022-01-01',
      '2022-01-01',
      '2022-01-01',
      '2022-05-01',
      '2022-05-01',
      '2022-05-01',
      '2022-08-01',
    ]);
  });
  it('flags the single-source June 2026 value', () => {
    const ref = incomeReference(parameters, '2026-10-15', 12);
    expect(ref.singleSourceFrom).toEqual(['2026-06-01']);
    expect(scaledAverage(ref.netCents, 12, 1)).toBe(1450.51);
    expect(scaledAverage(ref.grossCents, 12, 1)).toBe(1832.39);
  });
});
