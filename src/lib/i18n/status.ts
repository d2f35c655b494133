/**
 * Translation status of every message: `source` (French), `reviewed` (checked by a person who reads
 * both languages) or `draft` (not yet reviewed: shown with a visible note and a link to the original).
 * Each language folder has a status.json: the language's default status and the keys reviewed since.
 */
import type { Locale } from './locales';
import fr from './messages/fr/status.json';
import en from './messages/en/status.json';
import ar from './messages/ar/status.json';
import fa from './messages/fa/status.json';
import ps from './messages/ps/status.json';
import ti from './messages/ti/status.json';
import uk from './messages/uk/status.json';
import ru from './messages/ru/status.json';

export type TranslationStatus = 'source' | 'reviewed' | 'draft';

interface StatusFile {
  status: string;
  reviewed?: string[];
}

const FILES: Record<Locale, StatusFile> = { fr, en, ar, fa, ps, ti, uk, ru };

const reviewedKeys = new Map(
  Object.entries(FILES).map(([l, f]) => [l as Locale, new Set(f.reviewed ?? [])]),
);

export function languageStatus(locale: Locale): TranslationStatus {
  return FILES[locale].status as TranslationStatus;
}

export function messageStatus(locale: Locale, key: string): TranslationStatus {
  const base = languageStatus(locale);
  return base === 'draft' && reviewedKeys.get(locale)?.has(key) ? 'reviewed' : base;
}
