/**
 * Turning a message key and its parameters into words. A key missing in a language falls back to
 * English, then to French (the source); the caller learns which language answered, and a listener
 * (the web server's, per request) is told of every fallback so that the page can say so.
 *
 * In right-to-left languages every value inserted into a sentence as it is (a name, a French term, a
 * formatted amount, an article reference) is wrapped in Unicode isolates (U+2068 FIRST STRONG ISOLATE
 * … U+2069 POP DIRECTIONAL ISOLATE): "CESEDA L434-2" or "1 823,03 €" keeps its own direction and
 * cannot reorder the punctuation of the Arabic, Dari or Pashto sentence around it. Values that choose
 * a branch (select, plural) and numbers formatted by the message itself are left alone; numbers
 * inserted as they are get the language's digits.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS } from './catalogs';
import { direction, intlTag, type Locale, SOURCE_LOCALE } from './locales';

export type MessageParams = Record<string, string | number | boolean | null | undefined>;

/** A message shown in another language than the one asked for. */
export interface Fallback {
  key: string;
  /** The language asked for. */
  wanted: Locale;
  /** The language that answered. */
  locale: Locale;
  /** The words produced. */
  text: string;
}

type Compiled = { format: IntlMessageFormat; inserted: ReadonlySet<string> };

const cache = new Map<string, Compiled>();

/** The names of the arguments inserted as they are ({name}), not used to choose a branch. */
function insertedArguments(ast: unknown[]): Set<string> {
  const plain = new Set<string>();
  const choosing = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const n of nodes as {
      type: number;
      value?: string;
      options?: Record<string, { value: unknown[] }>;
    }[]) {
      if (n.type === 1 && n.value) plain.add(n.value);
      if (n.options) {
        if (n.value) choosing.add(n.value);
        for (const o of Object.values(n.options)) walk(o.value);
      }
    }
  };
  walk(ast);
  for (const c of choosing) plain.delete(c);
  return plain;
}

function compiled(locale: Locale, key: string, source: string): Compiled {
  const id = `${locale}\u0000${key}`;
  let c = cache.get(id);
  if (!c) {
    const format = new IntlMessageFormat(source, intlTag(locale), undefined, { ignoreTag: true });
    c = { format, inserted: insertedArguments(format.getAst() as unknown[]) };
    cache.set(id, c);
  }
  return c;
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

let fallbackListener: ((fallback: Fallback) => void) | undefined;

/** Who to tell when a message falls back to another language (one listener; undefined stops). */
export function onFallback(listener: ((fallback: Fallback) => void) | undefined): void {
  fallbackListener = listener;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * A number inserted as it is ({limit}) in the language's digits, like the numbers the message formats
 * itself ({n, number}, plurals' #): "۱۸" in Dari and Pashto, "2,5" in French. No grouping, so that a
 * year stays 2019.
 */
function plainNumber(locale: Locale, n: number): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(intlTag(locale), { useGrouping: false, maximumFractionDigits: 6 });
    numberFormats.set(locale, f);
  }
  return f.format(n);
}

/** U+2068 … U+2069 around a value inserted into a right-to-left sentence. */
export function isolate(value: string): string {
  return value === '' ? value : `\u2068${value}\u2069`;
}

export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const found = lookup(locale, key);
  if (!found) return key;
  const { format, inserted } = compiled(found.locale, key, found.source);
  const rtl = direction(found.locale) === 'rtl';
  const values = Object.fromEntries(
    Object.entries(params).map(([k, v]) => {
      if (v === null || v === undefined) return [k, ''];
      if (!inserted.has(k)) return [k, v];
      if (typeof v === 'number') return [k, plainNumber(found.locale, v)];
      return [k, rtl && typeof v === 'string' ? isolate(v) : v];
    }),
  );
  const text = String(format.format(values));
  if (found.locale !== locale)
    fallbackListener?.({ key, wanted: locale, locale: found.locale, text });
  return text;
}

/** A translate function bound to one language. */
export function translator(locale: Locale) {
  return (key: string, params?: MessageParams) => translate(locale, key, params);
}
