/**
 * Direction is done once, by the formatting layer: in Arabic, Dari and Pashto every Latin run, number
 * and inserted value of every message comes out isolated (U+2068 … U+2069), whatever the catalog
 * says, and the catalogs carry no isolates by hand.
 */
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { AREAS, CATALOGS, NAMESPACES } from '../../src/lib/i18n/catalogs';
import { direction, LOCALES, type MessageParams, translate } from '../../src/lib/i18n';
import { isolateLatinRuns } from '../../src/lib/i18n/translate';

const RTL = LOCALES.filter((l) => direction(l) === 'rtl');
const LATIN = /[A-Za-z\u00C0-\u024F0-9]/;

/** The argument names of a message: plain ones, plural ones, and each select with its branches. */
function argumentsOf(message: string) {
  const plain = new Set<string>();
  const plural = new Set<string>();
  const selects = new Map<string, string[]>();
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.argument || el.type === TYPE.date || el.type === TYPE.time)
        plain.add(el.value);
      if (el.type === TYPE.number) plural.add(el.value);
      if (el.type === TYPE.plural) plural.add(el.value);
      if (el.type === TYPE.select) selects.set(el.value, Object.keys(el.options));
      if ('options' in el) for (const o of Object.values(el.options)) walk(o.value);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return { plain, plural, selects };
}

/** Parameters that reach every branch of a message, one set per branch of its selects. */
function samples(message: string): MessageParams[] {
  const { plain, plural, selects } = argumentsOf(message);
  const base: MessageParams = {};
  for (const a of plain) base[a] = 'Ab 12';
  for (const a of plural) base[a] = 3;
  for (const [name, options] of selects) base[name] = options[0];
  const out: MessageParams[] = [base];
  for (const [name, options] of selects)
    for (const o of options) out.push({ ...base, [name]: o === 'other' ? 'zzz' : o });
  return out;
}

/** The Latin letters and digits that are not inside an isolate. */
function bare(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '\u2068') depth += 1;
    else if (ch === '\u2069') depth -= 1;
    else if (depth === 0 && LATIN.test(ch)) out += ch;
  }
  return out;
}

describe('right-to-left messages', () => {
  it('have every Latin run, number and value isolated once rendered', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const locale of RTL)
      for (const [key, message] of Object.entries(CATALOGS[locale])) {
        const withLatin = LATIN.test(message.replace(/\{[^{}]*\}/g, ''));
        if (!withLatin && !/\{/.test(message)) continue;
        checked += 1;
        for (const params of samples(message)) {
          const text = translate(locale, key, params);
          const left = bare(text);
          if (left) problems.push(`${locale} ${key}: "${left}" not isolated in «${text}»`);
          const balance = [...text].reduce(
            (d, c) => (d < 0 ? d : c === '\u2068' ? d + 1 : c === '\u2069' ? d - 1 : d),
            0,
          );
          if (balance !== 0) problems.push(`${locale} ${key}: unbalanced isolates in «${text}»`);
        }
      }
    expect(checked).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });

  it('keep a quoted French phrase with its commas in one isolate, so its halves stay in order', () => {
    expect(isolateLatinRuns('«famille de réfugié, de bénéficiaire ou d’apatride»، ثم')).toBe(
      '«\u2068famille de réfugié, de bénéficiaire ou d’apatride\u2069»، ثم',
    );
    expect(isolateLatinRuns('(réunification familiale)، OFII')).toBe(
      '(\u2068réunification familiale\u2069)، \u2068OFII\u2069',
    );
    expect(isolateLatinRuns('المادة CESEDA L434-2.')).toBe('المادة \u2068CESEDA L434-2\u2069.');
    // Isolates written by hand are not doubled.
    expect(isolateLatinRuns('\u2068OFII\u2069')).toBe('\u2068OFII\u2069');
  });

  it('keep Latin words and the value after them in one block', () => {
    expect(
      translate('fa', 'letter.ofii-cover-letter.recipient', { department: 'Paris' }),
    ).toContain('\u2068Direction territoriale de Paris\u2069');
  });

  it('leave left-to-right languages untouched', () => {
    for (const locale of LOCALES.filter((l) => direction(l) === 'ltr'))
      for (const [key, message] of Object.entries(CATALOGS[locale]))
        if (!/\{/.test(message)) expect(translate(locale, key)).not.toMatch(/[\u2068\u2069]/);
  });

  it('are written without isolates in the catalogs: the formatting layer adds them', () => {
    const handPlaced = RTL.flatMap((locale) =>
      NAMESPACES.flatMap((area) =>
        Object.entries(AREAS[locale][area])
          .filter(([, m]) => /[\u2068\u2069]/.test(m))
          .map(([key]) => `messages/${locale}/${area}.json ${key}: remove U+2068/U+2069`),
      ),
    );
    expect(handPlaced).toEqual([]);
  });
});
