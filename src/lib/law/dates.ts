/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), as the domain policy defines it.
 * Dates are compared as strings; months are calendar months and clamp to the end of a shorter month.
 */
import { addDays, addMonths, differenceInCalendarMonths, formatISO } from 'date-fns';

export type IsoDate = string;

/** Local midnight of an ISO date: date-fns then counts calendar days and months without time-zone drift. */
function toDate(iso: IsoDate): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

function toIso(date: Date): IsoDate {
  return formatISO(date, { representation: 'date' });
}

export function plusMonths(iso: IsoDate, months: number): IsoDate {
  return toIso(addMonths(toDate(iso), months));
}

export function plusDays(iso: IsoDate, days: number): IsoDate {
  return toIso(addDays(toDate(iso), days));
}

/**
 * The day a person born on `birth` reaches `years`: the anniversary, and 1 March in a common year for
 * someone born on 29 February (domain policy), where date-fns' addYears would clamp to 28 February.
 */
export function anniversary(birth: IsoDate, years: number): IsoDate {
  const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (m === 2 && d === 29 && !leap) return `${String(year).padStart(4, '0')}-03-01`;
  return `${String(year).padStart(4, '0')}-${birth.slice(5)}`;
}

/** Completed years of age on `date`. */
export function ageOn(birth: IsoDate, date: IsoDate): number {
  let years = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
  if (anniversary(birth, years) > date) years -= 1;
  return years;
}

/** Whole calendar months completed from `start` to `date` (a month is complete when its day is reached). */
export function completedMonths(start: IsoDate, date: IsoDate): number {
  if (date < start) return 0;
  let months = differenceInCalendarMonths(toDate(date), toDate(start));
  if (plusMonths(start, months) > date) months -= 1;
  return months;
}

/** First day of the month `offset` months from the month of `iso` ("YYYY-MM-01"). */
export function monthStart(iso: IsoDate, offset = 0): IsoDate {
  return plusMonths(`${iso.slice(0, 7)}-01`, offset);
}
