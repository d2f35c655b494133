/**
 * The interview's state: the answers so far, keyed by question id, and where the person is. It lives
 * in the browser only: the answers in a session cookie (src/lib/server/answers-cookie.ts), the
 * position in the page's address; the whole state also travels as one hidden field (base64url of
 * compact JSON) where a page hands it on (the dossier, the answers kept on the device). Everything is
 * validated here on every request. The server keeps nothing.
 */
import { z } from 'zod';
import { EVENT_KEYS, type EventKey } from '../dossier/events';

/** One field's value: a choice, an ISO date, a number, several choices, or null for "I don't know". */
export const FieldValueSchema = z.union([
  z.string().max(200),
  z.number().finite(),
  z.null(),
  z.array(z.string().max(40)).max(20),
]);
export type FieldValue = z.infer<typeof FieldValueSchema>;

/** An answer: the values of the question's fields, by field name. */
export const AnswerSchema = z.record(z.string().max(40), FieldValueSchema);
export type Answer = z.infer<typeof AnswerSchema>;

/** The answers to questions, by question id. */
const AnswerMapSchema = z.record(z.string().max(40), AnswerSchema);
export type AnswerMap = z.infer<typeof AnswerMapSchema>;

const EventDate = z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/);

/**
 * The dates the family knows about its procedure (refusal notified, arrival…), by event key. Optional:
 * answers saved before they existed still load. Their order is checked when they are used, not here,
 * so that a date typed in the wrong order never makes the whole state unreadable.
 */
export const KnownDatesSchema = z.strictObject(
  Object.fromEntries(EVENT_KEYS.map((k) => [k, EventDate.optional()])) as Record<
    EventKey,
    z.ZodOptional<typeof EventDate>
  >,
);
export type KnownDates = z.infer<typeof KnownDatesSchema>;

/** One family member's answers. */
export interface MemberAnswers {
  /** Stable key of the member inside the answers (also the member id given to the engine). */
  key: string;
  answers: AnswerMap;
}

export interface Answers {
  /** The sponsor's answers (the person in France). */
  sponsor: AnswerMap;
  /** The family members, in the order they were added. */
  members: MemberAnswers[];
  /** The person said there is nobody else to add. */
  done?: boolean;
  /** Known dates of the procedure, for the deadlines. */
  dates?: KnownDates;
}

/** Where the person is: a question (of the sponsor, or of member number `member`) or a page. */
export type Step = { question: string; member?: number } | { page: 'members' | 'check' | 'result' };

/**
 * flow: straight through; check: came from "check your answers" and goes back there;
 * member: changing one member's answers, then back to the list of members.
 */
export const ModeSchema = z.enum(['flow', 'check', 'member']);
export type Mode = z.infer<typeof ModeSchema>;

export interface State {
  answers: Answers;
  step: Step;
  mode: Mode;
}

/*
 * On the wire (the hidden field of every form, and the saved answers file) the state keeps its first,
 * compact shape, so that files saved earlier still load: the answers are {v, s, m: [{k, a}], done, e}
 * and the state {a, at: {q, m} | {view}, mode}.
 */
const WireAnswersSchema = z.strictObject({
  v: z.literal(1),
  s: AnswerMapSchema,
  m: z.array(z.strictObject({ k: z.string().regex(/^m[0-9]{1,3}$/), a: AnswerMapSchema })).max(40),
  done: z.boolean().optional(),
  e: KnownDatesSchema.optional(),
});
type WireAnswers = z.infer<typeof WireAnswersSchema>;

const WireStepSchema = z.union([
  z.strictObject({ q: z.string().max(40), m: z.number().int().min(0).max(39).optional() }),
  z.strictObject({ view: z.enum(['members', 'check', 'result']) }),
]);

const WireStateSchema = z.strictObject({
  a: WireAnswersSchema,
  at: WireStepSchema,
  mode: ModeSchema,
});

function answersFromWire(w: WireAnswers): Answers {
  return {
    sponsor: w.s,
    members: w.m.map((m) => ({ key: m.k, answers: m.a })),
    ...(w.done === undefined ? {} : { done: w.done }),
    ...(w.e === undefined ? {} : { dates: w.e }),
  };
}

function answersToWire(a: Answers): WireAnswers {
  return {
    v: 1,
    s: a.sponsor,
    m: a.members.map((m) => ({ k: m.key, a: m.answers })),
    ...(a.done === undefined ? {} : { done: a.done }),
    ...(a.dates === undefined ? {} : { e: a.dates }),
  };
}

export const emptyAnswers = (): Answers => ({ sponsor: {}, members: [] });

/** The largest encoded state accepted (40 members with all their answers fit well below). */
export const MAX_STATE_CHARS = 60_000;

// base64url with the platform's btoa/atob, so that this module runs in Node and in a browser alike
function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeState(state: State): string {
  const { answers, step, mode } = state;
  const at =
    'page' in step
      ? { view: step.page }
      : step.member === undefined
        ? { q: step.question }
        : { q: step.question, m: step.member };
  return toBase64Url(JSON.stringify({ a: answersToWire(answers), at, mode }));
}

/** The state carried by a form post, or undefined when it is absent, damaged or not ours. */
export function decodeState(raw: unknown): State | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_STATE_CHARS) return undefined;
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) return undefined;
  try {
    const parsed = WireStateSchema.safeParse(JSON.parse(fromBase64Url(raw)));
    if (!parsed.success) return undefined;
    const { a, at, mode } = parsed.data;
    const step: Step =
      'view' in at
        ? { page: at.view }
        : at.m === undefined
          ? { question: at.q }
          : { question: at.q, member: at.m };
    return { answers: answersFromWire(a), step, mode };
  } catch {
    return undefined;
  }
}

/** Answers loaded from a file the person saved earlier (the "download my answers" file). */
export const SavedFileSchema = z.strictObject({
  reunir: z.literal('answers'),
  version: z.literal(1),
  answers: WireAnswersSchema,
});

/** The answers as compact JSON text (the shape of the wire and of the saved file). */
export function answersJson(a: Answers): string {
  return JSON.stringify(answersToWire(a));
}

/** Answers read back from `answersJson`'s text, or undefined when it is damaged or not ours. */
export function answersFromJson(text: string): Answers | undefined {
  try {
    const parsed = WireAnswersSchema.safeParse(JSON.parse(text));
    return parsed.success ? answersFromWire(parsed.data) : undefined;
  } catch {
    return undefined;
  }
}

export function parseSavedFile(text: string): Answers | undefined {
  try {
    const parsed = SavedFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? answersFromWire(parsed.data.answers) : undefined;
  } catch {
    return undefined;
  }
}

export function savedFile(answers: Answers): string {
  return JSON.stringify(
    { reunir: 'answers', version: 1, answers: answersToWire(answers) },
    null,
    2,
  );
}
