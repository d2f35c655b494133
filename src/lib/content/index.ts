/**
 * The guide as the site reads it: pages built by `npm run content:build` (HTML with figures already
 * filled in from the law engine's parameters) and the glossary.
 */
import guideFile from './generated/guide.json';
import { glossaryFor } from './glossary';
import { TOPICS } from './schema';
import type { BuiltGuide, BuiltPage } from './types';
import { isSearchLocale, type SearchLocale } from '../search/analyze';

export type GuideLocale = SearchLocale;
export type { BuiltPage };
export { TOPICS, glossaryFor };
export { GLOSSARY } from './glossary';

const guide = guideFile as BuiltGuide;

/** Languages the guide is written in; other languages read the English pages for now. */
export const guideLocale = (locale: string): GuideLocale =>
  isSearchLocale(locale) ? locale : 'en';

export function listPages(locale: GuideLocale): BuiltPage[] {
  return guide[locale];
}

export function getPage(locale: GuideLocale, id: string): BuiltPage | undefined {
  return guide[locale].find((p) => p.id === id);
}

/** Pages grouped by their first topic, in the order of TOPICS. */
export function pagesByTopic(locale: GuideLocale) {
  return TOPICS.map((topic) => ({
    topic,
    pages: guide[locale].filter((p) => p.topics[0] === topic),
  })).filter((g) => g.pages.length > 0);
}
