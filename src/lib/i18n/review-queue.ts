/**
 * What waits for a native review in a language, with the French beside it: the messages of each
 * catalog not yet reviewed, and the guide pages written in that language not yet reviewed (by section,
 * as readers see them, figures filled in). Read by the review page and its downloads.
 */
import { AREAS, NAMESPACES } from './catalogs';
import { type Locale, SOURCE_LOCALE } from './locales';
import { reviewOf, type Scope, STATUS_FILES } from './review';
import { getPage, listPages } from '../content';

export interface Pair {
  /** The message key, or the page part (`title`, `summary`, `#section`). */
  key: string;
  fr: string;
  text: string;
}

export interface Unit {
  scope: Scope;
  /** The catalog's area, or the page's title in French. */
  name: string;
  pairs: Pair[];
}

/** The text of an HTML fragment, one line per block. */
function text(html: string): string {
  return html
    .replace(/<\/(p|li|h[1-6]|blockquote|tr)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** A built page cut at its section headings: `#intro` before the first, then each `#id`. */
function sections(html: string): Map<string, string> {
  const out = new Map<string, string>();
  const parts = html.split(/(?=<h2 id=")/);
  for (const part of parts) {
    const id = /^<h2 id="([^"]+)"/.exec(part)?.[1];
    out.set(id ? `#${id}` : '#intro', text(part));
  }
  return out;
}

function catalogUnits(locale: Locale): Unit[] {
  const reviewedKeys = new Set(STATUS_FILES[locale].reviewed ?? []);
  return NAMESPACES.flatMap((area) => {
    const scope = `catalog:${area}` as Scope;
    if (reviewOf(locale, scope).status !== 'draft') return [];
    const source = AREAS[SOURCE_LOCALE][area];
    const pairs = Object.entries(AREAS[locale][area])
      .filter(([key]) => source[key] !== undefined && !reviewedKeys.has(key))
      .map(([key, t]) => ({ key, fr: source[key]!, text: t }));
    return pairs.length ? [{ scope, name: area, pairs }] : [];
  });
}

function pageUnits(locale: Locale): Unit[] {
  return listPages(locale).flatMap(({ page, lang }) => {
    const scope = `page:${page.id}` as Scope;
    if (lang !== locale || reviewOf(locale, scope).status !== 'draft') return [];
    const french = getPage(SOURCE_LOCALE, page.id)?.page;
    if (!french) return [];
    const theirs = sections(french.html);
    const pairs: Pair[] = [
      { key: 'title', fr: french.title, text: page.title },
      { key: 'summary', fr: french.summary, text: page.summary },
      ...[...sections(page.html)].map(([key, t]) => ({ key, fr: theirs.get(key) ?? '', text: t })),
    ];
    return [{ scope, name: french.title, pairs }];
  });
}

/** Everything waiting in a language: catalogs first, then guide pages in the guide's order. */
export function waitingFor(locale: Locale): Unit[] {
  if (locale === SOURCE_LOCALE) return [];
  return [...catalogUnits(locale), ...pageUnits(locale)];
}

/** Pairs as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read the scripts). */
export function pairsCsv(locale: Locale, units: readonly Unit[]): string {
  const cell = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const rows = [['scope', 'key', 'fr', locale, 'correction'].map(cell).join(',')];
  for (const u of units)
    for (const p of u.pairs) rows.push([u.scope, p.key, p.fr, p.text, ''].map(cell).join(','));
  return `\ufeff${rows.join('\r\n')}\r\n`;
}

/** A unit's scope as a URL segment: `catalog:law` → `catalog-law`, `page:visa-refused` → `page-visa-refused`. */
export const unitSlug = (scope: Scope) => scope.replace(':', '-');

export function findUnit(locale: Locale, slug: string): Unit | undefined {
  return waitingFor(locale).find((u) => unitSlug(u.scope) === slug);
}
