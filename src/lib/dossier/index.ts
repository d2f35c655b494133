/**
 * From an assessment to a complete file: checklist, steps, deadlines and letters. Pure like the
 * engine: no clock (today is an input), no I/O.
 */
import type { Assessment } from '../law/schema/assessment';
import type { Situation } from '../law/schema/situation';
import type { Events } from './events';
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
  explainFigures,
  isLetterKind,
  LETTER_KINDS,
  type Identity,
  type Letter,
  type LetterKind,
  type LetterBlock,
  type Run,
} from './letters';
export { timelinessOf, type Timeliness } from './timeliness';
export { FIRST_EVENT_DATE, procedureParam, isUncertain, type Confidence } from './parameters';
export { euros } from './format';

export interface DossierInput {
  situation: Situation;
  events: Events;
  assessment: Assessment;
  today: string;
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
