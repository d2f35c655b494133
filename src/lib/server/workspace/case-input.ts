/**
 * What a case is made of, as pages and the API send it, checked at the edge: the situation and the
 * events with the simulator's own use case (`readFileInput`: the fact registry's schema and the events'
 * order), the names, the sponsor's address, the documents' statuses and a note with zod. Also the two
 * other ways a case starts: the simulator's answers (its result page) and a saved answers file.
 */
import { z } from 'zod';
import { DOCUMENTS } from '../../dossier';
import { type Answers, parseSavedFile } from '../../interview/answers';
import { namesOf } from '../../interview/pages';
import { situationOf } from '../../interview/situation';
import { isoDate } from '../../law/schema/situation';
import type { Problem } from '../../law/problem';
import { readFileInput } from '../../usecases';
import { type CaseContent, DOCUMENT_STATUSES } from './types';

const DOCUMENT_IDS = new Set(DOCUMENTS.map((d) => d.id));

const DocumentStateSchema = z.strictObject({
  document: z.string().refine((id) => DOCUMENT_IDS.has(id), 'not a document of the checklist'),
  memberId: z.string().max(40).nullable(),
  status: z.enum(DOCUMENT_STATUSES),
  date: isoDate,
});

const FieldsSchema = z.strictObject({
  situation: z.unknown(),
  events: z.unknown().optional(),
  names: z.record(z.string().max(40), z.string().trim().max(200)).optional(),
  sponsor: z
    .strictObject({ name: z.string().trim().max(200), address: z.string().trim().max(1000) })
    .optional(),
  documents: z.array(DocumentStateSchema).max(1000).optional(),
  /** A note to add (notes are only ever added). */
  note: z.string().trim().min(1).max(20_000).optional(),
  workerId: z.uuid().nullable().optional(),
});

/** A new case: the situation is required; the rest may come later. */
export const NewCaseSchema = FieldsSchema;
export type NewCase = z.input<typeof NewCaseSchema>;

/** A change: only the fields sent change (`note` adds a note, `status` closes or reopens). */
export const CasePatchSchema = FieldsSchema.partial().extend({
  status: z.enum(['open', 'closed']).optional(),
});
export type CasePatch = z.input<typeof CasePatchSchema>;

const zodProblems = (error: z.ZodError): Problem[] =>
  error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));

/** The situation and events checked together as the simulator checks them, on `today`. */
export function checkFile(
  situation: unknown,
  events: unknown,
  today: string,
):
  | { ok: true; situation: unknown; events: CaseContent['events'] }
  | { ok: false; errors: Problem[] } {
  const read = readFileInput({ situation, events: events ?? {} }, today);
  if (!read.ok) return read;
  return { ok: true, situation, events: read.value.events };
}

export function parseNewCase(input: unknown): z.ZodSafeParseResult<z.output<typeof NewCaseSchema>> {
  return NewCaseSchema.safeParse(input);
}

export function parseCasePatch(
  input: unknown,
): z.ZodSafeParseResult<z.output<typeof CasePatchSchema>> {
  return CasePatchSchema.safeParse(input);
}

export { zodProblems };

/**
 * A new case from the simulator's answers (its result page, or a saved file): the situation they
 * describe, their known dates, and the names typed for the members. Undefined when the answers do not
 * yet say the sponsor's status (there is no situation to keep).
 */
export function caseFromAnswers(answers: Answers): NewCase | undefined {
  const situation = situationOf(answers);
  if (!situation) return undefined;
  const names = Object.fromEntries(Object.entries(namesOf(answers)).filter(([, n]) => n !== ''));
  return { situation, events: answers.dates ?? {}, names };
}

/** A new case from the text of an answers file saved by the simulator ("download my answers"). */
export function caseFromSavedFile(
  text: string,
): { ok: true; value: NewCase } | { ok: false; errors: Problem[] } {
  const answers = parseSavedFile(text.replace(/^\uFEFF/, ''));
  if (!answers)
    return {
      ok: false,
      errors: [{ path: '(file)', message: 'not an answers file saved by reunir' }],
    };
  const input = caseFromAnswers(answers);
  if (!input)
    return {
      ok: false,
      errors: [{ path: '(file)', message: "the answers do not say the sponsor's status yet" }],
    };
  return { ok: true, value: input };
}
