/** Dates and amounts written for people, in a given language (formatting only, never sentences). */
import { intlTag, type Locale } from '../i18n/locales';

export function longDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const text = new Intl.DateTimeFormat(intlTag(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));
  // French writes the first day of a month as an ordinal: « 1er décembre ».
  return locale === 'fr' && d === 1 ? text.replace(/^1 /, '1er ') : text;
}

export function euros(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}
