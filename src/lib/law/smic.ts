/**
 * The regroupement familial income reference (CESEDA R434-4): the average of the monthly SMIC in force on
 * the 1st of each of the 12 full calendar months before the month of filing, times the family-size
 * coefficient, rounded half-up to cents (docs/law/resources-and-housing.md). Computed in integer cents.
 */
import { entryAt, type ParameterSet } from './parameters';
import { monthStart } from './dates';
import type { Thresholds } from './schema/assessment';

export interface IncomeReference {
  months: Thresholds['referenceMonths'];
  /** Sums over the months, in cents. */
  netCents: number;
  grossCents: number;
  singleSourceFrom: string[];
}

const cents = (euros: number) => Math.round(euros * 100);

export function incomeReference(
  params: ParameterSet,
  date: string,
  monthCount: number,
): IncomeReference {
  const months: Thresholds['referenceMonths'] = [];
  let netCents = 0;
  let grossCents = 0;
  const singleSourceFrom = new Set<string>();
  for (let i = monthCount; i >= 1; i -= 1) {
    const first = monthStart(date, -i);
    const entry = entryAt(params.smic, first);
    netCents += cents(entry.value.monthlyNet);
    grossCents += cents(entry.value.monthlyGross);
    if (entry.confidence === 'single_source') singleSourceFrom.add(entry.from);
    months.push({
      month: first.slice(0, 7),
      smicFrom: entry.from,
      monthlyNet: entry.value.monthlyNet,
      monthlyGross: entry.value.monthlyGross,
    });
  }
  return { months, netCents, grossCents, singleSourceFrom: [...singleSourceFrom] };
}

/** average × coefficient, rounded half-up to cents, from a sum of `count` monthly amounts in cents. */
export function scaledAverage(sumCents: number, count: number, coefficient: number): number {
  const tenths = Math.round(coefficient * 10);
  const denominator = count * 10;
  // half-up rounding of sum × tenths / denominator, exact in integers
  const roundedCents = Math.floor((2 * sumCents * tenths + denominator) / (2 * denominator));
  return roundedCents / 100;
}
