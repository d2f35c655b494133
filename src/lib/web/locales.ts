/** The languages the site is served in now: those with a message catalog. */
import { CATALOGS } from '$lib/i18n/catalogs';
import { LOCALES, type Locale, SOURCE_LOCALE } from '$lib/i18n';

export const SITE_LOCALES: readonly Locale[] = LOCALES.filter((l) => CATALOGS[l] !== undefined);

export function isSiteLocale(value: string | undefined | null): value is Locale {
  return (SITE_LOCALES as readonly string[]).includes(value ?? '');
}

/** The best language for a visitor: the one chosen before (cookie), then the browser's. */
export function preferredLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isSiteLocale(cookie)) return cookie;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part, i) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.find((r) => r.trim().startsWith('q='));
      return {
        lang: tag.trim().toLowerCase().split('-')[0] ?? '',
        q: q ? Number(q.trim().slice(2)) : 1,
        i,
      };
    })
    .filter((w) => w.lang && !Number.isNaN(w.q) && w.q > 0)
    .sort((x, y) => y.q - x.q || x.i - y.i);
  for (const w of wanted) {
    // Dari is written with the Persian tag.
    const lang = w.lang === 'prs' ? 'fa' : w.lang;
    if (isSiteLocale(lang)) return lang;
  }
  return SOURCE_LOCALE;
}

/** The same page in another language. */
export function pathInLocale(pathname: string, locale: Locale, search = ''): `/${string}` {
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, '');
  return `/${locale}${rest || '/'}${search}`;
}
