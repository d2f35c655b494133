/** The languages reunir speaks. French is the source; the administration's language. */
export const LOCALES = ['fr', 'en', 'ar', 'fa', 'ps', 'ti', 'uk', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'fr';

/** Each language named in its own script, for the language switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  fr: 'Français',
  en: 'English',
  ar: 'العربية',
  fa: 'دری',
  ps: 'پښتو',
  ti: 'ትግርኛ',
  uk: 'Українська',
  ru: 'Русский',
};

const RTL = new Set<Locale>(['ar', 'fa', 'ps']);

export function isLocale(value: string | undefined | null): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

export function direction(locale: Locale): 'rtl' | 'ltr' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}

/**
 * BCP 47 tag for Intl formatting: Dari is written `fa` with Afghan usage (fa-AF). Dates are always in
 * the Gregorian calendar, the one of French papers and deadlines: Intl's default for Dari and Pashto
 * is the Solar Hijri calendar ("۷ حمل ۱۳۹۸" for 27 March 2019), so their tags ask for it.
 */
export function intlTag(locale: Locale): string {
  if (locale === 'fa') return 'fa-AF-u-ca-gregory';
  if (locale === 'ps') return 'ps-u-ca-gregory';
  return locale;
}
