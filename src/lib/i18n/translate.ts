/**
 * Turning a message key and its parameters into words. A key missing in a language falls back to
 * English, then to French (the source); the caller learns which language answered.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS } from './catalogs';
import { intlTag, type Locale, SOURCE_LOCALE } from './locales';

export type MessageParams = Record<string, string | number | boolean | null | undefined>;

const cache = new Map<string, IntlMessageFormat>();

function formatter(locale: Locale, key: string, source: string): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let f = cache.get(id);
  if (!f) {
    f = new IntlMessageFormat(source, intlTag(locale), undefined, { ignoreTag: true });
    cache.set(id, f);
  }
  return f;
}

export function lookup(
  locale: Locale,
  key: string,
): { locale: Locale; source: string } | undefined {
  for (const l of [locale, 'en', SOURCE_LOCALE] as Locale[]) {
    const source = CATALOGS[l]?.[key];
    if (source !== undefined) return { locale: l, source };
  }
  return undefined;
}

export function hasMessage(locale: Locale, key: string): boolean {
  return CATALOGS[locale]?.[key] !== undefined;
}

export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const found = lookup(locale, key);
  if (!found) return key;
  const values = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v ?? '']));
  return String(formatter(found.locale, key, found.source).format(values));
}

/** A translate function bound to one language. */
export function translator(locale: Locale) {
  return (key: string, params?: MessageParams) => translate(locale, key, params);
}
