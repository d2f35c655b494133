/**
 * Reading a date typed in three boxes (day, month, year) the way people type it: "3" or "03", a month
 * as a number or its name in any language of the site ("mars", "March", "березня", "مارچ"), a
 * four-digit year in the Gregorian calendar. Errors are message keys.
 */

/**
 * Month names people may type, in every language of the site: full names and abbreviations, in the
 * standalone form ("березень", "март") and the form used inside a date ("березня", "марта"), taken
 * from Intl (Gregorian calendar, also for Dari and Pashto whose default calendar is the Solar Hijri),
 * plus the Arabic names used in the Levant and the Maghreb and common French and English
 * abbreviations. A name that would mean two different months is left out.
 */
const NAME_LOCALES = [
  'fr',
  'en',
  'ar',
  'ar-SY',
  'ar-IQ',
  'ar-DZ',
  'ar-MA',
  'fa-AF',
  'ps',
  'ti',
  'uk',
  'ru',
];
const EXTRA: [number, string[]][] = [
  [1, ['janv', 'jan']],
  [2, ['fevr', 'fev', 'feb']],
  [3, ['mar']],
  [4, ['avr', 'apr']],
  [6, ['jun']],
  [7, ['juil', 'jul']],
  [9, ['sept', 'sep']],
  [12, ['dec']],
];

function monthNames(): Map<string, number> {
  const found = new Map<string, Set<number>>();
  const add = (name: string, month: number) => {
    const key = normalise(name);
    if (!key || /[0-9]/.test(key)) return;
    if (!found.has(key)) found.set(key, new Set());
    found.get(key)!.add(month);
  };
  for (const tag of NAME_LOCALES) {
    for (const style of ['long', 'short'] as const) {
      const standalone = new Intl.DateTimeFormat(`${tag}-u-ca-gregory`, {
        month: style,
        timeZone: 'UTC',
      });
      const inDate = new Intl.DateTimeFormat(`${tag}-u-ca-gregory`, {
        month: style,
        day: 'numeric',
        timeZone: 'UTC',
      });
      for (let m = 1; m <= 12; m++) {
        const date = new Date(Date.UTC(2020, m - 1, 15));
        add(standalone.format(date), m);
        for (const part of inDate.formatToParts(date))
          if (part.type === 'month') add(part.value, m);
      }
    }
  }
  for (const [m, names] of EXTRA) for (const name of names) add(name, m);
  return new Map(
    [...found].filter(([, months]) => months.size === 1).map(([k, months]) => [k, [...months][0]!]),
  );
}

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Arabic-script letters written differently across Arabic, Dari and Pashto keyboards. */
const LETTERS: [RegExp, string][] = [
  [/[\u064A\u0649\u06CC\u06CD\u06D0\u0626]/g, '\u06CC'],
  [/[\u0643\u06A9]/g, '\u06A9'],
  [/[\u0623\u0625\u0622\u0671]/g, '\u0627'],
  [/[\u0629\u06C0]/g, '\u0647'],
  [/\u0624/g, '\u0648'],
  [/[\u06AB\u06AF]/g, '\u06AF'],
];

/**
 * Western digits for Arabic-Indic and Persian digits; no accents, vowel marks, dots, spaces or
 * direction marks; Arabic-script letter variants folded; lower case.
 */
export function normalise(text: string): string {
  let out = text
    .replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[.\s\u200B-\u200F\u2066-\u2069\u061C]/g, '')
    .toLowerCase();
  for (const [from, to] of LETTERS) out = out.replace(from, to);
  return out;
}

const MONTHS = monthNames();

export type DateParts = { day: string; month: string; year: string };
export type DateError =
  | 'date.required'
  | 'date.incomplete'
  | 'date.dayOrApprox'
  | 'date.day'
  | 'date.month'
  | 'date.year'
  | 'date.calendar'
  | 'date.invalid';
export type DateReading =
  | { ok: true; iso: string | null }
  | { ok: false; error: DateError; part?: 'day' | 'month' | 'year' };

function monthOf(text: string): number | undefined {
  if (/^[0-9]{1,2}$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  return MONTHS.get(text);
}

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads the three parts; empty parts give null when the date is optional. */
export function readDate(parts: DateParts, optional: boolean): DateReading {
  const day = normalise(parts.day);
  const month = normalise(parts.month);
  const year = normalise(parts.year);
  if (!day && !month && !year) {
    return optional ? { ok: true, iso: null } : { ok: false, error: 'date.required', part: 'day' };
  }
  if (!day) return { ok: false, error: 'date.incomplete', part: 'day' };
  if (!month) return { ok: false, error: 'date.incomplete', part: 'month' };
  if (!year) return { ok: false, error: 'date.incomplete', part: 'year' };
  if (!/^[0-9]{1,2}$/.test(day) || Number(day) < 1 || Number(day) > 31)
    return { ok: false, error: 'date.day', part: 'day' };
  const m = monthOf(month);
  if (m === undefined) return { ok: false, error: 'date.month', part: 'month' };
  // 1398 (Solar Hijri) or 1440 (Hijri) is today's year in another calendar, not a Gregorian one.
  if (/^1[3-8][0-9]{2}$/.test(year)) return { ok: false, error: 'date.calendar', part: 'year' };
  if (!/^[0-9]{4}$/.test(year) || Number(year) < 1900 || Number(year) > 2100)
    return { ok: false, error: 'date.year', part: 'year' };
  const y = Number(year);
  const d = Number(day);
  if (d > daysIn(y, m)) return { ok: false, error: 'date.invalid', part: 'day' };
  const iso = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { ok: true, iso };
}

/**
 * Reads a date that may be known only to the month or the year (the person ticked "I only know the
 * month or the year"): the day left empty gives `YYYY-MM`, the day and the month left empty give
 * `YYYY`. Without the tick an empty day is an error that points to it.
 */
export function readApproxDate(
  parts: DateParts,
  optional: boolean,
  approximate: boolean,
): DateReading {
  const day = normalise(parts.day);
  const month = normalise(parts.month);
  const year = normalise(parts.year);
  if (day || (!month && !year)) return readDate(parts, optional);
  if (!approximate) return { ok: false, error: 'date.dayOrApprox', part: 'day' };
  // Read with a day that exists in every month; only the year and the month are kept.
  const full = readDate({ day: '1', month: month || '1', year }, false);
  if (!full.ok) return full;
  return { ok: true, iso: month ? full.iso!.slice(0, 7) : full.iso!.slice(0, 4) };
}

/** The three boxes for an ISO date, or one known only to the month or the year (to show it again). */
export function partsOf(iso: string | null | undefined): DateParts {
  const m = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/.exec(iso ?? '');
  if (!m) return { day: '', month: '', year: '' };
  const num = (v: string | undefined) => (v === undefined ? '' : String(Number(v)));
  return { day: num(m[3]), month: num(m[2]), year: m[1] ?? '' };
}
