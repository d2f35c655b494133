/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), as docs/law/dates.md defines it. Dates are compared
 * as strings; months are calendar months and clamp to the end of a shorter month.
 *
 * The arithmetic works on integers, not on `Date` objects: building a local `Date` costs a time-zone
 * lookup, which made date handling most of the engine's time (docs/performance.md). Day counts use
 * the proleptic Gregorian "days from civil" algorithm (H. Hinnant, chrono-Compatible Low-Level Date
 * Algorithms); tests/law-unit/dates.test.ts covers month ends, leap years and 29 February.
 */
export type IsoDate = string;

type Ymd = [number, number, number];

function parts(iso: IsoDate): Ymd {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function format([y, m, d]: Ymd): IsoDate {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01. */
function daysFromCivil([year, m, d]: Ymd): number {
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): Ymd {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export function plusMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(iso);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return format([year, month, Math.min(d, daysInMonth(year, month))]);
}

export function plusDays(iso: IsoDate, days: number): IsoDate {
  return format(civilFromDays(daysFromCivil(parts(iso)) + days));
}

/** Calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return daysFromCivil(parts(b)) - daysFromCivil(parts(a));
}

/**
 * The day a person born on `birth` reaches `years`: the anniversary, and 1 March in a common year for
 * someone born on 29 February (docs/law/dates.md), where clamping month arithmetic would give 28 February.
 */
export function anniversary(birth: IsoDate, years: number): IsoDate {
  const [y, m, d] = parts(birth);
  const year = y + years;
  if (m === 2 && d === 29 && !isLeapYear(year)) return format([year, 3, 1]);
  return format([year, m, d]);
}

/** Completed years of age on `date`. */
export function ageOn(birth: IsoDate, date: IsoDate): number {
  let years = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
  if (anniversary(birth, years) > date) years -= 1;
  return years;
}

/** Whole calendar months completed from `start` to `date` (`date >= start + N months`). */
export function completedMonths(start: IsoDate, date: IsoDate): number {
  if (date < start) return 0;
  const [sy, sm] = parts(start);
  const [y, m] = parts(date);
  let months = (y - sy) * 12 + (m - sm);
  if (plusMonths(start, months) > date) months -= 1;
  return months;
}

/** First day of the month `offset` months from the month of `iso` ("YYYY-MM-01"). */
export function monthStart(iso: IsoDate, offset = 0): IsoDate {
  return plusMonths(`${iso.slice(0, 7)}-01`, offset);
}
