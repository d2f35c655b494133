/**
 * The dates a family knows about its procedure. Every key is optional; the deadlines that depend on a
 * missing date are simply not computed. Bad dates give `path: message` errors like the situation's.
 */
import { z } from 'zod';
import { isoDate } from '../law/schema/situation';
import type { Problem } from '../law/problem';

export const EVENT_KEYS = [
  'fileCompleteAtOfii',
  'decisionNotified',
  'regroupementRefusalNotified',
  'regroupementAppealLodged',
  'regroupementAppealRejected',
  'visaApplicationLodged',
  'visaIssued',
  'visaRefusalNotified',
  'crrvAppealLodged',
  'crrvRejectionNotified',
  'arrival',
  'cardExpiry',
] as const;

export type EventKey = (typeof EVENT_KEYS)[number];

const shape = Object.fromEntries(EVENT_KEYS.map((k) => [k, isoDate.optional()])) as Record<
  EventKey,
  z.ZodOptional<typeof isoDate>
>;

/** Pairs that must come in this order (the first no later than the second). */
const ORDER: [EventKey, EventKey][] = [
  ['fileCompleteAtOfii', 'decisionNotified'],
  ['fileCompleteAtOfii', 'regroupementRefusalNotified'],
  ['regroupementRefusalNotified', 'regroupementAppealLodged'],
  ['regroupementAppealLodged', 'regroupementAppealRejected'],
  ['decisionNotified', 'visaApplicationLodged'],
  ['visaApplicationLodged', 'visaIssued'],
  ['visaApplicationLodged', 'visaRefusalNotified'],
  ['visaRefusalNotified', 'crrvAppealLodged'],
  ['visaApplicationLodged', 'crrvAppealLodged'],
  ['crrvAppealLodged', 'crrvRejectionNotified'],
  ['visaIssued', 'arrival'],
];

export const EventsSchema = z.strictObject(shape).superRefine((e, ctx) => {
  for (const [a, b] of ORDER) {
    const first = e[a];
    const second = e[b];
    if (first !== undefined && second !== undefined && second < first)
      ctx.addIssue({ code: 'custom', path: [b], message: `is before ${a} (${first})` });
  }
});

export type Events = z.infer<typeof EventsSchema>;

export type EventsValidation = { ok: true; events: Events } | { ok: false; errors: Problem[] };

export function validateEvents(input: unknown, prefix = 'events'): EventsValidation {
  const parsed = EventsSchema.safeParse(input ?? {});
  if (parsed.success) return { ok: true, events: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => ({
      path: [prefix, ...i.path.map(String)].join('.'),
      message:
        i.code === 'unrecognized_keys'
          ? `unknown event ${i.keys.map((k) => `"${k}"`).join(', ')}; known events: ${EVENT_KEYS.join(', ')}`
          : i.message,
    })),
  };
}
