/**
 * Reading a date typed in three boxes (day, month, year) the way people type it: "3" or "03", a month
 * as a number or a name ("mars", "March", "févr."), a four-digit year. Errors are message keys.
 */

const MONTHS: Record<string, number> = {};
const NAMES: [number, string[]][] = [
  [1, ['janvier', 'janv', 'jan', 'january']],
  [2, ['fevrier', 'fevr', 'fev', 'february', 'feb']],
  [3, ['mars', 'mar', 'march']],
  [4, ['avril', 'avr', 'april', 'apr']],
  [5, ['mai', 'may']],
  [6, ['juin', 'june', 'jun']],
  [7, ['juillet', 'juil', 'july', 'jul']],
  [8, ['aout', 'august', 'aug']],
  [9, ['septembre', 'sept', 'sep', 'september']],
  [10, ['octobre', 'oct', 'october']],
  [11, ['novembre', 'nov', 'november']],
  [12, ['decembre', 'dec', 'december']],
];
for (const [n, names] of NAMES) for (const name of names) MONTHS[name] = n;

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Western digits for Arabic-Indic and Persian digits, no accents, no dots, lower case. */
export function normalise(text: string): string {
  return text
    .replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.\s]/g, '')
    .toLowerCase();
}

export type DateParts = { day: string; month: string; year: string };
export type DateError =
  'date.required' | 'date.incomplete' | 'date.day' | 'date.month' | 'date.year' | 'date.invalid';
export type DateReading =
  | { ok: true; iso: string | null }
  | { ok: false; error: DateError; part?: 'day' | 'month' | 'year' };

function monthOf(text: string): number | undefined {
  if (/^[0-9]{1,2}$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  return MONTHS[text];
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
  if (!/^[0-9]{4}$/.test(year) || Number(year) < 1900 || Number(year) > 2100)
    return { ok: false, error: 'date.year', part: 'year' };
  const y = Number(year);
  const d = Number(day);
  if (d > daysIn(y, m)) return { ok: false, error: 'date.invalid', part: 'day' };
  const iso = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { ok: true, iso };
}

/** The three boxes for an ISO date (to show an answer again). */
export function partsOf(iso: string | null | undefined): DateParts {
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(iso ?? '');
  if (!m) return { day: '', month: '', year: '' };
  return { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] ?? '' };
}
