/**
 * The family's file: `{situation, events?}` in (the API body, the CLI files, the letter form), the
 * dossier or a letter out, or located problems. Pure: today's date is an input.
 */
import {
  buildDossier,
  buildLetter,
  type Dossier,
  type Identity,
  type DossierInput,
  type Letter,
  type LetterKind,
  validateEvents,
} from '../dossier';
import type { Locale } from '../i18n/locales';
import { validateSituation } from '../law';
import { ParameterCoverageError } from '../law/parameters';
import { type Problem, type Result, within } from '../law/problem';
import { isoDate } from '../law/schema/situation';
import { evaluate, type Evaluation } from './evaluate';

/** Reads `{situation, events?}`, validates both and assesses the situation on its date, or `today`. */
export function readFileInput(body: unknown, today: string): Result<DossierInput> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return {
      ok: false,
      errors: [{ path: '(body)', message: 'expected a JSON object {situation, events?}' }],
    };
  const { situation, events, ...rest } = body as Record<string, unknown>;
  const errors: Problem[] = Object.keys(rest).map((key) => ({
    path: key,
    message: 'unknown field; expected situation and events',
  }));
  let evaluation: Evaluation | undefined;
  if (isoDate.safeParse(today).success) {
    const evaluated = evaluate(situation, { today });
    if (evaluated.ok) evaluation = evaluated.value;
    else errors.push(...within('situation', evaluated.errors));
  } else {
    errors.push({ path: 'today', message: 'expected a real calendar date written YYYY-MM-DD' });
    // without a valid today the situation is only checked, not assessed
    const checked = validateSituation(situation);
    if (!checked.ok) errors.push(...within('situation', checked.errors));
  }
  const ev = validateEvents(events);
  if (!ev.ok) errors.push(...ev.errors);
  if (errors.length || !evaluation || !ev.ok) return { ok: false, errors };
  return { ok: true, value: { ...evaluation, events: ev.events, today } };
}

/** The checklist, steps and deadlines of the family's procedures. */
export function buildFile(body: unknown, today: string): Result<Dossier> {
  const input = readFileInput(body, today);
  if (!input.ok) return input;
  try {
    return { ok: true, value: buildDossier(input.value) };
  } catch (e) {
    // an event dated before the procedure parameters begin
    if (e instanceof ParameterCoverageError)
      return { ok: false, errors: [{ path: 'events', message: e.message }] };
    throw e;
  }
}

/**
 * One letter filled in from a file read by `readFileInput`, or the facts and events it still needs
 * (paths of the situation or of the events). `names`: how the person calls each member (the names
 * typed on the web); without it a member's id is its name. `identity`: the real names and the
 * sponsor's address of a case kept by an association; what it leaves out stays a placeholder.
 */
export function writeLetter(
  kind: LetterKind,
  input: DossierInput,
  locale: Locale,
  names?: Record<string, string>,
  identity?: Identity,
): Result<Letter> {
  const built = buildLetter(kind, {
    ...input,
    locale,
    ...(names ? { names } : {}),
    ...(identity ? { identity } : {}),
  });
  return built.ok ? { ok: true, value: built.letter } : built;
}
