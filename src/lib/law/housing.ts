/** Minimum living area for regroupement familial (CESEDA R434-5). */
import type { HousingSurface } from './parameters';
import type { Zone } from './schema/situation';

export function minimumSurface(rule: HousingSurface, zone: Zone, persons: number): number {
  const base = rule.base[zone];
  if (persons <= rule.basePersons) return base;
  const upTo = Math.min(persons, rule.stepLimitPersons) - rule.basePersons;
  const beyond = Math.max(0, persons - rule.stepLimitPersons);
  return base + upTo * rule.stepUpTo8 + beyond * rule.stepBeyond8;
}
