/**
 * From an assessment to a complete file: checklist, steps, deadlines and letters. Pure like the
 * engine: no clock (today is an input), no I/O.
 */
import { assess, DateNotCoveredError, validateSituation } from '../law';
import type { Assessment } from '../law/schema/assessment';
import type { Situation } from '../law/schema/situation';
import { ParameterCoverageError } from '../law/parameters';
import { isoDate } from '../law/schema/situation';
import { validateEvents, type Events } from './events';
import { buildChecklist, type Checklist } from './checklist';
import { buildSteps, type ProcedureSteps } from './steps';
import { computeDeadlines, type DeadlineList } from './deadlines';

export { validateEvents, EVENT_KEYS, type Events, type EventKey } from './events';
export { buildChecklist, DOCUMENTS, type Checklist, type ChecklistItem } from './checklist';
export { buildSteps, stepsFor, type Step, type ProcedureSteps } from './steps';
export {
  computeDeadlines,
  proceduresOf,
  DEADLINE_IDS,
  type Deadline,
  type DeadlineId,
  type DeadlineList,
} from './deadlines';
export {
  buildLetter,
  isLetterKind,
  LETTER_KINDS,
  type Letter,
  type LetterKind,
  type LetterBlock,
  type Run,
} from './letters';
export { timelinessOf, type Timeliness } from './timeliness';
export { procedureParam, procedureParameters, isUncertain, type Confidence } from './parameters';
export { longDate, euros } from './format';

export interface Problem {
  path: string;
  message: string;
}

export interface DossierInput {
  situation: Situation;
  events: Events;
  assessment: Assessment;
  today: string;
}

/**
 * Reads `{situation, events?}` (the API body and the CLI files), validates both and assesses the
 * situation on its date, or `today` when it has none.
 */
export function readDossierInput(
  body: unknown,
  today: string,
): { ok: true; input: DossierInput } | { ok: false; errors: Problem[] } {
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
  if (!isoDate.safeParse(today).success)
    errors.push({ path: 'today', message: 'expected a real calendar date written YYYY-MM-DD' });
  const s = validateSituation(situation);
  if (!s.ok)
    errors.push(
      ...s.errors.map((e) => ({
        path: `situation${e.path ? `.${e.path}` : ''}`,
        message: e.message,
      })),
    );
  const ev = validateEvents(events);
  if (!ev.ok) errors.push(...ev.errors);
  if (errors.length || !s.ok || !ev.ok) return { ok: false, errors };
  try {
    const assessment = assess(s.situation, { today });
    return { ok: true, input: { situation: s.situation, events: ev.events, assessment, today } };
  } catch (e) {
    if (e instanceof DateNotCoveredError || e instanceof ParameterCoverageError)
      return { ok: false, errors: [{ path: 'situation.date', message: e.message }] };
    throw e;
  }
}

export interface Dossier {
  assessment: Assessment;
  checklist: Checklist;
  steps: ProcedureSteps[];
  deadlines: DeadlineList;
}

/** Everything the result page shows below the verdict. Throws ParameterCoverageError for events before 2020. */
export function buildDossier(input: DossierInput): Dossier {
  const { situation, events, assessment, today } = input;
  return {
    assessment,
    checklist: buildChecklist(situation, assessment),
    steps: buildSteps(assessment, today),
    deadlines: computeDeadlines(situation, assessment, events, today),
  };
}
