/** Numbers, dates, amounts and plurals written the way each language writes them. */
import { describe, expect, it } from 'vitest';
import { direction, intlTag, LOCALES, type Locale, translate } from '../../src/lib/i18n';
import { formatDate, formatMonth } from '../../src/lib/law-text/format';

const plural = (locale: Locale, n: number) => new Intl.PluralRules(intlTag(locale)).select(n);

describe('plural categories', () => {
  it('Arabic has six, chosen for 0, 1, 2, 3, 11 and 100', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('ar', n))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });

  it('Ukrainian and Russian say one, few, many for 1, 2, 5, 21', () => {
    for (const l of ['uk', 'ru'] as const) {
      expect([1, 2, 5, 21].map((n) => plural(l, n))).toEqual(['one', 'few', 'many', 'one']);
    }
  });

  it('messages pick the right form in each language', () => {
    const people = (l: Locale, value: number) => translate(l, 'interview.unit.people', { value });
    expect(people('ar', 2)).toBe('شخصان');
    // Arabic numbers are isolated from the right-to-left sentence (see direction.test.ts).
    expect(people('ar', 3)).toBe('\u20683\u2069 أشخاص');
    expect(people('ar', 11)).toBe('\u206811\u2069 شخصًا');
    expect(people('ar', 100)).toBe('\u2068100\u2069 شخص');
    expect(people('ru', 1)).toBe('1 человек');
    expect(people('ru', 5)).toBe('5 человек');
    expect(people('uk', 2)).toBe('2 особи');
    expect(people('uk', 5)).toBe('5 осіб');
    expect(people('fr', 2)).toBe('2 personnes');
    expect(people('en', 1)).toBe('1 person');
  });
});

describe('numbers and amounts', () => {
  const amount = (l: Locale) =>
    new Intl.NumberFormat(intlTag(l), { style: 'currency', currency: 'EUR' }).format(1823.03);
  const number = (l: Locale) => new Intl.NumberFormat(intlTag(l)).format(1823.03);

  it('use each language’s digits and separators', () => {
    expect(number('fr')).toBe('1\u202f823,03');
    expect(number('en')).toBe('1,823.03');
    expect(number('ar')).toBe('1,823.03');
    expect(number('fa')).toBe('۱٬۸۲۳٫۰۳');
    expect(number('ps')).toBe('۱٬۸۲۳٫۰۳');
    expect(number('ti')).toBe('1,823.03');
    expect(number('uk')).toBe('1\u00a0823,03');
    expect(number('ru')).toBe('1\u00a0823,03');
  });

  it('write amounts in euros in every language', () => {
    for (const l of LOCALES) {
      expect(amount(l)).toMatch(/€|EUR/);
      // The amount keeps its cents, in the language's digits.
      expect(amount(l).replace(/[^0-9۰-۹]/g, '')).toMatch(/^(182303|۱۸۲۳۰۳)$/);
    }
  });

  it('numbers inside messages follow the language', () => {
    const months = (l: Locale) => translate(l, 'interview.unit.people', { value: 1500 });
    expect(months('fa')).toContain('۱٬۵۰۰');
    expect(months('ru')).toContain('1\u00a0500');
  });
});

describe('dates', () => {
  it('are Gregorian in every language, with the month in words', () => {
    expect(formatDate('fr', '2019-03-27')).toBe('27 mars 2019');
    expect(formatDate('en', '2019-03-27')).toBe('March 27, 2019');
    expect(formatDate('ar', '2019-03-27')).toBe('27 مارس 2019');
    // Dari and Pashto: Intl's default there is the Solar Hijri calendar (۷ حمل ۱۳۹۸).
    expect(formatDate('fa', '2019-03-27')).toBe('۲۷ مارچ ۲۰۱۹');
    expect(formatDate('ps', '2019-03-27')).toBe('۲۰۱۹ مارچ ۲۷');
    expect(formatDate('ti', '2019-03-27')).toBe('መጋቢት 27, 2019');
    expect(formatDate('uk', '2019-03-27')).toBe('27 березня 2019 р.');
    expect(formatDate('ru', '2019-03-27')).toBe('27 марта 2019 г.');
  });

  it('months too', () => {
    expect(formatMonth('fa', '2025-11')).toBe('نومبر ۲۰۲۵');
    expect(formatMonth('uk', '2025-11')).toBe('листопад 2025 р.');
    for (const l of LOCALES) {
      expect(new Intl.DateTimeFormat(intlTag(l)).resolvedOptions().calendar).toBe('gregory');
    }
  });
});

describe('direction', () => {
  it('is right to left for Arabic, Dari and Pashto only', () => {
    expect(Object.fromEntries(LOCALES.map((l) => [l, direction(l)]))).toEqual({
      fr: 'ltr',
      en: 'ltr',
      ar: 'rtl',
      fa: 'rtl',
      ps: 'rtl',
      ti: 'ltr',
      uk: 'ltr',
      ru: 'ltr',
    });
  });

  it('agrees with Intl', () => {
    for (const l of LOCALES) {
      const info = new Intl.Locale(l) as Intl.Locale & { textInfo?: { direction: string } };
      expect(info.textInfo?.direction).toBe(direction(l));
    }
  });
});
