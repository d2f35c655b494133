/**
 * The interview's state: the answers so far, keyed by question id, and where the person is. It lives
 * in the browser only and travels in each form post as one hidden field (base64url of compact JSON),
 * validated here on every post. The server keeps nothing.
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

const AnswerMapSchema = z.record(z.string().max(40), AnswerSchema);

export const MemberAnswersSchema = z.strictObject({
  /** Stable key of the member inside the answers (also the member id given to the engine). */
  k: z.string().regex(/^m[0-9]{1,3}$/),
  a: AnswerMapSchema,
});
export type MemberAnswers = z.infer<typeof MemberAnswersSchema>;

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

export const AnswersSchema = z.strictObject({
  v: z.literal(1),
  /** The sponsor's answers (the person in France). */
  s: AnswerMapSchema,
  /** The family members, in the order they were added. */
  m: z.array(MemberAnswersSchema).max(40),
  /** The person said there is nobody else to add. */
  done: z.boolean().optional(),
  /** Known dates of the procedure, for the deadlines. */
  e: KnownDatesSchema.optional(),
});
export type Answers = z.infer<typeof AnswersSchema>;

/** Where the person is: a question (of the sponsor, or of member number `m`) or a summary page. */
export const StepSchema = z.union([
  z.strictObject({ q: z.string().max(40), m: z.number().int().min(0).max(39).optional() }),
  z.strictObject({ view: z.enum(['members', 'check', 'result']) }),
]);
export type Step = z.infer<typeof StepSchema>;

/**
 * flow: straight through; check: came from "check your answers" and goes back there;
 * member: changing one member's answers, then back to the list of members.
 */
export const ModeSchema = z.enum(['flow', 'check', 'member']);
export type Mode = z.infer<typeof ModeSchema>;

export const StateSchema = z.strictObject({ a: AnswersSchema, at: StepSchema, mode: ModeSchema });
export type State = z.infer<typeof StateSchema>;

export const emptyAnswers = (): Answers => ({ v: 1, s: {}, m: [] });

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
  return toBase64Url(JSON.stringify(state));
}

/** The state carried by a form post, or undefined when it is absent, damaged or not ours. */
export function decodeState(raw: unknown): State | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_STATE_CHARS) return undefined;
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) return undefined;
  try {
    const parsed = StateSchema.safeParse(JSON.parse(fromBase64Url(raw)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Answers loaded from a file the person saved earlier (the "download my answers" file). */
export const SavedFileSchema = z.strictObject({
  reunir: z.literal('answers'),
  version: z.literal(1),
  answers: AnswersSchema,
});

export function parseSavedFile(text: string): Answers | undefined {
  try {
    const parsed = SavedFileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.answers : undefined;
  } catch {
    return undefined;
  }
}

export function savedFile(answers: Answers): string {
  return JSON.stringify({ reunir: 'answers', version: 1, answers }, null, 2);
}
