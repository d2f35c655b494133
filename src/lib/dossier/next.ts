/**
 * What a family does next, for the first screen of the result: the first steps of its main procedure
 * and the nearest deadline still ahead. Pure: today and the known dates are inputs.
 */
import type { Assessment, ProcedureId } from '../law/schema/assessment';
import type { Situation } from '../law/schema/situation';
import { ParameterCoverageError } from '../law/parameters';
import { computeDeadlines, type Deadline, proceduresOf } from './deadlines';
import { validateEvents } from './events';
import { type Step, stepsFor } from './steps';

export interface NextActions {
  procedure: ProcedureId;
  steps: Step[];
  /** The nearest last day still ahead, or the nearest date still ahead when no last day is. */
  deadline: Deadline | null;
}

/** How many steps the first screen shows. */
export const NEXT_STEPS = 3;

/** The nearest deadline still ahead, a last day first (it is the one a family can miss). */
function nearest(deadlines: Deadline[]): Deadline | null {
  const ahead = deadlines.filter((d) => d.daysLeft >= 0).sort((a, b) => a.daysLeft - b.daysLeft);
  return ahead.find((d) => d.kind === 'last_day') ?? ahead[0] ?? null;
}

/**
 * The next steps of the family's main procedure, or null when no member has a procedure (a redirect,
 * or nobody listed). Known dates that cannot be read, or that fall before the parameters, are left out.
 */
export function nextActions(
  situation: Situation,
  assessment: Assessment,
  known: unknown,
  today: string,
): NextActions | null {
  const procedure = assessment.procedure ?? proceduresOf(assessment)[0];
  if (!procedure || !assessment.members.some((m) => m.procedure !== null)) return null;
  const checked = validateEvents(known);
  let deadlines: Deadline[];
  try {
    deadlines = computeDeadlines(
      situation,
      assessment,
      checked.ok ? checked.events : {},
      today,
    ).deadlines;
  } catch (e) {
    if (!(e instanceof ParameterCoverageError)) throw e;
    deadlines = computeDeadlines(situation, assessment, {}, today).deadlines;
  }
  return {
    procedure,
    steps: stepsFor(procedure, today).steps.slice(0, NEXT_STEPS),
    deadline: nearest(deadlines),
  };
}
