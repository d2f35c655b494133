/**
 * What the engine says about a set of answers: the situation they describe and its assessment (which
 * procedures apply, which facts are missing). The interview never re-derives this law; it asks the
 * engine, once for each distinct situation (every question and every member of a page reads the same
 * answer, so the reading is memoised).
 */
import type { Assessment, Problem, Situation } from '../law';
import { evaluate as evaluateSituation } from '../usecases/evaluate';
import type { Answers } from './answers';
import { situationOf } from './situation';

export type Reading =
  | { situation: undefined; assessment: undefined; problems: Problem[] }
  | { situation: Situation; assessment: undefined; problems: Problem[] }
  | { situation: Situation; assessment: Assessment; problems: [] };

const MEMO_SIZE = 32;
const memo = new Map<string, Reading>();

function evaluate(situation: Situation, today: string): Reading {
  const evaluated = evaluateSituation(situation, { today });
  return evaluated.ok
    ? { situation, assessment: evaluated.value.assessment, problems: [] }
    : { situation, assessment: undefined, problems: evaluated.errors };
}

/** The engine's reading of the answers on this day. */
export function readingOf(a: Answers, today: string): Reading {
  const situation = situationOf(a);
  if (!situation) {
    return {
      situation: undefined,
      assessment: undefined,
      problems: [{ path: 'sponsor.status', message: 'required' }],
    };
  }
  const key = `${today} ${JSON.stringify(situation)}`;
  const known = memo.get(key);
  if (known) return known;
  const reading = evaluate(situation, today);
  memo.set(key, reading);
  if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value as string);
  return reading;
}
