/** POST /api/v1/assessments, once the body is parsed: a situation in, an assessment or problems out. */
import { assess, validateSituation } from '../law';
import { type Answer, problemAnswer } from './body-rules';
import { todayInFrance } from './today';

export function answerAssessment(value: unknown): Answer {
  const checked = validateSituation(value);
  if (!checked.ok) return problemAnswer(400, checked.errors);
  // Today's date only when the situation has none: an Intl formatter per request is not free.
  const today = checked.situation.date === undefined ? todayInFrance() : undefined;
  return { status: 200, body: assess(checked.situation, { today }) };
}
