/**
 * Evaluate a situation: any JSON value in, the engine's assessment or located problems out. The one
 * place that validates, assesses and turns a date the parameters do not cover into a problem at `date`.
 * Pure: today's date is an input (a function, so that it is only computed when the situation has none).
 */
import { assess, DateNotCoveredError, validateSituation } from '../law';
import { ParameterCoverageError } from '../law/parameters';
import type { Result } from '../law/problem';
import type { Assessment } from '../law/schema/assessment';
import type { Situation } from '../law/schema/situation';

export interface Evaluation {
  situation: Situation;
  assessment: Assessment;
}

export interface Clock {
  /** Today's date (YYYY-MM-DD), for a situation without a date. */
  today: string | (() => string);
}

export function evaluate(input: unknown, clock: Clock): Result<Evaluation> {
  const checked = validateSituation(input);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const situation = checked.situation;
  const today =
    situation.date !== undefined
      ? undefined
      : typeof clock.today === 'function'
        ? clock.today()
        : clock.today;
  try {
    return { ok: true, value: { situation, assessment: assess(situation, { today }) } };
  } catch (e) {
    if (e instanceof DateNotCoveredError || e instanceof ParameterCoverageError)
      return { ok: false, errors: [{ path: 'date', message: e.message }] };
    throw e;
  }
}
