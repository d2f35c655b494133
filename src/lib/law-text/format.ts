/**
 * Locale-aware formatting of the values an assessment carries: calendar dates, months and lists.
 * Dates are calendar dates (no time zone): they are formatted as UTC midnight so that no offset can move
 * them to another day.
 */
import { intlTag, type Locale } from '../i18n/locales';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;

export const isIsoDate = (value: unknown): boolean =>
  typeof value === 'string' && ISO_DATE.test(value);

/** A date known only to the month (`YYYY-MM`), as the approximate facts allow. */
export const isIsoMonth = (value: unknown): boolean =>
  typeof value === 'string' && ISO_MONTH.test(value);

const cache = new Map<string, Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number?];
  return new Date(Date.UTC(y, m - 1, d ?? 1));
}

/**
 * The one way a calendar date is written for people: "10 mars 2026", "10 March 2026". French writes
 * the first day of a month as an ordinal: « 1er décembre 2026 ». A date known only to the month reads
 * "juin 2025"; one known only to the year is its year.
 */
export function formatDate(locale: Locale, iso: string): string {
  if (ISO_MONTH.test(iso)) return formatMonth(locale, iso);
  if (!ISO_DATE.test(iso)) return iso;
  const f = cached(
    `d:${locale}`,
    () => new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'UTC' }),
  );
  const text = f.format(utc(iso));
  return locale === 'fr' && iso.endsWith('-01') ? text.replace(/^1 /, '1er ') : text;
}

/** "mars 2025", "March 2025", from YYYY-MM. */
export function formatMonth(locale: Locale, month: string): string {
  if (!ISO_MONTH.test(month)) return month;
  const f = cached(
    `m:${locale}`,
    () =>
      new Intl.DateTimeFormat(intlTag(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  return f.format(utc(month));
}

/** "logement et ressources", "housing and income". */
export function formatList(locale: Locale, items: string[]): string {
  const f = cached(
    `l:${locale}`,
    () => new Intl.ListFormat(intlTag(locale), { style: 'long', type: 'conjunction' }),
  );
  return f.format(items);
}
