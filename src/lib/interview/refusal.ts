/**
 * "My visa was refused": a short path beside the interview. Two questions (the procedure the visa was
 * asked under; a written refusal and the day it was notified, or no answer and the day the application
 * was lodged), then the appeal to the visa appeals commission: its last day, the letter and where to
 * send it. The answers become a file `{situation, events}` that the dossier's deadline and letter code
 * read like any other: the situation holds only what the procedure needs (the sponsor's status), the
 * events the date given. Pure: the date is an input.
 */
import { z } from 'zod';
import type { Events } from '../dossier/events';
import { FIRST_EVENT_DATE } from '../dossier/parameters';
import type { Situation } from '../law';
import { readDate } from './dates';
import type { FieldError, RawValues } from './parse';

/** The answers to the first question, each naming the procedure the visa was asked under. */
export const REFUSAL_ROUTES = [
  'refugee',
  'subsidiary_protection',
  'stateless',
  'resident',
  'eu_citizen',
  'talent',
] as const;
export type RefusalRoute = (typeof REFUSAL_ROUTES)[number];

export const REFUSAL_KINDS = ['written', 'silence'] as const;
export type RefusalKind = (typeof REFUSAL_KINDS)[number];

const IsoDate = z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/);

/** What the person answered so far (kept in the browser, validated on every request). */
export const RefusalSchema = z.strictObject({
  route: z.enum(REFUSAL_ROUTES),
  kind: z.enum(REFUSAL_KINDS).optional(),
  date: IsoDate.optional(),
});
export type Refusal = z.infer<typeof RefusalSchema>;

/** The screens of the path, by their address (`?step=`). */
export const REFUSAL_STEPS = ['route', 'date', 'appeal'] as const;
export type RefusalStep = (typeof REFUSAL_STEPS)[number];

/**
 * The screen to show for the address asked and what is known: the first one without an address (the
 * way in); a later one needs the answers before it.
 */
export function refusalStepFor(asked: string | null, r: Refusal | undefined): RefusalStep {
  if (!r || asked === null || asked === 'route') return 'route';
  if (asked === 'date' || !r.kind || !r.date) return 'date';
  return 'appeal';
}

type Read<T> = { ok: true; value: T } | { ok: false; errors: FieldError[]; values: RawValues };

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v.slice(0, 200) : '';
};

export function readRoute(form: FormData): Read<RefusalRoute> {
  const route = text(form, 'route');
  if ((REFUSAL_ROUTES as readonly string[]).includes(route))
    return { ok: true, value: route as RefusalRoute };
  return {
    ok: false,
    errors: [{ input: 'route', key: 'interview.error.choose' }],
    values: { route },
  };
}

/** The date boxes of each answer of the second question. */
export const dateInput = (kind: RefusalKind, part: 'day' | 'month' | 'year') => `${kind}.${part}`;

export function readWhen(form: FormData, today: string): Read<{ kind: RefusalKind; date: string }> {
  const values: RawValues = { kind: text(form, 'kind') };
  for (const k of REFUSAL_KINDS)
    for (const p of ['day', 'month', 'year'] as const)
      values[dateInput(k, p)] = text(form, dateInput(k, p));
  const kind = values.kind as string;
  if (!(REFUSAL_KINDS as readonly string[]).includes(kind))
    return { ok: false, errors: [{ input: 'kind', key: 'interview.error.choose' }], values };
  const k = kind as RefusalKind;
  const part = (p: 'day' | 'month' | 'year') => String(values[dateInput(k, p)]);
  const reading = readDate({ day: part('day'), month: part('month'), year: part('year') }, false);
  if (!reading.ok)
    return {
      ok: false,
      errors: [
        { input: dateInput(k, reading.part ?? 'day'), key: `interview.error.${reading.error}` },
      ],
      values,
    };
  const date = reading.iso as string;
  if (date > today)
    return {
      ok: false,
      errors: [{ input: dateInput(k, 'day'), key: 'interview.refused.error.future' }],
      values,
    };
  // The dossier's periods are known from this day on (the store's first date).
  if (date < FIRST_EVENT_DATE)
    return {
      ok: false,
      errors: [{ input: dateInput(k, 'year'), key: 'dossier.web.dates.before_coverage' }],
      values,
    };
  return { ok: true, value: { kind: k, date } };
}

/** What the procedure needs to be found: the sponsor's status (and a talent permit). */
function sponsorOf(route: RefusalRoute): Situation['sponsor'] {
  if (route === 'talent') return { status: 'resident', permit: { type: 'talent' } };
  return { status: route };
}

/** The family's file for the dossier's deadline and letter code. */
export function refusalFile(r: Refusal & { kind: RefusalKind; date: string }): {
  situation: Situation;
  events: Events;
} {
  return {
    situation: { sponsor: sponsorOf(r.route), members: [] },
    events:
      r.kind === 'written' ? { visaRefusalNotified: r.date } : { visaApplicationLodged: r.date },
  };
}
