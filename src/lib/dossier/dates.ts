/**
 * Deadline arithmetic, on top of the engine's calendar (months clamp to the end of a shorter month).
 * Nothing is moved off a weekend or a public holiday: see docs/deadlines.md for the rule and its source.
 */
import { plusDays, plusMonths } from '../law/dates';
import type { Period } from './parameters';

/** The last day of a period of `period` starting with the event of `date`. */
export function lastDay(date: string, period: Period): string {
  const end =
    period.unit === 'days' ? plusDays(date, period.amount) : plusMonths(date, period.amount);
  return period.dayOneIsEventDay ? plusDays(end, -1) : end;
}

/** The day a period starting on `date` has run out (silence becomes a decision on this day). */
export function endOf(date: string, period: Period): string {
  return period.unit === 'days' ? plusDays(date, period.amount) : plusMonths(date, period.amount);
}

/** The day `period` before `date` (a window that opens before an expiry). */
export function before(date: string, period: Period): string {
  return period.unit === 'days' ? plusDays(date, -period.amount) : plusMonths(date, -period.amount);
}

export { daysBetween } from '../law/dates';
