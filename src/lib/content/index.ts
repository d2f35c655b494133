/**
 * The guide as the site reads it: pages built by `npm run content:build` (HTML with figures already
 * filled in from the law engine's parameters) and the glossary, in every language. A page or a glossary
 * word not yet translated is shown in English (then French), and says so.
 */
import { SOURCE_LOCALE, type Locale } from '../i18n/locales';
import type { GlossaryText } from './glossary';
import { TOPICS } from './schema';
import type { BuiltLanguage, BuiltPage } from './types';
import fr from './generated/fr.json';
import en from './generated/en.json';
import ar from './generated/ar.json';
import fa from './generated/fa.json';
import ps from './generated/ps.json';
import ti from './generated/ti.json';
import uk from './generated/uk.json';
import ru from './generated/ru.json';

export type { BuiltPage };
export { TOPICS };

const GUIDE = { fr, en, ar, fa, ps, ti, uk, ru } as Record<Locale, BuiltLanguage>;

/** Where a page missing in a language is read instead, in order. */
export const FALLBACK_CHAIN: readonly Locale[] = ['en', 'fr'];

export interface PageInLanguage {
  page: BuiltPage;
  /** The language the page is written in: the reader's, or a fallback. */
  lang: Locale;
}

export function getPage(locale: Locale, id: string): PageInLanguage | undefined {
  for (const lang of [locale, ...FALLBACK_CHAIN]) {
    const page = GUIDE[lang].pages.find((p) => p.id === id);
    if (page) return { page, lang };
  }
  return undefined;
}

/** Every page of the guide (the French source's pages, in their order), each in the best language. */
export function listPages(locale: Locale): PageInLanguage[] {
  return GUIDE.fr.pages.flatMap((p) => getPage(locale, p.id) ?? []);
}

/** Pages grouped by their first topic, in the order of TOPICS. */
export function pagesByTopic(locale: Locale) {
  const pages = listPages(locale);
  return TOPICS.map((topic) => ({
    topic,
    pages: pages.filter((p) => p.page.topics[0] === topic),
  })).filter((g) => g.pages.length > 0);
}

export interface GlossaryItem extends GlossaryText {
  id: string;
  /** The language the text is written in: the reader's, or a fallback. */
  lang: Locale;
}

/** The glossary for a reader: every word of the French source, sorted in their language's order. */
export function glossaryFor(locale: Locale): GlossaryItem[] {
  return Object.keys(GUIDE[SOURCE_LOCALE].glossary)
    .flatMap((id) => {
      const lang = [locale, ...FALLBACK_CHAIN].find((l) => GUIDE[l].glossary[id]);
      const text = lang && GUIDE[lang].glossary[id];
      return lang && text ? [{ id, lang, ...text }] : [];
    })
    .sort((a, b) => a.term.localeCompare(b.term, locale));
}

/**
 * A page's HTML for a reader of another language: its links to other guide pages and the glossary
 * stay in the reader's language (those pages fall back on their own).
 */
export function htmlForReader(html: string, written: Locale, reader: Locale): string {
  return written === reader ? html : html.replaceAll(`href="/${written}/`, `href="/${reader}/`);
}
