/**
 * Answers to questions, from the indexes built with the content (one per language). Loading an index
 * costs a few milliseconds; each language is loaded once, on first use.
 */
import type MiniSearch from 'minisearch';
import {
  answer,
  excerptHtml,
  loadIndex,
  MAX_QUERY_LENGTH,
  type Answer,
  type SectionDoc,
} from './engine';
import { isSearchLocale, SEARCH_LOCALES, type SearchLocale } from './analyze';
import frIndex from './generated/fr.json';
import enIndex from './generated/en.json';

export {
  excerptHtml,
  isSearchLocale,
  MAX_QUERY_LENGTH,
  SEARCH_LOCALES,
  type Answer,
  type SearchLocale,
};

const serialized: Record<SearchLocale, string> = { fr: frIndex.index, en: enIndex.index };
const loaded = new Map<SearchLocale, MiniSearch<SectionDoc>>();

function indexFor(locale: SearchLocale): MiniSearch<SectionDoc> {
  let index = loaded.get(locale);
  if (!index) {
    index = loadIndex(locale, serialized[locale]);
    loaded.set(locale, index);
  }
  return index;
}

export function ask(locale: SearchLocale, question: string, limit = 5): Answer[] {
  return answer(indexFor(locale), locale, question, limit);
}

/** The shape the API and `reunir ask --json` return. */
export function answersJson(answers: Answer[]) {
  return {
    results: answers.map((a) => ({
      id: a.id,
      title: a.title,
      url: a.url,
      excerpt: excerptHtml(a.excerpt),
    })),
  };
}
