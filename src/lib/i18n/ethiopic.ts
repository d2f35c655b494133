/**
 * The Ethiopic characters Tigrinya pages show: the catalogs, the language's name and what Intl writes
 * in Tigrinya (months, country names, lists). The Tigrinya font shipped with the site is cut down to
 * these characters (scripts/subset-ethiopic-font.ts); tests check it still covers them.
 */
import { CATALOGS } from './catalogs';
import { LANGUAGE_NAMES } from './locales';

/** Ethiopic, Ethiopic Supplement and Ethiopic Extended(-A) blocks. */
export const ETHIOPIC = /[\u1200-\u139F\u2D80-\u2DDF\uAB00-\uAB2F]/gu;

/** Texts written by Intl in Tigrinya that a page may show. */
function intlTexts(): string[] {
  const out: string[] = [];
  for (const style of ['long', 'short'] as const) {
    const months = new Intl.DateTimeFormat('ti', { month: style, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) out.push(months.format(new Date(Date.UTC(2020, m, 15))));
  }
  out.push(new Intl.DateTimeFormat('ti', { dateStyle: 'long' }).format(new Date(0)));
  out.push(new Intl.ListFormat('ti', { type: 'conjunction' }).format(['a', 'b', 'c']));
  out.push(new Intl.ListFormat('ti', { type: 'disjunction' }).format(['a', 'b', 'c']));
  const regions = new Intl.DisplayNames(['ti'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = regions.of(code);
      if (name && name !== code) out.push(name);
    }
  }
  return out;
}

/** The Ethiopic characters of these texts, sorted. */
export function ethiopicCharacters(texts: Iterable<string>): string[] {
  const set = new Set<string>();
  for (const t of texts) for (const c of t.match(ETHIOPIC) ?? []) set.add(c);
  return [...set].sort();
}

/** The Ethiopic characters of the interface in Tigrinya. */
export function tigrinyaInterfaceCharacters(): string[] {
  return ethiopicCharacters([...Object.values(CATALOGS.ti), LANGUAGE_NAMES.ti, ...intlTexts()]);
}
