/**
 * Figures in the guide come from data, never from the prose. A page writes a placeholder; the content
 * build replaces it with the value formatted for the page's language. An unknown placeholder is an error.
 *
 *   {{rule:ID}}                 an engine rule parameter (latest value), e.g. {{rule:ages.majority}}
 *   {{rule:ID.FIELD}}           a field of an object parameter, e.g. {{rule:regroupement.exemptionAge.age}}
 *   {{rule:ID|unit}}            the same with its unit in words: "18 months" / "18 mois"
 *   {{fig:ID}}                  a named figure of figures.json (a reference to the parameter store), with its unit
 *   {{surface:ZONE:PERSONS}}    minimum living area (R434-5) for a household, e.g. {{surface:B1:4}}
 *   {{smic:net|gross|hourly:DATE}}  the SMIC in force on DATE
 *   {{smic:from:DATE}}          the date that SMIC took effect
 *   {{date:DATE}}               a date written out, e.g. {{date:verified}}
 *   {{threshold:net|gross:DATE:PERSONS}}  the regroupement familial income reference for a filing on
 *                               DATE and a family of PERSONS (average SMIC × coefficient, R434-4)
 *
 * DATE is YYYY-MM-DD, `latest` (the last known value) or `verified` (the page's verification date).
 *
 * Numbers, amounts and dates are written with Intl for the page's language (`intlTag`: Dari is fa-AF,
 * Gregorian calendar everywhere, as on French documents). Durations use the catalog's plural messages
 * `guide.unit.{months,years,days}` where the language has them, Intl's unit names otherwise. In
 * right-to-left languages each value is wrapped in Unicode isolates so that it never reorders the text
 * around it.
 */
import { entryAt, parameters, type ParameterId } from '../law/parameters';
import { minimumSurface } from '../law/housing';
import { incomeReference, scaledAverage } from '../law/smic';
import { direction, intlTag, type Locale } from '../i18n/locales';
import { hasMessage, translate } from '../i18n/translate';
import { formatDate as longDate } from '../law-text/format';
import { FIGURES, resolveFigure } from './figures';

export class PlaceholderError extends Error {}

/** Unit of a parameter -> [Intl unit, catalog message]. */
const UNITS: Record<string, [string, string]> = {
  months: ['month', 'guide.unit.months'],
  month: ['month', 'guide.unit.months'],
  years: ['year', 'guide.unit.years'],
  year: ['year', 'guide.unit.years'],
  day: ['day', 'guide.unit.days'],
  days: ['day', 'guide.unit.days'],
};

const ZONES = ['A_bis', 'A', 'B1', 'B2', 'C'] as const;

const tag = (locale: Locale) =>
  locale === 'fr' ? 'fr-FR' : locale === 'en' ? 'en-GB' : intlTag(locale);

function number(locale: Locale, n: number): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 2 }).format(n);
}

function euros(locale: Locale, n: number): string {
  const cents = !Number.isInteger(n);
  return new Intl.NumberFormat(tag(locale), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: 2,
  }).format(n);
}

/** A duration in words, plural-correct for the language: `formatDuration("ru", 5, "months")` is "5 месяцев". */
export function formatDuration(locale: Locale, n: number, unit: string): string {
  const u = UNITS[unit];
  if (!u) throw new PlaceholderError(`no way to write the unit "${unit}"`);
  const [intlUnit, message] = u;
  if (hasMessage(locale, message)) return translate(locale, message, { n });
  return new Intl.NumberFormat(tag(locale), {
    style: 'unit',
    unit: intlUnit,
    unitDisplay: 'long',
  }).format(n);
}

/**
 * A date in a guide page: the one long-date format of reunir (`law-text` formatDate, with the French
 * « 1er »), except English, which the guide writes the British way: « 1 June 2026 ».
 */
export function formatDate(locale: Locale, iso: string): string {
  if (locale !== 'en') return longDate(locale, iso);
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

function resolveDate(arg: string | undefined, verified: string): string {
  if (arg === 'verified') return verified;
  if (arg === 'latest') return parameters.smic.values.at(-1)?.from ?? verified;
  if (arg && /^\d{4}-\d{2}-\d{2}$/.test(arg)) return arg;
  throw new PlaceholderError(`"${arg ?? ''}" is not a date (YYYY-MM-DD, latest or verified)`);
}

function rule(locale: Locale, path: string, format: string | undefined): string {
  const ids = Object.keys(parameters.rules) as ParameterId[];
  const id = ids.find((i) => path === i || path.startsWith(`${i}.`));
  if (!id) throw new PlaceholderError(`unknown rule parameter "${path}"`);
  const param = parameters.rules[id];
  let value: unknown = param.values.at(-1)?.value;
  for (const field of path.slice(id.length).split('.').filter(Boolean)) {
    value = (value as Record<string, unknown> | undefined)?.[field];
  }
  if (typeof value !== 'number') throw new PlaceholderError(`"${path}" is not a number`);
  if (format === undefined) return number(locale, value);
  if (format === 'unit') {
    const unit =
      path === id ? param.unit : path.endsWith('Years') || path.endsWith('.age') ? 'years' : '';
    return formatDuration(locale, value, unit);
  }
  throw new PlaceholderError(`unknown format "|${format}"`);
}

function threshold(kind: string, date: string, persons: number): number {
  const coefficients = entryAt(parameters.rules['regroupement.incomeCoefficients'], date).value;
  const months = entryAt(parameters.rules['regroupement.incomeReferenceMonths'], date).value;
  const coefficient =
    persons <= 3 ? coefficients.upTo3 : persons <= 5 ? coefficients.upTo5 : coefficients.from6;
  const ref = incomeReference(parameters, date, months);
  return scaledAverage(kind === 'net' ? ref.netCents : ref.grossCents, months, coefficient);
}

/** The text of one placeholder (without braces) for a language, isolated in right-to-left text. */
export function resolvePlaceholder(locale: Locale, body: string, verified: string): string {
  const value = placeholderValue(locale, body, verified);
  return direction(locale) === 'rtl' ? `\u2068${value}\u2069` : value;
}

function placeholderValue(locale: Locale, body: string, verified: string): string {
  const [main = '', format] = body.split('|');
  const [kind, ...args] = main.split(':');
  switch (kind) {
    case 'rule':
      return rule(locale, args[0] ?? '', format);
    case 'fig': {
      const ref = FIGURES[args[0] ?? ''];
      if (!ref) throw new PlaceholderError(`unknown figure "${args[0] ?? ''}"`);
      const f = resolveFigure(ref);
      return f.unit === 'EUR' ? euros(locale, f.value) : formatDuration(locale, f.value, f.unit);
    }
    case 'surface': {
      const zone = ZONES.find((z) => z === args[0]);
      const persons = Number(args[1]);
      if (!zone || !Number.isInteger(persons) || persons < 1)
        throw new PlaceholderError(`bad surface placeholder "${body}"`);
      const rule = parameters.rules['regroupement.housingSurface'].values.at(-1)?.value;
      if (!rule) throw new PlaceholderError('no housing surface parameter');
      return `${number(locale, minimumSurface(rule, zone, persons))} m²`;
    }
    case 'smic': {
      const date = resolveDate(args[1], verified);
      const entry = entryAt(parameters.smic, date);
      if (args[0] === 'from') return formatDate(locale, entry.from);
      if (args[0] === 'net') return euros(locale, entry.value.monthlyNet);
      if (args[0] === 'gross') return euros(locale, entry.value.monthlyGross);
      if (args[0] === 'hourly') return euros(locale, entry.value.hourlyGross);
      throw new PlaceholderError(`bad smic placeholder "${body}"`);
    }
    case 'date':
      return formatDate(locale, resolveDate(args[0], verified));
    case 'threshold': {
      const date = resolveDate(args[1], verified);
      const persons = Number(args[2]);
      if ((args[0] !== 'net' && args[0] !== 'gross') || !Number.isInteger(persons) || persons < 2)
        throw new PlaceholderError(`bad threshold placeholder "${body}"`);
      return euros(locale, threshold(args[0], date, persons));
    }
    default:
      throw new PlaceholderError(`unknown placeholder "{{${body}}}"`);
  }
}

export const PLACEHOLDER = /\{\{([^{}]+)\}\}/g;

export function resolvePlaceholders(locale: Locale, text: string, verified: string): string {
  return text.replace(PLACEHOLDER, (_, body: string) =>
    resolvePlaceholder(locale, body.trim(), verified),
  );
}
