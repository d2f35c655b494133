/** POST /api/v1/assessments, once the body is parsed: a situation in, an assessment or problems out. */
// The evaluate module alone: the production server's direct handler loads only the engine.
import { evaluate } from '../usecases/evaluate';
import { type Answer, problemAnswer } from './body-rules';
import { todayInFrance } from './today';

export function answerAssessment(value: unknown): Answer {
  // Today's date only when the situation has none: an Intl formatter per request is not free.
  const evaluated = evaluate(value, { today: todayInFrance });
  if (!evaluated.ok) return problemAnswer(400, evaluated.errors);
  return { status: 200, body: evaluated.value.assessment };
}
