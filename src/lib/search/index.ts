/**
 * Answers to questions, from the indexes built with the content (one per language). Loading an index
 * costs a few milliseconds; each language is loaded once, on first use. A language whose pages are not
 * all translated yet answers from its own pages first, then from the English pages it lacks.
 */
import type MiniSearch from 'minisearch';
import {
  answer,
  excerptHtml,
  loadIndex,
  MAX_QUERY_LENGTH,
  type Answer,
  type PassageDoc,
} from './engine';
import { isSearchLocale, SEARCH_LOCALES, type SearchLocale } from './analyze';
import fr from './generated/fr.json';
import en from './generated/en.json';
import ar from './generated/ar.json';
import fa from './generated/fa.json';
import ps from './generated/ps.json';
import ti from './generated/ti.json';
import uk from './generated/uk.json';
import ru from './generated/ru.json';

export {
  excerptHtml,
  isSearchLocale,
  MAX_QUERY_LENGTH,
  SEARCH_LOCALES,
  type Answer,
  type SearchLocale,
};

/** What the content build writes for each language: the pages indexed and the serialised indexes. */
export interface IndexFile {
  pages: string[];
  index: string;
  /** The index of the questions people ask (`asked.ts`). */
  asked: string;
}

const FILES: Record<SearchLocale, IndexFile> = { fr, en, ar, fa, ps, ti, uk, ru };
const FALLBACK: SearchLocale = 'en';
const loaded = new Map<SearchLocale, MiniSearch<PassageDoc>>();

function indexFor(locale: SearchLocale): MiniSearch<PassageDoc> {
  let index = loaded.get(locale);
  if (!index) {
    index = loadIndex(locale, FILES[locale].index, FILES[locale].asked);
    loaded.set(locale, index);
  }
  return index;
}

/** Pages of the guide that `locale` has in its own language. */
export function indexedPages(locale: SearchLocale): readonly string[] {
  return FILES[locale].pages;
}

export function ask(locale: SearchLocale, question: string, limit = 5): Answer[] {
  const own = answer(indexFor(locale), locale, question, limit);
  const have = new Set(FILES[locale].pages);
  const lacking = FILES[FALLBACK].pages.some((p) => !have.has(p));
  if (locale === FALLBACK || !lacking || own.length >= limit) return own;
  const rest = answer(indexFor(FALLBACK), FALLBACK, question, limit - own.length, locale, have);
  return [...own, ...rest];
}

/** The shape the API and `reunir ask --json` return. */
export function answersJson(answers: Answer[]) {
  return {
    results: answers.map((a) => ({
      id: a.id,
      title: a.title,
      heading: a.heading,
      url: a.url,
      excerpt: excerptHtml(a.excerpt),
    })),
  };
}
