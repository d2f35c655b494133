/**
 * Translation status of every message: `source` (French), `reviewed` (checked by a person who reads
 * both languages) or `draft` (not yet reviewed: shown with a visible note and a link to the original).
 * Each language folder has a status.json (read and checked in review.ts): the language's default
 * status, the keys reviewed one by one, the reviews of whole catalogs and guide pages, and notes.
 */
import type { Locale } from './locales';
import { STATUS_FILES } from './review';

export type TranslationStatus = 'source' | 'reviewed' | 'draft';

export function languageStatus(locale: Locale): TranslationStatus {
  return STATUS_FILES[locale].status;
}

export function messageStatus(locale: Locale, key: string): TranslationStatus {
  const base = languageStatus(locale);
  return base === 'draft' && (STATUS_FILES[locale].reviewed ?? []).includes(key)
    ? 'reviewed'
    : base;
}
