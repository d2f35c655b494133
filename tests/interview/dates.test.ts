/** Dates typed with month names and digits of every language of the site. */
import { describe, expect, it } from 'vitest';
import { normalise, readDate } from '../../src/lib/interview/dates';

const iso = (day: string, month: string, year: string) => {
  const r = readDate({ day, month, year }, false);
  return r.ok ? r.iso : r.error;
};

describe('month names', () => {
  it.each([
    ['mars', 3],
    ['March', 3],
    ['févr.', 2],
    ['مارس', 3], // Arabic (Egypt, Gulf)
    ['آذار', 3], // Arabic (Levant)
    ['ايار', 5], // Levant, typed without hamza
    ['جانفي', 1], // Maghreb
    ['مارچ', 3], // Dari and Pashto
    ['مۍ', 5], // Pashto
    ['جنوری', 1], // Dari
    ['መጋቢት', 3], // Tigrinya
    ['መጋ', 3],
    ['березень', 3], // Ukrainian, standalone
    ['березня', 3], // Ukrainian, inside a date (genitive)
    ['бер.', 3],
    ['листопада', 11],
    ['март', 3], // Russian
    ['марта', 3],
    ['мар', 3],
    ['нояб.', 11],
    ['мая', 5],
  ])('%s is month %i', (month, n) => {
    expect(iso('27', month, '2019')).toBe(`2019-${String(n).padStart(2, '0')}-27`);
  });

  it('no name is read as two different months', () => {
    // Every language's twelve long names are read, and as twelve different months.
    for (const tag of ['fr', 'en', 'ar', 'fa-AF', 'ps', 'ti', 'uk', 'ru']) {
      const f = new Intl.DateTimeFormat(`${tag}-u-ca-gregory`, { month: 'long', timeZone: 'UTC' });
      const read = Array.from({ length: 12 }, (_, m) =>
        iso('1', f.format(new Date(Date.UTC(2020, m, 15))), '2020'),
      );
      expect(read.map((d) => (d ?? '').slice(5, 7))).toEqual(
        Array.from({ length: 12 }, (_, m) => String(m + 1).padStart(2, '0')),
      );
    }
  });

  it('an unknown word is an error about the month', () => {
    expect(iso('1', 'xyz', '2020')).toBe('date.month');
  });
});

describe('digits', () => {
  it('Arabic-Indic and Persian digits are read', () => {
    expect(iso('٢٧', '٣', '٢٠١٩')).toBe('2019-03-27');
    expect(iso('۲۷', '۳', '۲۰۱۹')).toBe('2019-03-27');
    expect(normalise('\u2068۱۲\u2069')).toBe('12');
  });
});

describe('years of another calendar', () => {
  it('a Solar Hijri or Hijri year asks for the Gregorian year', () => {
    expect(readDate({ day: '1', month: '1', year: '1398' }, false)).toEqual({
      ok: false,
      error: 'date.calendar',
      part: 'year',
    });
    expect(iso('1', '1', '۱۳۹۸')).toBe('date.calendar');
    expect(iso('1', '1', '1440')).toBe('date.calendar');
  });

  it('other impossible years keep the general message', () => {
    expect(iso('1', '1', '219')).toBe('date.year');
    expect(iso('1', '1', '2200')).toBe('date.year');
    expect(iso('1', '1', '1950')).toBe('1950-01-01');
  });
});
