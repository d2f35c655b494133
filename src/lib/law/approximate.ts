/**
 * Dates known only to the month or the year (docs/law/dates.md, "Approximate dates"). People often
 * know the month of their protection or the year of their marriage, not the day: such a date is
 * written `YYYY-MM` or `YYYY`, and stands for every day of that month or year. A rule compares the
 * whole range: it decides only when the range lies entirely on one side of its limit, and otherwise
 * says the rule is to verify (the safe side). A full `YYYY-MM-DD` date is a range of one day.
 */
import { type IsoDate, plusDays, plusMonths } from './dates';

/** A date as given: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export type ApproxDate = string;
export type Precision = 'day' | 'month' | 'year';

export function precisionOf(d: ApproxDate): Precision {
  return d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day';
}

export const isApproximate = (d: ApproxDate): boolean => precisionOf(d) !== 'day';

/** The first day the date can be. */
export function earliest(d: ApproxDate): IsoDate {
  const p = precisionOf(d);
  return p === 'year' ? `${d}-01-01` : p === 'month' ? `${d}-01` : d;
}

/** The last day the date can be. */
export function latest(d: ApproxDate): IsoDate {
  const p = precisionOf(d);
  if (p === 'year') return `${d}-12-31`;
  if (p === 'month') return plusDays(plusMonths(`${d}-01`, 1), -1);
  return d;
}

/**
 * Where `a` stands against `b`: surely before, surely after, the same known day, or `straddles` when
 * the days they can be overlap and the order depends on the exact days.
 */
export function order(a: ApproxDate, b: ApproxDate): 'before' | 'after' | 'same' | 'straddles' {
  if (latest(a) < earliest(b)) return 'before';
  if (earliest(a) > latest(b)) return 'after';
  if (!isApproximate(a) && !isApproximate(b)) return 'same';
  return 'straddles';
}

/**
 * A comparison with a limit (a test whose answer changes at most once as the day moves on), on an
 * approximate date: true or false when the first and the last day it can be agree, undefined when the
 * answer depends on the exact day.
 */
export function onEveryDay(d: ApproxDate, test: (day: IsoDate) => boolean): boolean | undefined {
  const first = test(earliest(d));
  return first === test(latest(d)) ? first : undefined;
}
