/** Amounts written for people, in a given language (dates: `formatDate` in law-text). */
import { intlTag, type Locale } from '../i18n/locales';

export function euros(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}
